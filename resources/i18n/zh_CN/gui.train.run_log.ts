<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RunLog</name>
    <message>
        <source>Run log</source>
        <translation>训练日志</translation>
    </message>
    <message>
        <source>Each finished epoch adds a line here: losses, accuracies, learning rate and time.</source>
        <translation>每完成一轮就在这里加一行：损失、准确率、学习率和用时。</translation>
    </message>
    <message>
        <source>One line per epoch. Watch the validation accuracy: when it stops rising while the training accuracy keeps climbing, the network is memorising (overfitting).</source>
        <translation>每轮一行。注意验证准确率：当它不再上升而训练准确率继续攀升时，网络在死记硬背（过拟合）。</translation>
    </message>
    <message>
        <source>epoch {e}/{n}  {s:.1f} s  lr {lr:.3g}</source>
        <translation>第 {e}/{n} 轮  {s:.1f} 秒  学习率 {lr:.3g}</translation>
    </message>
    <message>
        <source>  ★ best</source>
        <translation>  ★ 最佳</translation>
    </message>
    <message>
        <source>  loss  train {t:.4f}  val {v}</source>
        <translation>  损失    训练 {t:.4f}  验证 {v}</translation>
    </message>
    <message>
        <source>  acc   train {t}  val {v}  test {te}</source>
        <translation>  准确率  训练 {t}  验证 {v}  测试 {te}</translation>
    </message>
</context>
</TS>
