<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>InsideView</name>
    <message>
        <source>The layers in order. &apos;Output&apos; is the shape of what a layer hands on (channels × height × width); &apos;Receptive field&apos; is how many input pixels across one output position depends on. Bold rows are the conv layers whose maps and filters are shown. Click a row to look at that layer.</source>
        <translation>按顺序排列的各层。“输出”是该层传出的数据形状（通道 × 高 × 宽）；“感受野”是一个输出位置所依赖的输入像素范围（边长）。粗体行是显示特征图和卷积核的卷积层。点击一行查看该层。</translation>
    </message>
    <message>
        <source>Saliency: the left heat map shows which parts of the picture pushed the network towards its answer; the right one does the same for any class you pick.</source>
        <translation>显著图：左边的热力图显示图像的哪些部分促使网络做出它的回答；右边的对你选择的任一类别做同样的分析。</translation>
    </message>
    <message>
        <source>Measuring the layers…</source>
        <translation>正在测量各层…</translation>
    </message>
    <message>
        <source>Could not analyse the network: {m}</source>
        <translation>无法分析该网络：{m}</translation>
    </message>
    <message>
        <source>Total: {p:,} weights, {f}FLOPs per image</source>
        <translation>合计：{p:,} 个权重，每张图像 {f}FLOPs</translation>
    </message>
    <message>
        <source>Draw a digit or click a test image in Evaluate to look inside.</source>
        <translation>手写一个数字或在“评估”中点击一张测试图像，即可查看网络内部。</translation>
    </message>
    <message>
        <source>Preparing the network…</source>
        <translation>正在准备网络…</translation>
    </message>
</context>
</TS>
