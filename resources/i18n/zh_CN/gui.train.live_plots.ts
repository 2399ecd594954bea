<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>LivePlots</name>
    <message>
        <source>Loss plot</source>
        <translation>损失曲线图</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>each batch</source>
        <translation>每个批次</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑后</translation>
    </message>
    <message>
        <source>train (epoch)</source>
        <translation>训练（每轮）</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Accuracy plot</source>
        <translation>准确率曲线图</translation>
    </message>
    <message>
        <source>% correct</source>
        <translation>正确率 (%)</translation>
    </message>
    <message>
        <source>Accuracy: &lt;span style=&apos;color:{t}&apos;&gt;train&lt;/span&gt; · &lt;span style=&apos;color:{v}&apos;&gt;validation&lt;/span&gt; · &lt;span style=&apos;color:{te}&apos;&gt;test&lt;/span&gt;</source>
        <translation>准确率：&lt;span style=&apos;color:{t}&apos;&gt;训练&lt;/span&gt; · &lt;span style=&apos;color:{v}&apos;&gt;验证&lt;/span&gt; · &lt;span style=&apos;color:{te}&apos;&gt;测试&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Learning-rate plot</source>
        <translation>学习率曲线图</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Loss on a log scale</source>
        <translation>损失使用对数刻度</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic axis: late, small improvements become visible instead of hugging the bottom of the plot.</source>
        <translation>在对数坐标轴上显示损失：后期微小的改进也能看清，而不是贴在图的底部。</translation>
    </message>
    <message>
        <source>Loss measures how wrong the network is on each batch; it should fall. Faint: every batch, dark: smoothed, dots: the average per epoch. If it jumps up or becomes nan, the learning rate is too high; if the validation loss rises while the training loss falls, the network is overfitting.</source>
        <translation>损失衡量网络在每个批次上错得有多厉害；它应当下降。浅色：每个批次，深色：平滑后，圆点：每轮的平均值。如果它突然上跳或变成 nan，说明学习率太高；如果验证损失上升而训练损失下降，说明网络过拟合了。</translation>
    </message>
    <message>
        <source>Accuracy: the share of images classified correctly after each epoch. A widening gap between training and validation means the network memorises instead of learning.</source>
        <translation>准确率：每轮结束后被正确分类的图像比例。训练与验证之间的差距越来越大，说明网络在死记硬背而不是在学习。</translation>
    </message>
    <message>
        <source>Learning rate: the size of each update step. A schedule lowers it so the network can settle.</source>
        <translation>学习率：每次更新的步长。学习率调度会逐步降低它，让网络稳定下来。</translation>
    </message>
</context>
</TS>
