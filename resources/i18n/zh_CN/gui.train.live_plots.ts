<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LivePlots</name>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train (epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: &lt;span style=&apos;color:{t}&apos;&gt;train&lt;/span&gt; · &lt;span style=&apos;color:{v}&apos;&gt;validation&lt;/span&gt; · &lt;span style=&apos;color:{te}&apos;&gt;test&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning-rate plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss on a log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements become visible instead of hugging the bottom of the plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point at a curve to read its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss measures how wrong the network is on each batch; it should fall. Faint: every batch, dark: smoothed, dots: the average per epoch. If it jumps up or becomes nan, the learning rate is too high; if the validation loss rises while the training loss falls, the network is overfitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: the share of images classified correctly after each epoch. A widening gap between training and validation means the network memorises instead of learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate: the size of each update step. A schedule lowers it so the network can settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch {x:.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch loss {l:.4f}, smoothed {s:.4f}, lr {lr:.3g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after epoch {n:.0f}: accuracy train {t}, val {v}, test {te}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
