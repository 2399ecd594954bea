<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>HoverReadout</name>
    <message>
        <source>Point at a curve to read its values.</source>
        <translation>指向曲线可读取其数值。</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>鼠标处的数值</translation>
    </message>
    <message>
        <source>epoch {x:.2f}</source>
        <translation>第 {x:.2f} 轮</translation>
    </message>
    <message>
        <source>batch loss {l:.4f}, smoothed {s:.4f}, lr {lr:.3g}</source>
        <translation>批次损失 {l:.4f}，平滑后 {s:.4f}，学习率 {lr:.3g}</translation>
    </message>
    <message>
        <source>after epoch {n:.0f}: accuracy train {t}, val {v}, test {te}</source>
        <translation>第 {n:.0f} 轮后：准确率 训练 {t}，验证 {v}，测试 {te}</translation>
    </message>
</context>
</TS>
