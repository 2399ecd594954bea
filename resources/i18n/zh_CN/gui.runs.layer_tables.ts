<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LayerTables</name>
    <message>
        <source>Working out the layers of each network…</source>
        <translation>正在计算每个网络的各层…</translation>
    </message>
    <message>
        <source>Some networks could not be built: {why}</source>
        <translation>有些网络无法构建：{why}</translation>
    </message>
    <message>
        <source>Every run trains the same network ({w} weights), so the layer tables are not repeated.</source>
        <translation>所有训练记录训练的是同一个网络（{w} 个权重），因此不重复列出层表。</translation>
    </message>
    <message>
        <source>The networks differ: tinted rows are layers that no other run has at the same place.</source>
        <translation>网络不同：着色的行是其他训练记录在同一位置没有的层。</translation>
    </message>
    <message>
        <source>Layers of {run}</source>
        <translation>{run} 的各层</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>{p} weights · {f} per image</source>
        <translation>{p} 个权重 · 每张图像 {f}</translation>
    </message>
</context>
</TS>
