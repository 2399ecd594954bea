<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CodeView</name>
    <message>
        <source>Writing the code…</source>
        <translation>正在生成代码…</translation>
    </message>
    <message>
        <source>The code behind this run</source>
        <translation>这次训练背后的代码</translation>
    </message>
    <message>
        <source>A standalone script that trains the same network the same way with only torch and torchvision: python train.py --data FOLDER.</source>
        <translation>一个只需要 torch 和 torchvision 的独立脚本，以同样的方式训练同一个网络：python train.py --data FOLDER。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the code</source>
        <translation>保存代码</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
</context>
</TS>
