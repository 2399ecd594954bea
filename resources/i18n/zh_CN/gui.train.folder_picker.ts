<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FolderPicker</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the runs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image folder (one sub-folder per class)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
