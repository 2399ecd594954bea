<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LayerForm</name>
    <message>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>ceil_mode</source>
        <translation>保留边缘窗口</translation>
    </message>
    <message>
        <source>channels</source>
        <translation>通道数</translation>
    </message>
    <message>
        <source>kernel</source>
        <translation>窗口边长</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>单独成层</translation>
    </message>
    <message>
        <source>p</source>
        <translation>丢弃比例</translation>
    </message>
    <message>
        <source>padding</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>size</source>
        <translation>边长</translation>
    </message>
    <message>
        <source>stride</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>No layer selected</source>
        <translation>没有选中任何层</translation>
    </message>
    <message>
        <source>Pick a layer in the list to see and change its options.</source>
        <translation>在列表中选一层，查看并修改它的选项。</translation>
    </message>
    <message>
        <source>Its layers run this many times one after another, each time with own weights.</source>
        <translation>其中的各层依次运行这么多次，每次都有自己的权重。</translation>
    </message>
    <message>
        <source>How many times the layers inside run.</source>
        <translation>里面的各层运行的次数。</translation>
    </message>
    <message>
        <source>This layer has no options.</source>
        <translation>这一层没有选项。</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>类别数</translation>
    </message>
</context>
</TS>
