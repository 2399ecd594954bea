<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ModelChooser</name>
    <message>
        <source>Model source</source>
        <translation>模型来源</translation>
    </message>
    <message>
        <source>Which trained network reads your input, and which one Evaluate and Inside the network show.</source>
        <translation>由哪个训练好的网络来读取你的输入，以及“评估”和“网络内部”显示哪个网络。</translation>
    </message>
    <message>
        <source>Which trained network reads your input. The bundled digit model comes with the app and already knows digits. &quot;Current run&quot; is the network you are training: a copy is taken after every epoch, so you can watch its guesses improve. Finished runs and weights files are networks saved earlier.</source>
        <translation>由哪个训练好的网络来读取你的输入。内置数字模型随应用提供，已经认识数字。“当前训练”是你正在训练的网络：每轮结束后复制一份，你可以看着它的猜测逐步变好。已完成的训练和权重文件是之前保存的网络。</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Bundled digit model</source>
        <translation>内置数字模型</translation>
    </message>
    <message>
        <source>Current run (updates every epoch)</source>
        <translation>当前训练（每轮更新）</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Open weights file…</source>
        <translation>打开权重文件…</translation>
    </message>
    <message>
        <source>Open weights file</source>
        <translation>打开权重文件</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt *.pth);;All files (*)</source>
        <translation>PyTorch 权重 (*.pt *.pth);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 · test %2 · %3</source>
        <translation>%1 · 测试准确率 %2 · %3</translation>
    </message>
    <message>
        <source>%1 trained on %2</source>
        <translation>%1，在 %2 上训练</translation>
    </message>
    <message>
        <source>Bundled digit model: %1.</source>
        <translation>内置数字模型：%1。</translation>
    </message>
    <message>
        <source>Current run: no epoch has finished yet; the network is copied here after every epoch. For now it guesses with its random start.</source>
        <translation>当前训练：还没有完成任何一轮；每轮结束后网络会复制到这里。现在它用随机初始权重来猜。</translation>
    </message>
    <message>
        <source>Current run after epoch %1: %2. Updates after every epoch.</source>
        <translation>当前训练，第 %1 轮后：%2。每轮结束后更新。</translation>
    </message>
    <message>
        <source>Finished run: %1.</source>
        <translation>已完成的训练：%1。</translation>
    </message>
    <message>
        <source>Weights file %1: %2.</source>
        <translation>权重文件 %1：%2。</translation>
    </message>
</context>
</TS>
