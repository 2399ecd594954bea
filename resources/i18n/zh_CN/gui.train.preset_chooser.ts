<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PresetChooser</name>
    <message>
        <source>Custom settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own settings. Pick a preset to load a known recipe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
