<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FeatureMapsWidget</name>
    <message>
        <source>{name} · channel {i}: mean activation {mean:.3f}, max {max:.3f}</source>
        <translation>{name} · 通道 {i}：平均激活 {mean:.3f}，最大 {max:.3f}</translation>
    </message>
    <message>
        <source>{name}: {c} maps of {h}×{w}</source>
        <translation>{name}：{c} 张 {h}×{w} 特征图</translation>
    </message>
    <message>
        <source>{title} (first {n})</source>
        <translation>{title}（显示前 {n} 张）</translation>
    </message>
    <message>
        <source>Selected layer only</source>
        <translation>仅所选层</translation>
    </message>
    <message>
        <source>Show what every convolutional layer finds in the picture, or only the chosen one.</source>
        <translation>显示每个卷积层在图片中找到的内容，或只显示所选的那一层。</translation>
    </message>
    <message>
        <source>Hover a map to read its channel and mean activation.</source>
        <translation>鼠标悬停在特征图上可查看其通道和平均激活值。</translation>
    </message>
    <message>
        <source>Draw a digit or click a test image to see what each layer responds to.</source>
        <translation>手写一个数字或点击一张测试图像，看看每一层对什么有响应。</translation>
    </message>
</context>
</TS>
