<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>it is your own network but carries no network file</source>
        <translation>它是你自己的网络，却没有带网络文件</translation>
    </message>
    <message>
        <source>its network file cannot be used ({why})</source>
        <translation>它的网络文件无法使用（{why}）</translation>
    </message>
    <message>
        <source>its network does not fit its images ({why})</source>
        <translation>它的网络与它的图像不匹配（{why}）</translation>
    </message>
</context>
</TS>
