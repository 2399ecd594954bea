<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TrainTab</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Train a new network with these settings (Ctrl+Enter).</source>
        <translation>用这些设置训练一个新网络 （Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause after the current batch, or resume (Space). Nothing is lost.</source>
        <translation>在当前批次后暂停，或继续（空格键）。不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>单步一轮</translation>
    </message>
    <message>
        <source>Train exactly one more epoch, then pause (Ctrl+E): watch the curves move step by step.</source>
        <translation>再训练恰好一轮后暂停 （Ctrl+E）：一步一步地观察曲线变化。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the run (Esc). Finished epochs stay saved in the run folder.</source>
        <translation>结束训练 （Esc）。已完成的轮次仍保存在训练文件夹中。</translation>
    </message>
    <message>
        <source>{tip}

Fix this first: {why}</source>
        <translation>{tip}

请先解决：{why}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
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
    <message>
        <source>Opened {dir}: {n} epochs</source>
        <translation>已打开 {dir}：{n} 轮</translation>
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
