<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SweepPlots</name>
    <message>
        <source>Accuracy of each trial, epoch by epoch</source>
        <translation>每次试验各轮的准确率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>validation accuracy (%)</source>
        <translation>验证准确率（%）</translation>
    </message>
    <message>
        <source>Each line is one trial. A dashed line was pruned: it was behind the others after an epoch, so it was stopped early to save time for better settings.</source>
        <translation>每条线是一次试验。虚线表示被剪枝：它在某轮之后落后于其他试验，因此被提前停止，把时间留给更好的设置。</translation>
    </message>
    <message>
        <source>Which settings gave which accuracy</source>
        <translation>哪些设置得到了怎样的准确率</translation>
    </message>
    <message>
        <source>Each line is a finished trial: it crosses every axis at the value that trial used, and ends at the accuracy it reached. Yellow lines did best, purple ones worst: look where the yellow lines cross.</source>
        <translation>每条线是一次完成的试验：它在每根轴上穿过该试验所用的值，终点是它达到的准确率。黄线最好，紫线最差：看看黄线在哪里穿过。</translation>
    </message>
    <message>
        <source>Drawn after {n} finished trials.</source>
        <translation>完成 {n} 次试验后绘制。</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Which setting matters most</source>
        <translation>哪个设置最重要</translation>
    </message>
    <message>
        <source>importance (share of the accuracy differences it explains)</source>
        <translation>重要性（它能解释的准确率差异所占比例）</translation>
    </message>
    <message>
        <source>A long bar: changing this setting changed the accuracy a lot, so it is worth tuning carefully. A short bar: any value tried here did about as well.</source>
        <translation>长柱：改变这个设置会大幅改变准确率，值得仔细调整。短柱：这里试过的任何值效果都差不多。</translation>
    </message>
</context>
</TS>
