<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CoachTexts</name>
    <message>
        <source>The loss stopped being a number at epoch {e}, batch {b}: the network diverged.</source>
        <translation>损失在第 {e} 轮第 {b} 批次不再是一个数：网络发散了。</translation>
    </message>
    <message>
        <source>The loss is growing ({a:.2f} → {b:.3g}): each step jumps too far.</source>
        <translation>损失在变大（{a:.2f} → {b:.3g}）：每一步都跳得太远。</translation>
    </message>
    <message>
        <source>The loss jumps up and down (about {p:.0f} % from batch to batch) and does not fall: the learning rate is too high.</source>
        <translation>损失上下乱跳（批次之间约 {p:.0f} %），没有下降：学习率太高。</translation>
    </message>
    <message>
        <source>The network memorises: {t:.0f} % right on its training images, {v:.0f} % on validation, and the validation loss is rising.</source>
        <translation>网络在死记硬背：训练图像上对了 {t:.0f} %，验证集上只有 {v:.0f} %，而且验证损失在上升。</translation>
    </message>
    <message>
        <source>Both accuracies are low ({t:.0f} % and {v:.0f} %) and no longer climbing: the network underfits.</source>
        <translation>两个准确率都很低（{t:.0f} % 和 {v:.0f} %）且不再上升：网络欠拟合。</translation>
    </message>
    <message>
        <source>{p:.0f} % of the units of {layer} never fire (dead ReLUs).</source>
        <translation>{p:.0f} % 的 {layer} 单元从不激活（死亡的 ReLU）。</translation>
    </message>
    <message>
        <source>The gradient reaching {first} is {r:.0e} of the one at {last}: the first layers hardly learn.</source>
        <translation>到达 {first} 的梯度只有 {last} 处的 {r:.0e}：前面的层几乎学不到东西。</translation>
    </message>
    <message>
        <source>The network waits for its data: {p:.0f} % of the epoch went into making the batches (augmentation &apos;{aug}&apos;), not into learning from them.</source>
        <translation>网络在等数据：这一轮有 {p:.0f} % 的时间花在制作批次上（数据增强“{aug}”），而不是用来学习。</translation>
    </message>
    <message>
        <source>The gradient of {layer} is very large ({n:.0f}).</source>
        <translation>{layer} 的梯度非常大（{n:.0f}）。</translation>
    </message>
    <message>
        <source>the learning rate is too low</source>
        <translation>学习率太低</translation>
    </message>
    <message>
        <source>the rate is so high that the network broke</source>
        <translation>学习率太高，网络已经坏了</translation>
    </message>
    <message>
        <source>sigmoid units learn very slowly with plain SGD</source>
        <translation>sigmoid 单元用普通 SGD 学得非常慢</translation>
    </message>
    <message numerus="yes">
        <source>The loss has not moved ({loss:.2f}) after %n epochs: {why}.</source>
        <translation>
            <numerusform>训练 %n 轮后损失仍没有变化（{loss:.2f}）：{why}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Try: {fix}.</source>
        <translation>试试：{fix}。</translation>
    </message>
    <message>
        <source>Try in the next run: {fix}.</source>
        <translation>下次训练试试：{fix}。</translation>
    </message>
</context>
</TS>
