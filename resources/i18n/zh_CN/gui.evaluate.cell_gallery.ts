<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CellGallery</name>
    <message>
        <source>Working out why, image by image…</source>
        <translation>正在逐张图像计算原因…</translation>
    </message>
    <message>
        <source>Could not work out the maps: {m}</source>
        <translation>无法计算这些图：{m}</translation>
    </message>
    <message>
        <source>Beside each image, what made the network say &apos;{t}&apos;: red pixels pushed it toward &apos;{t}&apos;, blue ones away from it. (Gradient × input: how much each pixel&apos;s ink changed that class&apos;s score.)</source>
        <translation>每张图像旁边是让网络说出“{t}”的依据：红色像素把它推向“{t}”，蓝色像素把它推离这个类别。（梯度×输入：每个像素的笔迹使该类别得分改变了多少。）</translation>
    </message>
    <message>
        <source>Beside each image, why the network said &apos;{p}&apos; and not &apos;{t}&apos;: red pixels pushed it toward &apos;{p}&apos;, blue ones toward &apos;{t}&apos;. (Gradient × input: how much each pixel&apos;s ink changed the difference between the two classes&apos; scores.)</source>
        <translation>每张图像旁边说明网络为什么说“{p}”而不是“{t}”：红色像素把它推向“{p}”，蓝色像素把它推向“{t}”。（梯度×输入：每个像素的笔迹使两个类别得分之差改变了多少。）</translation>
    </message>
</context>
</TS>
