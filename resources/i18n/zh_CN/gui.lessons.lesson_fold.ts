<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FoldableLesson</name>
    <message>
        <source>Fold the lesson to a slim bar: the class sees the whole tab</source>
        <translation>把课程面板折叠成窄条：全班能看到整个标签页</translation>
    </message>
    <message>
        <source>Fold the lesson</source>
        <translation>折叠课程</translation>
    </message>
    <message>
        <source>Show the lesson&apos;s text and steps again</source>
        <translation>重新显示课程的说明和步骤</translation>
    </message>
    <message>
        <source>Show the lesson</source>
        <translation>显示课程</translation>
    </message>
</context>
</TS>
