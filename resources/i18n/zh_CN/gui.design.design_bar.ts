<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DesignBar</name>
    <message>
        <source>Undo: {step}</source>
        <translation>撤销：{step}</translation>
    </message>
    <message>
        <source>Redo: {step}</source>
        <translation>重做：{step}</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>起点</translation>
    </message>
    <message>
        <source>A copy of a built-in network to change, or an empty network</source>
        <translation>复制一个内置网络来修改，或从空网络开始</translation>
    </message>
    <message>
        <source>The network&apos;s name, kept in its file and shown with its runs</source>
        <translation>网络的名字：保存在网络文件里，并显示在它的训练记录旁</translation>
    </message>
    <message>
        <source>An empty network</source>
        <translation>空网络</translation>
    </message>
    <message>
        <source>A copy of {net}</source>
        <translation>{net} 的副本</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Replace the network being edited (Undo brings it back).</source>
        <translation>替换正在编辑的网络（“撤销”可以恢复）。</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a network file (.json) saved by this editor or main.py.</source>
        <translation>打开由本编辑器或 main.py 保存的网络文件（.json）。</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the network as a file: main.py train --network FILE trains it.</source>
        <translation>把网络保存为文件；在命令行中也能训练它。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>My network</source>
        <translation>我的网络</translation>
    </message>
    <message>
        <source>Checked for</source>
        <translation>检查所用图像</translation>
    </message>
    <message>
        <source>The images the network must fit: their channels, size and classes.</source>
        <translation>网络必须适合的图像：通道数、尺寸和类别数。</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {c}×{s}×{s}, %n classes</source>
        <translation>
            <numerusform>{title}：{c}×{s}×{s}，%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a network file</source>
        <translation>打开网络文件</translation>
    </message>
    <message>
        <source>Network files (*.json)</source>
        <translation>网络文件 (*.json)</translation>
    </message>
    <message>
        <source>Save the network</source>
        <translation>保存网络</translation>
    </message>
</context>
</TS>
