<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TimelineBar</name>
    <message>
        <source>Timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step through the epochs one after another, as the network learnt.</source>
        <translation>按网络学习的顺序逐轮播放。</translation>
    </message>
    <message>
        <source>The network after each epoch: the filters, maps, saliency, confusion matrix and map follow.</source>
        <translation>每轮之后的网络：卷积核、特征图、显著图、混淆矩阵和分布图都会跟着变。</translation>
    </message>
    <message>
        <source>Open a run or train one to scrub through its epochs.</source>
        <translation>打开或训练一次训练，即可逐轮查看。</translation>
    </message>
    <message>
        <source>This run has no timeline: it was trained before runs kept their epochs.</source>
        <translation>这次训练没有时间线：它是在训练开始保存每轮权重之前训练的。</translation>
    </message>
    <message numerus="yes">
        <source>(%n epochs kept)</source>
        <translation>
            <numerusform>（保存了 %n 轮）</numerusform>
        </translation>
    </message>
    <message>
        <source>epoch {e}</source>
        <translation>第 {e} 轮</translation>
    </message>
</context>
</TS>
