<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Classroom</name>
    <message>
        <source>&amp;Projector mode</source>
        <translation>投影模式(&amp;P)</translation>
    </message>
    <message>
        <source>Larger text, thicker curves and strong colours that read well on a projector.</source>
        <translation>更大的文字、更粗的曲线和更鲜明的颜色，投影时也看得清。</translation>
    </message>
    <message>
        <source>&amp;First steps</source>
        <translation>入门三步(&amp;F)</translation>
    </message>
</context>
</TS>
