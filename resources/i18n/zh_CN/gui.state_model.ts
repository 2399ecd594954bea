<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppState</name>
    <message>
        <source>No run has started yet: press Start on the Train tab, and the network in training is copied here after every epoch.</source>
        <translation>还没有开始训练：在“训练”页按“开始”，训练中的网络会在每轮结束后复制到这里。</translation>
    </message>
</context>
</TS>
