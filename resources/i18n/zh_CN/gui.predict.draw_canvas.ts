<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DrawCanvas</name>
    <message>
        <source>Drawing canvas</source>
        <translation>手写画布</translation>
    </message>
    <message>
        <source>Draw one digit with the mouse, a pen or a finger. Ctrl+Z undoes the last stroke, Delete clears the canvas.</source>
        <translation>用鼠标、手写笔或手指写一个数字。Ctrl+Z 撤销上一笔，Delete 清空画布。</translation>
    </message>
    <message>
        <source>Draw a digit. Ctrl+Z: undo the last stroke. Delete: clear.</source>
        <translation>手写一个数字。Ctrl+Z：撤销上一笔。Delete：清空。</translation>
    </message>
    <message>
        <source>Draw a digit here</source>
        <translation>在这里手写一个数字</translation>
    </message>
</context>
</TS>
