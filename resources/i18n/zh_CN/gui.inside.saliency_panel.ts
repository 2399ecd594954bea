<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SaliencyPanel</name>
    <message>
        <source>HiResCAM (per position)</source>
        <translation>HiResCAM（逐位置）</translation>
    </message>
    <message>
        <source>Grad-CAM (per channel)</source>
        <translation>Grad-CAM（逐通道）</translation>
    </message>
    <message>
        <source>Why this answer?</source>
        <translation>为什么是这个回答？</translation>
    </message>
    <message>
        <source>Pick a class to see which parts of the picture speak for it.</source>
        <translation>选择一个类别，看看图像的哪些部分支持它。</translation>
    </message>
    <message>
        <source>HiResCAM weighs every position of the last conv layer by its own gradient: sharper, and faithful for small networks. Grad-CAM weighs whole channels by their average gradient: smoother, the classic method.</source>
        <translation>HiResCAM 用最后一个卷积层每个位置自身的梯度加权：更清晰，对小网络更忠实。Grad-CAM 用整个通道的平均梯度加权：更平滑，是经典方法。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Why (not) &apos;{c}&apos;?</source>
        <translation>为什么（不）是“{c}”？</translation>
    </message>
    <message>
        <source>Why &apos;{c}&apos;?</source>
        <translation>为什么是“{c}”？</translation>
    </message>
    <message>
        <source>The network says &lt;b&gt;{c}&lt;/b&gt; ({p} %); &apos;{o}&apos; gets {q} %.</source>
        <translation>网络判断为 &lt;b&gt;{c}&lt;/b&gt;（{p} %）；“{o}”得到 {q} %。</translation>
    </message>
    <message>
        <source>This network has no conv layers, so the heat shows how strongly each pixel sways the class score (input gradient).</source>
        <translation>这个网络没有卷积层，所以热力图显示每个像素对类别得分的影响强度（输入梯度）。</translation>
    </message>
    <message>
        <source>Bright = these parts of the picture pushed the network towards the class (computed on layer {l}). The right map uses the left one&apos;s scale: a dark map means little in the picture speaks for that class.</source>
        <translation>亮 = 图像的这些部分促使网络判断为该类别（在 {l} 层上计算）。右图使用左图的色标：图很暗说明图像中几乎没有支持该类别的部分。</translation>
    </message>
</context>
</TS>
