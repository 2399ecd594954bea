<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConfusionWidget</name>
    <message>
        <source>The confusion matrix appears after the first epoch.</source>
        <translation>第一轮训练结束后显示混淆矩阵。</translation>
    </message>
    <message>
        <source>predicted class →</source>
        <translation>预测类别 →</translation>
    </message>
    <message>
        <source>← true class</source>
        <translation>← 真实类别</translation>
    </message>
    <message>
        <source>{n} test images of &apos;{t}&apos; recognised correctly ({pct:.1f} % of them). Click to see them.</source>
        <translation>{n} 张“{t}”测试图像被正确识别（占其 {pct:.1f} %）。点击查看这些图像。</translation>
    </message>
    <message>
        <source>{n} test images of &apos;{t}&apos; taken for &apos;{q}&apos; ({pct:.1f} % of the &apos;{t}&apos; images). Click to see them.</source>
        <translation>{n} 张“{t}”测试图像被误认为“{q}”（占“{t}”图像的 {pct:.1f} %）。点击查看这些图像。</translation>
    </message>
</context>
</TS>
