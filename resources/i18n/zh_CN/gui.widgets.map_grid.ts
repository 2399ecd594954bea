<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MapGrid</name>
    <message>
        <source>Every conv layer</source>
        <translation>所有卷积层</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
</context>
</TS>
