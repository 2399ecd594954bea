<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>NetworkRow</name>
    <message>
        <source>Design…</source>
        <translation>设计…</translation>
    </message>
    <message>
        <source>Open this network in the Design tab, to see or change its layers.</source>
        <translation>在“设计”标签页打开这个网络，查看或修改它的各层。</translation>
    </message>
    <message>
        <source>No network designed yet: press Design…</source>
        <translation>还没有设计网络：请按“设计…”</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n layers</source>
        <translation>
            <numerusform>{name}：%n 层</numerusform>
        </translation>
    </message>
    <message>
        <source>Your network</source>
        <translation>你的网络</translation>
    </message>
</context>
</TS>
