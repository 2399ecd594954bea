<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome: three first steps</source>
        <translation>欢迎：入门三步</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome!&lt;/b&gt; Three steps to your first trained network:</source>
        <translation>&lt;b&gt;欢迎！&lt;/b&gt;三步训练出你的第一个网络：</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Hide these steps. Help &gt; First steps shows them again.</source>
        <translation>隐藏这些步骤。“帮助 &gt; 入门三步”可再次显示。</translation>
    </message>
    <message>
        <source>1. Pick a preset</source>
        <translation>1. 选择一个预设</translation>
    </message>
    <message>
        <source>Choose a ready-made recipe at the top left, e.g. a LeNet.</source>
        <translation>在左上角选择一个现成的配方，例如 LeNet。</translation>
    </message>
    <message>
        <source>2. Press Start</source>
        <translation>2. 按“开始”</translation>
    </message>
    <message>
        <source>Train the network and watch the curves move (Ctrl+Enter).</source>
        <translation>训练网络，看曲线变化（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>3. Draw a digit in Draw &amp;&amp; predict</source>
        <translation>3. 在“手写与预测”中画一个数字</translation>
    </message>
    <message>
        <source>Open the Draw &amp; predict tab and draw a digit: the network reads it as you draw.</source>
        <translation>打开“手写与预测”页并画一个数字：你边画，网络边识别。</translation>
    </message>
</context>
</TS>
