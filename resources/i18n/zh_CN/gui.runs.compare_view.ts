<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CompareView</name>
    <message>
        <source>Per epoch</source>
        <translation>按轮次</translation>
    </message>
    <message>
        <source>One point per epoch: training, validation and test images</source>
        <translation>每轮一个点：训练集、验证集和测试集图像</translation>
    </message>
    <message>
        <source>Per batch</source>
        <translation>按批次</translation>
    </message>
    <message>
        <source>Every training batch, with its running average</source>
        <translation>每个训练批次，以及它的滑动平均</translation>
    </message>
    <message>
        <source>Export plots…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save both plots with their legend as a PNG picture or an SVG drawing</source>
        <translation>把两张图表连同图例保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>The settings that differ between the runs, side by side: the likely reasons their curves differ.</source>
        <translation>各训练记录之间不同的设置，并排列出：它们的曲线不同的可能原因。</translation>
    </message>
    <message>
        <source>When the networks differ: each run&apos;s layers with what they hand on (channels × height × width) and how many weights they learn.</source>
        <translation>当网络不同时：每个训练记录的各层，它们输出的形状（通道 × 高 × 宽）以及要学习多少权重。</translation>
    </message>
    <message>
        <source>Select two or more runs in the list above to compare them.</source>
        <translation>在上面的列表中选择两个或更多训练记录来比较它们。</translation>
    </message>
    <message>
        <source>Reading the per-batch curves and the layers…</source>
        <translation>正在读取按批次的曲线和各层…</translation>
    </message>
    <message>
        <source>Show or hide {run} in the plots</source>
        <translation>在图表中显示或隐藏 {run}</translation>
    </message>
    <message>
        <source>Show {run}</source>
        <translation>显示 {run}</translation>
    </message>
    <message>
        <source>No per-batch log in {runs} (saved by an older version): per batch shows only the others.</source>
        <translation>{runs} 没有按批次的记录（由旧版本保存）：按批次只显示其他训练记录。</translation>
    </message>
    <message>
        <source>Could not read the runs&apos; details: {why}</source>
        <translation>无法读取训练记录的详细信息：{why}</translation>
    </message>
    <message>
        <source>Every training batch: faint lines are single batches, bold lines the average of the last few. The bottom axis counts epochs, so runs with other batch sizes line up. The curve that falls faster learns faster; a wide faint band means noisy steps (small batches or a high learning rate).</source>
        <translation>每个训练批次：浅色细线是单个批次，粗线是最近几个批次的平均。横轴按轮次计数，因此批大小不同的训练记录也能对齐。下降更快的曲线学得更快；很宽的浅色带表示每一步噪声很大（批大小太小或学习率太高）。</translation>
    </message>
    <message>
        <source>One colour per run. Solid lines: the training images, dashed: validation, dotted: test. Lower loss and higher accuracy are better; a validation loss that turns up while the training loss keeps falling means the network starts to memorise its training images (overfitting).</source>
        <translation>每个训练记录一种颜色。实线：训练集图像，虚线：验证集，点线：测试集。损失越低、准确率越高越好；如果训练损失还在下降而验证损失开始上升，说明网络开始死记训练图像（过拟合）。</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export the plots</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Could not export the plots: {why} Choose another file or folder.</source>
        <translation>无法导出图表：{why} 请选择其他文件或文件夹。</translation>
    </message>
    <message>
        <source>Plots saved to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
</context>
</TS>
