<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RunNames</name>
    <message>
        <source>{name} ({number})</source>
        <translation>{name}（{number}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>step</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦退火</translation>
    </message>
    <message>
        <source>onecycle</source>
        <translation>单周期</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>无批归一化</translation>
    </message>
    <message>
        <source>sweep {value}</source>
        <translation>搜索 {value}</translation>
    </message>
    <message>
        <source>trial {value}</source>
        <translation>试验 {value}</translation>
    </message>
    <message>
        <source>lr {value}</source>
        <translation>学习率 {value}</translation>
    </message>
    <message>
        <source>batch {value}</source>
        <translation>批大小 {value}</translation>
    </message>
    <message>
        <source>momentum {value}</source>
        <translation>动量 {value}</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>权重衰减 {value}</translation>
    </message>
    <message>
        <source>{value} schedule</source>
        <translation>学习率调度 {value}</translation>
    </message>
    <message>
        <source>{value} augmentation</source>
        <translation>数据增强 {value}</translation>
    </message>
    <message>
        <source>dropout {value}</source>
        <translation>Dropout {value}</translation>
    </message>
    <message>
        <source>{value} init</source>
        <translation>{value} 初始化</translation>
    </message>
    <message>
        <source>label smoothing {value}</source>
        <translation>标签平滑 {value}</translation>
    </message>
    <message>
        <source>clip {value}</source>
        <translation>梯度裁剪 {value}</translation>
    </message>
    <message>
        <source>{value} px</source>
        <translation>{value} 像素</translation>
    </message>
    <message>
        <source>{value} images</source>
        <translation>{value} 张图像</translation>
    </message>
</context>
</TS>
