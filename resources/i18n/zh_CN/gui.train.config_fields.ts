<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConfigFields</name>
    <message>
        <source>Start from a recipe</source>
        <translation>从预设配方开始</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>计算设备</translation>
    </message>
    <message>
        <source>recipe&apos;s own</source>
        <translation>配方自带</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>Automatic: {best}</source>
        <translation>自动：{best}</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>on disk</source>
        <translation>已在本机</translation>
    </message>
    <message>
        <source>needs download</source>
        <translation>需要下载</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>选择一个文件夹</translation>
    </message>
    <message>
        <source>{title} — {availability}</source>
        <translation>{title} — {availability}</translation>
    </message>
</context>
</TS>
