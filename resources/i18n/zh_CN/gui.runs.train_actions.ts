<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TrainActions</name>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Go on with a stopped run where it stopped: same optimizer, schedule and random state</source>
        <translation>从停止处继续已停止的训练：优化器、学习率调度和随机状态都保持不变</translation>
    </message>
    <message>
        <source>Epochs to add</source>
        <translation>要增加的轮次</translation>
    </message>
    <message>
        <source>How many epochs Continue and Fine-tune train</source>
        <translation>“再训练”和“微调”要训练多少轮</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>再训练</translation>
    </message>
    <message>
        <source>Train the selected run for this many more epochs in its own folder; the learning-rate schedule goes on from where it was, it does not start again</source>
        <translation>在原训练文件夹中把选中的记录再训练这么多轮；学习率调度从原来的位置继续，不会从头开始</translation>
    </message>
    <message>
        <source>Fine-tune on…</source>
        <translation>微调到…</translation>
    </message>
    <message>
        <source>Start a new run whose network starts from the selected run&apos;s best weights, on another dataset of the same image size and number of classes (for example your own digits)</source>
        <translation>新建一次训练：网络从选中记录的最佳权重出发，在图像尺寸和类别数相同的另一个数据集上训练（例如你自己写的数字）</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <source>Resuming {name}</source>
        <translation>正在继续训练 {name}</translation>
    </message>
    <message numerus="yes">
        <source>Continuing {name} for %n more epochs</source>
        <translation>
            <numerusform>正在把 {name} 再训练 %n 轮</numerusform>
        </translation>
    </message>
    <message>
        <source>Fine-tuning {name} on {data}</source>
        <translation>正在 {data} 上微调 {name}</translation>
    </message>
    <message>
        <source>Refresh the list, or start a new run on the Train tab.</source>
        <translation>请刷新列表，或在“训练”页开始新的训练。</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>正在训练中。</translation>
    </message>
    <message>
        <source>Wait for it to end, or stop it.</source>
        <translation>请等它结束，或先停止它。</translation>
    </message>
    <message>
        <source>No other dataset has images and classes of this shape</source>
        <translation>没有其他数据集的图像和类别与之形状相同</translation>
    </message>
</context>
</TS>
