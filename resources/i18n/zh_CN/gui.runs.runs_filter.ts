<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter: words in the name, note, network or dataset</source>
        <translation>筛选：名称、备注、网络或数据集中的文字</translation>
    </message>
    <message>
        <source>Filter runs</source>
        <translation>筛选训练记录</translation>
    </message>
    <message>
        <source>Type words to show only the runs whose name, note, network or dataset match.</source>
        <translation>输入文字，只显示名称、备注、网络或数据集匹配的训练记录。</translation>
    </message>
    <message>
        <source>Show runs of this architecture</source>
        <translation>显示该网络结构的训练记录</translation>
    </message>
    <message>
        <source>Show only the runs of one network.</source>
        <translation>只显示某一个网络的训练记录。</translation>
    </message>
    <message>
        <source>All architectures</source>
        <translation>所有网络结构</translation>
    </message>
    <message>
        <source>Show runs on this dataset</source>
        <translation>显示该数据集上的训练记录</translation>
    </message>
    <message>
        <source>Show only the runs trained on one dataset.</source>
        <translation>只显示在某一个数据集上训练的记录。</translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation>所有数据集</translation>
    </message>
</context>
</TS>
