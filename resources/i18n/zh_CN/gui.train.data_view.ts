<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DataView</name>
    <message>
        <source>Another image</source>
        <translation>换一张图像</translation>
    </message>
    <message>
        <source>The same augmentation on another training image</source>
        <translation>在另一张训练图像上演示同样的数据增强</translation>
    </message>
    <message>
        <source>Each row: the class&apos;s mean training image, then some of its images.</source>
        <translation>每一行：该类别的平均训练图像，然后是它的一些图像。</translation>
    </message>
    <message>
        <source>The data appears here.</source>
        <translation>数据显示在这里。</translation>
    </message>
    <message>
        <source>The data appears once it is on this computer (press Start to download it).</source>
        <translation>数据在本机上后才会显示（按“开始”下载）。</translation>
    </message>
    <message>
        <source>Loading the data…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <source>The data cannot be shown: {why}</source>
        <translation>无法显示数据：{why}</translation>
    </message>
    <message>
        <source>{data}: {train} training, {val} validation and {test} test images, {k} classes.</source>
        <translation>{data}：训练图像 {train} 张，验证图像 {val} 张，测试图像 {test} 张，共 {k} 个类别。</translation>
    </message>
    <message numerus="yes">
        <source>Files left out: %n</source>
        <translation>
            <numerusform>未使用的文件：%n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mean training image of {name}; images: %n</source>
        <translation>
            <numerusform>{name} 的平均训练图像；图像数：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>A training image of {name}</source>
        <translation>{name} 的一张训练图像</translation>
    </message>
    <message>
        <source>Augmentation &apos;{name}&apos;: one training image as 16 batches would see it.</source>
        <translation>数据增强“{name}”：同一张训练图像在 16 个批次中的样子。</translation>
    </message>
</context>
</TS>
