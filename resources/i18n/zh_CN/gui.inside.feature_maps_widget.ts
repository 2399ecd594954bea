<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FeatureMapsWidget</name>
    <message>
        <source>Selected layer only</source>
        <translation>仅所选层</translation>
    </message>
    <message>
        <source>Show what every convolutional layer finds in the picture, or only the chosen one.</source>
        <translation>显示每个卷积层在图片中找到的内容,或只显示所选的那一层。</translation>
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
