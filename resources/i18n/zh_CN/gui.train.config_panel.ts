<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConfigPanel</name>
    <message>
        <source>Set by the environment variable {env}, which wins over this setting.</source>
        <translation>由环境变量 {env} 设定，它优先于此设置。</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
</context>
</TS>
