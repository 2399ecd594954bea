<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PinButton</name>
    <message>
        <source>Pin on Train</source>
        <translation>固定到“训练”</translation>
    </message>
    <message>
        <source>Draw the selected run faint under every run on the Train tab</source>
        <translation>在“训练”页每次训练的曲线下方淡淡画出所选训练记录</translation>
    </message>
    <message>
        <source>Unpin from Train</source>
        <translation>从“训练”取消固定</translation>
    </message>
</context>
</TS>
