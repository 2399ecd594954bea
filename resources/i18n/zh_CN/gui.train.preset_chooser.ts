<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PresetChooser</name>
    <message>
        <source>Custom settings</source>
        <translation>自定义设置</translation>
    </message>
    <message>
        <source>{description} ({reported})</source>
        <translation>{description}（{reported}）</translation>
    </message>
    <message numerus="yes">
        <source>You train %n epochs; the tutorial trains {m}.</source>
        <translation>
            <numerusform>你训练 %n 轮；教程训练 {m} 轮。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own settings. Pick a preset to load a known recipe.</source>
        <translation>你自己的设置。选择一个预设可载入已知的配方。</translation>
    </message>
</context>
</TS>
