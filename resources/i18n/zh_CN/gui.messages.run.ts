<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>Loading {data} ...</source>
        <translation>正在加载 {data} …</translation>
    </message>
    <message>
        <source>Resumed {run} after epoch {epoch} of {epochs}; {epochs_left} to go.</source>
        <translation>已从第 {epoch} 轮（共 {epochs} 轮）之后继续 {run}；还剩 {epochs_left} 轮。</translation>
    </message>
    <message>
        <source>Resumed {run} after epoch {epoch} of {epochs}; nothing left to train: give a larger number of epochs to go on.</source>
        <translation>已从第 {epoch} 轮（共 {epochs} 轮）之后继续 {run}；已没有可训练的轮次：要继续，请设置更多的轮次。</translation>
    </message>
    <message>
        <source>the run</source>
        <translation>本次训练</translation>
    </message>
    <message>
        <source>a new run folder</source>
        <translation>新的训练文件夹</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <source>the batch log of epoch {epoch}</source>
        <translation>第 {epoch} 轮的批次记录</translation>
    </message>
    <message>
        <source>the timeline snapshot of epoch {epoch}</source>
        <translation>第 {epoch} 轮的时间线快照</translation>
    </message>
    <message>
        <source>The random state was saved on {saved_on} and cannot continue on {here}: it is seeded afresh, so the batch order and augmentation differ from an uninterrupted run.</source>
        <translation>随机状态保存在 {saved_on} 上，无法在 {here} 上继续：已重新设置随机种子，因此批次顺序和数据增强与不中断的训练不同。</translation>
    </message>
    <message>
        <source>The loss exploded after {batches} batches, before it fell: the network cannot learn with these settings (check the optimizer and the network), or start the test lower.</source>
        <translation>损失在 {batches} 个批次之后就爆炸了，还没来得及下降：用这些设置网络无法学习（请检查优化器和网络），或从更低的学习率开始测试。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>文件将超过本系统允许的大小</translation>
    </message>
    <message>
        <source>the folder is on a read-only disk</source>
        <translation>该文件夹位于只读磁盘上</translation>
    </message>
    <message>
        <source>permission to write there is denied</source>
        <translation>没有写入该位置的权限</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>路径中的一部分是文件而不是文件夹</translation>
    </message>
    <message>
        <source>Epochs 1-{epoch} are saved in {folder}; after fixing it, continue with --resume {folder} (or Resume in the window).</source>
        <translation>第 1-{epoch} 轮已保存在 {folder}；解决问题后，可用 --resume {folder}（或窗口中的“继续”）接着训练。</translation>
    </message>
    <message>
        <source>No epoch was saved.</source>
        <translation>没有保存任何轮次。</translation>
    </message>
    <message>
        <source>Could not save {what} in {folder}: {reason}.</source>
        <translation>无法在 {folder} 中保存{what}：{reason}。</translation>
    </message>
    <message>
        <source>Free some space or choose another runs folder (--runs-dir, or the runs folder setting). {kept}</source>
        <translation>请释放一些空间，或选择另一个训练文件夹（--runs-dir，或“训练文件夹”设置）。{kept}</translation>
    </message>
    <message>
        <source>Check the data folder in the settings, or use the built-in &apos;shapes&apos; set.</source>
        <translation>请检查设置中的数据文件夹，或使用内置的“形状”数据集。</translation>
    </message>
    <message>
        <source>Start a new run, or choose another run folder or weights file.</source>
        <translation>请开始新的训练，或选择另一个训练文件夹或权重文件。</translation>
    </message>
    <message>
        <source>Change the settings named above and start again.</source>
        <translation>请修改上面提到的设置后重新开始。</translation>
    </message>
    <message>
        <source>Change the settings and start again.</source>
        <translation>请修改设置后重新开始。</translation>
    </message>
    <message>
        <source>The device ran out of memory while training, with batch size {batch_size}.</source>
        <translation>设备在训练时内存不足（批大小 {batch_size}）。</translation>
    </message>
    <message>
        <source>The device ran out of memory while evaluating the network, with batch size {batch_size}.</source>
        <translation>设备在评估网络时内存不足（批大小 {batch_size}）。</translation>
    </message>
    <message>
        <source>The device ran out of memory while the images were put on it.</source>
        <translation>把图像放到设备上时内存不足。</translation>
    </message>
    <message>
        <source>Use a smaller image size or fewer training images (training subset), or train on the CPU.</source>
        <translation>请使用更小的图像尺寸或更少的训练图像（训练子集），或改用 CPU 训练。</translation>
    </message>
    <message>
        <source>Wait for it to end (or stop it there), then resume the run.</source>
        <translation>请等它结束（或在那边停止它），然后继续这次训练。</translation>
    </message>
    <message>
        <source>Set the runs folder (--runs-dir, or the setting), then start again.</source>
        <translation>请设置训练文件夹（--runs-dir，或在设置中），然后重新开始。</translation>
    </message>
    <message>
        <source>Set the data folder (--data-dir, or the setting), then start again.</source>
        <translation>请设置数据文件夹（--data-dir，或在设置中），然后重新开始。</translation>
    </message>
    <message>
        <source>Lower the batch size, pick a smaller network or image size, or train on the CPU.</source>
        <translation>请减小批大小，选择更小的网络或图像尺寸，或改用 CPU 训练。</translation>
    </message>
    <message>
        <source>Training stopped on an unexpected error: {error}</source>
        <translation>训练因意外错误而停止：{error}</translation>
    </message>
    <message>
        <source>This is a bug in CNN Playground; the details are in the log. Try other settings meanwhile.</source>
        <translation>这是 CNN 游乐场的程序错误；详情见日志。暂时请尝试其他设置。</translation>
    </message>
    <message>
        <source>Pick another network, or another image size for the folder.</source>
        <translation>请换一个网络，或为该文件夹换一个图像尺寸。</translation>
    </message>
    <message>
        <source>The loss became {loss} at epoch {epoch}, batch {batch}: the network diverged.</source>
        <translation>损失在第 {epoch} 轮第 {batch} 批次变成了 {loss}：网络发散了。</translation>
    </message>
    <message>
        <source>The learning rate ({lr:g}) is probably too high: try it 10 times smaller (0.001 suits Adam, 0.01-0.1 suits SGD), or turn on gradient clipping.</source>
        <translation>学习率（{lr:g}）可能太高：试试小 10 倍的值（Adam 适合 0.001，SGD 适合 0.01-0.1），或打开梯度裁剪。</translation>
    </message>
    <message>
        <source>Stopped by you at epoch {epoch}, batch {batch}.</source>
        <translation>你在第 {epoch} 轮第 {batch} 批次停止了训练。</translation>
    </message>
    <message>
        <source>Finished epochs are saved in the run folder; you can resume it.</source>
        <translation>已完成的轮次保存在训练文件夹中；可以继续训练。</translation>
    </message>
    <message>
        <source>The process training it ended.</source>
        <translation>训练它的进程已结束。</translation>
    </message>
</context>
</TS>
