<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FocusButton</name>
    <message>
        <source>Put back</source>
        <translation>放回原处</translation>
    </message>
    <message>
        <source>Put it back where it was (Esc).</source>
        <translation>放回原来的位置（Esc）。</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Show this large, filling the window (Esc puts it back).</source>
        <translation>放大显示，占满窗口（按 Esc 放回）。</translation>
    </message>
</context>
</TS>
