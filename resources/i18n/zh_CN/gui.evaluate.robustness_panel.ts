<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RobustnessPanel</name>
    <message>
        <source>Rotate</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>Turn the image: does the network still recognise it?</source>
        <translation>旋转图像：网络还认得出来吗？</translation>
    </message>
    <message>
        <source>Shift right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Move the image right (or left) by pixels.</source>
        <translation>把图像向右（或向左）移动若干像素。</translation>
    </message>
    <message>
        <source>Shift down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the image down (or up) by pixels.</source>
        <translation>把图像向下（或向上）移动若干像素。</translation>
    </message>
    <message>
        <source>Thicker / thinner</source>
        <translation>加粗 / 变细</translation>
    </message>
    <message>
        <source>Make the strokes bolder or thinner, as a different pen would.</source>
        <translation>让笔画变粗或变细，就像换了一支笔。</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Sprinkle random specks over the image, like a bad scan.</source>
        <translation>在图像上撒一些随机噪点，像扫描效果不好时那样。</translation>
    </message>
    <message>
        <source>Reset sliders</source>
        <translation>重置滑块</translation>
    </message>
    <message>
        <source>Put every slider back to zero: the image as it was.</source>
        <translation>把所有滑块归零：恢复原图。</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation>网络看到的图像</translation>
    </message>
    <message>
        <source>Pick a test image (click one in a gallery) or draw a digit to try what-ifs.</source>
        <translation>选择一张测试图像（在图集中点击）或手写一个数字来尝试“如果”实验。</translation>
    </message>
    <message>
        <source>No trained network yet: train one or open a run.</source>
        <translation>还没有训练好的网络：请训练一个或打开一次训练记录。</translation>
    </message>
    <message>
        <source> (true class: {t})</source>
        <translation>（真实类别：{t}）</translation>
    </message>
    <message>
        <source>Network says &lt;b style=&apos;color:{c}&apos;&gt;{n}&lt;/b&gt; with {p:.1f} % confidence{t}.</source>
        <translation>网络判断为 &lt;b style=&apos;color:{c}&apos;&gt;{n}&lt;/b&gt;，置信度 {p:.1f} %{t}。</translation>
    </message>
</context>
</TS>
