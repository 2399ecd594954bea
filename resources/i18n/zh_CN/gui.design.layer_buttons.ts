<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LayerButtons</name>
    <message>
        <source>The kind of layer that Add puts below the selected one.</source>
        <translation>“添加”放在所选层下面的层的类型。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a layer of this kind below the selected one.</source>
        <translation>在所选层下面添加一个这种类型的层。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected layer.</source>
        <translation>删除所选的层。</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Put a copy of the selected layer right under it.</source>
        <translation>在所选层的正下方放一个它的副本。</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the selected layer one place up.</source>
        <translation>把所选的层上移一位。</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the selected layer one place down.</source>
        <translation>把所选的层下移一位。</translation>
    </message>
    <message>
        <source>Repeat…</source>
        <translation>重复…</translation>
    </message>
    <message>
        <source>Put the selected layer in a block that runs its layers N times (set N in the form).</source>
        <translation>把所选的层放进一个把其中各层运行 N 次的模块（在表单中设置 N）。</translation>
    </message>
    <message>
        <source>Unpack</source>
        <translation>拆开</translation>
    </message>
    <message>
        <source>Replace the selected repeat by its layers, once.</source>
        <translation>用其中的各层（只出现一次）替换所选的重复模块。</translation>
    </message>
</context>
</TS>
