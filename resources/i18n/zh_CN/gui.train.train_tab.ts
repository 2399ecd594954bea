<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TrainTab</name>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The run&apos;s curves, test images with their answers, and its log</source>
        <translation>本次训练的曲线、测试图像及其答案，以及日志</translation>
    </message>
    <message>
        <source>What the chosen data holds: images per class, examples, augmentation</source>
        <translation>所选数据的内容：每类图像数量、示例、数据增强</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Pausing after this batch…</source>
        <translation>将在本批次后暂停…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>正在继续…</translation>
    </message>
    <message>
        <source>Training to the end of this epoch, then pausing…</source>
        <translation>训练到本轮结束后暂停…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Started {arch} on {data} ({n:,} weights) on {dev}; saving to {dir}</source>
        <translation>已开始在 {dev} 上用 {data} 训练 {arch}（{n:,} 个权重）；保存到 {dir}</translation>
    </message>
    <message>
        <source>Finished: {dir}</source>
        <translation>已完成：{dir}</translation>
    </message>
    <message numerus="yes">
        <source>Opened {dir}; epochs saved: %n</source>
        <translation>
            <numerusform>已打开 {dir}：%n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the saved run {name}.</source>
        <translation>正在显示已保存的训练 {name}。</translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation>导出指标</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>导出曲线图</translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation>无法写入 {path}。</translation>
    </message>
</context>
</TS>
