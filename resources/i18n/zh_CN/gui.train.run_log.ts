<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RunLog</name>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each finished epoch adds a line here: losses, accuracies, learning rate and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per epoch. Watch the validation accuracy: when it stops rising while the training accuracy keeps climbing, the network is memorising (overfitting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {e}/{n}  {s:.1f} s  lr {lr:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ★ best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  loss  train {t:.4f}  val {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  acc   train {t}  val {v}  test {te}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
