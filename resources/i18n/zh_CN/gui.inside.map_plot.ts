<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MapPlot</name>
    <message>
        <source>Mistakes</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Selected image</source>
        <translation>选中的图像</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>你的手写图</translation>
    </message>
</context>
</TS>
