<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>InsideTabs</name>
    <message>
        <source>Feature maps: each small picture shows where one filter of a layer responds in the current input (red = strong response, blue = negative, white = none; one scale per layer). Early layers find edges and strokes, later ones larger parts. They update as you draw.</source>
        <translation>特征图：每张小图显示某层的一个卷积核在当前输入中的响应位置（红 = 强响应，蓝 = 负响应，白 = 无响应；每层一个色标）。前面的层检测边缘和笔画，后面的层检测更大的部件。手写时实时更新。</translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation>特征图</translation>
    </message>
    <message>
        <source>Filters: the weights each conv layer slides over its input, drawn as pictures (red = positive, blue = negative). A filter responds most where the input looks like it. Refreshed after every epoch.</source>
        <translation>卷积核：每个卷积层在输入上滑动的权重，画成图片（红 = 正，蓝 = 负）。输入中与卷积核相似的地方响应最强。每轮训练后刷新。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Weights: the spread of the selected layer&apos;s weights now (blue) and at the start (grey). Training moves the weights away from their random start; below, how much each layer still changes per epoch.</source>
        <translation>权重：所选层的权重现在（蓝色）和初始时（灰色）的分布。训练使权重离开随机初值；下方显示每层每轮仍变化多少。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>分布图</translation>
    </message>
    <message>
        <source>Fool it</source>
        <translation>骗过网络</translation>
    </message>
    <message>
        <source>What each filter of a layer finds in the picture: bright where its pattern is.</source>
        <translation>一层中每个卷积核在图片中找到了什么：有它的图案的地方就亮。</translation>
    </message>
    <message>
        <source>The patterns the convolutional layers have learnt to look for.</source>
        <translation>卷积层学会寻找的图案。</translation>
    </message>
    <message>
        <source>How the weights are spread and how much each layer still changes while training.</source>
        <translation>权重如何分布，以及训练中每一层还变化多少。</translation>
    </message>
    <message>
        <source>2,000 test images placed by what the network makes of them: its classes as groups.</source>
        <translation>2,000 张测试图像按网络对它们的理解摆放：每个类别聚成一群。</translation>
    </message>
    <message>
        <source>Change the picture a little, in the way that fools the network most.</source>
        <translation>把图像改动一点点，朝着最能骗过网络的方向。</translation>
    </message>
</context>
</TS>
