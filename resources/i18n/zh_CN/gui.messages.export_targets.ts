<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{path} is a folder: give a file name to save to, e.g. {example}.</source>
        <translation>{path} 是一个文件夹：请给出要保存的文件名，例如 {example}。</translation>
    </message>
    <message>
        <source>{path} is a file of the run itself: save the export outside the run&apos;s files.</source>
        <translation>{path} 是这次训练自己的文件：请把导出保存到训练文件之外。</translation>
    </message>
    <message>
        <source>{path} cannot be written: {folder} is a file, not a folder.</source>
        <translation>无法写入 {path}：{folder} 是一个文件，不是文件夹。</translation>
    </message>
    <message>
        <source>{path} cannot be written (no permission in {folder}): choose another place.</source>
        <translation>无法写入 {path}（在 {folder} 中没有权限）：请选择其他位置。</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}): choose another place to save it.</source>
        <translation>无法写入 {path}（{reason}）：请选择其他保存位置。</translation>
    </message>
</context>
</TS>
