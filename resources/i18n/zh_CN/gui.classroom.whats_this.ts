<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WhatsThisHelper</name>
    <message>
        <source>What&apos;s &amp;this?</source>
        <translation>这是什么？(&amp;T)</translation>
    </message>
    <message>
        <source>Then click any control or chart to read what it is for (Shift+F1).</source>
        <translation>然后点击任意控件或图表，查看它的用途（Shift+F1）。</translation>
    </message>
</context>
</TS>
