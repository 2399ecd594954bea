<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ReferenceRun</name>
    <message>
        <source>Grey dashed line: {name}</source>
        <translation>灰色虚线：{name}</translation>
    </message>
    <message>
        <source>Previous run</source>
        <translation>上一个训练记录</translation>
    </message>
    <message>
        <source>Draw the previous run (or the run pinned on the Runs tab) faint under this one</source>
        <translation>在本次训练下方淡淡画出上一个训练记录（或在“训练记录”页固定的那个）</translation>
    </message>
</context>
</TS>
