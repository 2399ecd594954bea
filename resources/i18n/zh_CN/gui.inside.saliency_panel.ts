<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SaliencyPanel</name>
    <message>
        <source>Why this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a class to see which parts of the picture speak for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HiResCAM weighs every position of the last conv layer by its own gradient: sharper, and faithful for small networks. Grad-CAM weighs whole channels by their average gradient: smoother, the classic method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (not) &apos;{c}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why &apos;{c}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network says &lt;b&gt;{c}&lt;/b&gt; ({p:.1f} %); &apos;{o}&apos; gets {q:.1f} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no conv layers, so the heat shows how strongly each pixel sways the class score (input gradient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright = these parts of the picture pushed the network towards the class (computed on layer {l}). The right map uses the left one&apos;s scale: a dark map means little in the picture speaks for that class.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
