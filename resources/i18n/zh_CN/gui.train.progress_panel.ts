<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>The current pass over the training images, of the total you asked for.</source>
        <translation>当前是第几轮遍历训练图像，以及你设定的总轮数。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The step size the optimizer uses right now; a schedule changes it during the run.</source>
        <translation>优化器当前使用的步长；学习率调度会在训练中改变它。</translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Average loss on the training batches (smoothed while an epoch runs). Lower is better.</source>
        <translation>训练批次上的平均损失（一轮进行中时为平滑值）。越低越好。</translation>
    </message>
    <message>
        <source>Val accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Share of the held-out validation images classified correctly after the last epoch.</source>
        <translation>上一轮结束后，留出的验证图像中被正确分类的比例。</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Share of the test images classified correctly after the last epoch: the number to report.</source>
        <translation>上一轮结束后，测试图像中被正确分类的比例：这是应当报告的数字。</translation>
    </message>
    <message>
        <source>s / epoch</source>
        <translation>秒 / 轮</translation>
    </message>
    <message>
        <source>Seconds one epoch took (training and evaluation); hover for images per second.</source>
        <translation>一轮所用的秒数（训练和评估）；悬停可查看每秒处理的图像数。</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>How much of the whole run is done (all epochs).</source>
        <translation>整个训练（全部轮次）完成了多少。</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>训练状态</translation>
    </message>
    <message>
        <source>{s:.1f} s</source>
        <translation>{s:.1f} 秒</translation>
    </message>
    <message>
        <source>Ready. Choose settings on the left and press Start (Ctrl+Enter).</source>
        <translation>就绪。在左侧选择设置，然后按“开始”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source> ({d:.1f} of {t:.1f} MB)</source>
        <translation>（{d:.1f} / {t:.1f} MB）</translation>
    </message>
    <message>
        <source>Training on {device}: {n:,} training, {v:,} validation and {t:,} test images, {p:,} weights.</source>
        <translation>在 {device} 上训练：训练集 {n:,} 张、验证集 {v:,} 张、测试集 {t:,} 张图像，{p:,} 个权重。</translation>
    </message>
    <message>
        <source>Epoch {e}/{E} · batch {b}/{B} · {ips:,.0f} images/s · ETA {eta}</source>
        <translation>第 {e}/{E} 轮 · 批次 {b}/{B} · {ips:,.0f} 张/秒 · 预计剩余 {eta}</translation>
    </message>
    <message>
        <source>{ips:,.0f} training images per second</source>
        <translation>每秒 {ips:,.0f} 张训练图像</translation>
    </message>
    <message>
        <source>after epoch {e}</source>
        <translation>在第 {e} 轮之后</translation>
    </message>
    <message>
        <source>at epoch {e}, batch {b}</source>
        <translation>在第 {e} 轮第 {b} 批次</translation>
    </message>
    <message>
        <source>Paused {where}. Press Space or Resume to go on, or Step for one more epoch.</source>
        <translation>已暂停（{where}）。按空格键或“继续”以继续，或按“单步一轮”再训练一轮。</translation>
    </message>
    <message numerus="yes">
        <source>Finished in {t}; epochs trained: %n.</source>
        <translation>
            <numerusform>用 {t} 完成了 %n 轮。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in {dir}</source>
        <translation>已保存在 {dir}</translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Finished epochs saved: %n.</source>
        <translation>
            <numerusform>已停止。已完成的 %n 轮已保存。</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: {msg}</source>
        <translation>失败：{msg}</translation>
    </message>
</context>
</TS>
