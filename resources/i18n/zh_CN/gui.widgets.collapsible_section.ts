<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CollapsibleSection</name>
    <message>
        <source>Show or hide the settings under &apos;{title}&apos;.</source>
        <translation>显示或隐藏“{title}”下的设置。</translation>
    </message>
</context>
</TS>
