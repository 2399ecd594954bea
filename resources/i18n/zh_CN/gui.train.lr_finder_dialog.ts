<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LrFinderDialog</name>
    <message>
        <source>Find a learning rate</source>
        <translation>寻找学习率</translation>
    </message>
    <message>
        <source>learning rate (log scale)</source>
        <translation>学习率（对数刻度）</translation>
    </message>
    <message>
        <source>smoothed loss</source>
        <translation>平滑后的损失</translation>
    </message>
    <message>
        <source>Use this rate</source>
        <translation>使用这个学习率</translation>
    </message>
    <message>
        <source>Training a fresh network for up to 300 batches, the rate rising from 0.000001 to 10 …</source>
        <translation>正在训练一个新网络，最多 300 个批次，学习率从 0.000001 升到 10 …</translation>
    </message>
    <message>
        <source>Suggested learning rate: {lr:.2g}, where the smoothed loss falls fastest (steepest descent). The Tune tab&apos;s 8 short runs compare whole epochs; this takes one short run.</source>
        <translation>建议的学习率：{lr:.2g}，即平滑后的损失下降最快处（最陡下降）。“调参”页的 8 次短训练比较完整的轮次；这里只需一次短训练。</translation>
    </message>
    <message>
        <source>No rate to suggest: {why}</source>
        <translation>无法给出学习率：{why}</translation>
    </message>
</context>
</TS>
