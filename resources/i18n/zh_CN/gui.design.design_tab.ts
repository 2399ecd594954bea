<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DesignTab</name>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Train this network</source>
        <translation>训练这个网络</translation>
    </message>
    <message>
        <source>Put this network on the Train tab, with the images chosen above.</source>
        <translation>把这个网络连同上面选的图像放到“训练”标签页。</translation>
    </message>
    <message>
        <source>It fits. Weights in all: {n}.</source>
        <translation>网络合适。权重总数：{n}。</translation>
    </message>
    <message>
        <source>The first linear layer gets {n} numbers from the layers above it.</source>
        <translation>第一个线性层从上面的层得到 {n} 个数。</translation>
    </message>
    <message>
        <source>Move a layer</source>
        <translation>移动一层</translation>
    </message>
    <message>
        <source>Change {option}</source>
        <translation>修改 {option}</translation>
    </message>
    <message>
        <source>Add a layer</source>
        <translation>添加一层</translation>
    </message>
    <message>
        <source>Remove a layer</source>
        <translation>删除一层</translation>
    </message>
    <message>
        <source>Duplicate a layer</source>
        <translation>复制一层</translation>
    </message>
    <message>
        <source>Repeat a layer</source>
        <translation>重复一层</translation>
    </message>
    <message>
        <source>Undo a repeat</source>
        <translation>取消重复</translation>
    </message>
    <message>
        <source>Pick a layer in the list first.</source>
        <translation>请先在列表中选一层。</translation>
    </message>
    <message>
        <source>Open a network file</source>
        <translation>打开网络文件</translation>
    </message>
</context>
</TS>
