<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LayerList</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Layers of the network</source>
        <translation>网络的各层</translation>
    </message>
    <message>
        <source>Drag a layer to move it; drop it on a repeat to put it inside.</source>
        <translation>拖动一层来移动它；把它放到一个重复模块上即可放进去。</translation>
    </message>
    <message numerus="yes">
        <source>Repeat %n times</source>
        <translation>
            <numerusform>重复 %n 次</numerusform>
        </translation>
    </message>
</context>
</TS>
