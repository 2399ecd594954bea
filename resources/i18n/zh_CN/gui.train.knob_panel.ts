<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>KnobPanel</name>
    <message>
        <source>Change while training: the run takes these values from its next batch.</source>
        <translation>训练中调整：训练从下一个批次起使用这些值。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <source>augment</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>The learning rate from the next batch on; the schedule goes on from it.</source>
        <translation>从下一批次起使用的学习率；学习率调度从它继续。</translation>
    </message>
    <message>
        <source>Momentum (Adam&apos;s first beta) from the next batch on.</source>
        <translation>从下一批次起使用的动量（Adam 的第一个 β 参数）。</translation>
    </message>
    <message>
        <source>Weight decay from the next batch on: pulls the weights towards zero.</source>
        <translation>从下一批次起使用的权重衰减：把权重拉向零。</translation>
    </message>
    <message>
        <source>The share of units switched off in each training batch, from the next batch on.</source>
        <translation>从下一批次起，每个训练批次中被关闭的单元比例。</translation>
    </message>
    <message>
        <source>Random changes to each training batch, on or off from the next batch.</source>
        <translation>对每个训练批次的随机变换，从下一批次起打开或关闭。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The changed values act from the next batch; each is marked on the curves.</source>
        <translation>改动从下一个批次起生效；每次改动都会标在曲线上。</translation>
    </message>
</context>
</TS>
