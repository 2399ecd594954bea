<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EvaluateView</name>
    <message>
        <source>Train a network or open a run to see how it does on the test images.</source>
        <translation>训练一个网络或打开一次训练记录，查看它在测试集上的表现。</translation>
    </message>
    <message>
        <source>Save matrix…</source>
        <translation>保存矩阵…</translation>
    </message>
    <message>
        <source>Save gallery…</source>
        <translation>保存图集…</translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation>保存表格…</translation>
    </message>
    <message>
        <source>Save the confusion matrix as a PNG picture.</source>
        <translation>将混淆矩阵保存为 PNG 图片。</translation>
    </message>
    <message>
        <source>Save the gallery on the right as a PNG picture.</source>
        <translation>将右侧的图集保存为 PNG 图片。</translation>
    </message>
    <message>
        <source>Save the per-class accuracy table as CSV, for a spreadsheet.</source>
        <translation>将各类别准确率表保存为 CSV，可用电子表格打开。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Random test images</source>
        <translation>随机测试图像</translation>
    </message>
    <message>
        <source>Epoch {e}</source>
        <translation>第 {e} 轮</translation>
    </message>
    <message>
        <source>Predicting {n:,} test images…</source>
        <translation>正在预测 {n:,} 张测试图像…</translation>
    </message>
    <message>
        <source>Timeline, epoch {e}</source>
        <translation>时间线，第 {e} 轮</translation>
    </message>
    <message>
        <source>Bundled digit model</source>
        <translation>内置数字模型</translation>
    </message>
    <message>
        <source>Finished run</source>
        <translation>已完成的训练</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>Current run</source>
        <translation>当前训练</translation>
    </message>
    <message>
        <source>Could not predict the test images: {m}</source>
        <translation>无法预测测试图像：{m}</translation>
    </message>
    <message>
        <source>The predictions do not match the test set: open the run again.</source>
        <translation>预测结果与测试集不匹配：请重新打开该训练记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{h}&lt;/b&gt; &amp;nbsp; test accuracy &lt;b&gt;{a:.2f} %&lt;/b&gt; &amp;nbsp; test loss {l:.4f} &amp;nbsp; {w:,} of {n:,} test images wrong</source>
        <translation>&lt;b&gt;{h}&lt;/b&gt; &amp;nbsp; 测试准确率 &lt;b&gt;{a:.2f} %&lt;/b&gt; &amp;nbsp; 测试损失 {l:.4f} &amp;nbsp; {n:,} 张测试图像中错了 {w:,} 张</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>最有把握的错误</translation>
    </message>
    <message>
        <source>&apos;{t}&apos; recognised correctly</source>
        <translation>“{t}”识别正确</translation>
    </message>
    <message>
        <source>&apos;{t}&apos; taken for &apos;{p}&apos;</source>
        <translation>“{t}”被认成“{p}”</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>你的手写图</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
</TS>
