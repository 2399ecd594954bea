<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one digit with the mouse, a pen or a finger. Ctrl+Z undoes the last stroke, Delete clears the canvas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit. Ctrl+Z: undo the last stroke. Delete: clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
