<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FolderPicker</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose: {what}</source>
        <translation>选择：{what}</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>Choose the runs folder</source>
        <translation>选择训练文件夹</translation>
    </message>
    <message>
        <source>Choose an image folder (one sub-folder per class)</source>
        <translation>选择图像文件夹（每个类别一个子文件夹）</translation>
    </message>
</context>
</TS>
