<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <source>{help} It must be set: {range}.</source>
        <translation>{help}必须设置：{range}。</translation>
    </message>
    <message>
        <source>{help} It must be {range}, not {value}.</source>
        <translation>{help}它必须{range}，而不是 {value}。</translation>
    </message>
    <message>
        <source>Unknown value {value}: {what} is {range}.</source>
        <translation>未知的值 {value}：{what}应为{range}。</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>为以下之一：{choices}</translation>
    </message>
    <message>
        <source>above {low} and up to {high}</source>
        <translation>大于 {low} 且不超过 {high}</translation>
    </message>
    <message>
        <source>from {low} to below {high}</source>
        <translation>从 {low} 到小于 {high}</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translation>介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>开或关</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>任意文字</translation>
    </message>
    <message>
        <source>Choose an image folder (one sub-folder of images per class).</source>
        <translation>请选择一个图像文件夹（每个类别一个图像子文件夹）。</translation>
    </message>
    <message>
        <source>Nesterov needs the SGD optimizer with momentum above 0.</source>
        <translation>Nesterov 需要 SGD 优化器且动量大于 0。</translation>
    </message>
    <message>
        <source>Writing styles (slashed zeros, crossed sevens ...) are for digits: pick &apos;handwriting&apos;.</source>
        <translation>书写风格（带斜杠的 0、带横的 7……）只适用于数字：请选择“手写风格”。</translation>
    </message>
    <message>
        <source>Mix in another dataset than the one trained on, or none.</source>
        <translation>请混入与训练数据集不同的数据集，或不混入。</translation>
    </message>
    <message>
        <source>An image folder cannot be mixed in: choose a built-in or downloaded dataset.</source>
        <translation>图像文件夹不能混入：请选择内置或已下载的数据集。</translation>
    </message>
    <message>
        <source>A mixed batch needs at least 2 images: one from each dataset.</source>
        <translation>混合批次至少需要 2 张图像：每个数据集各一张。</translation>
    </message>
    <message>
        <source>{mixed} cannot be mixed into {data}: both need the same image size, colour channels and number of classes.</source>
        <translation>{mixed} 不能混入 {data}：两者的图像尺寸、颜色通道数和类别数必须相同。</translation>
    </message>
    <message>
        <source>Mix in another dataset, or none.</source>
        <translation>请混入其他数据集，或不混入。</translation>
    </message>
    <message>
        <source>All are learnt from; none is held out to check on.</source>
        <translation>全部用于学习，没有留出用来检验的数字。</translation>
    </message>
    <message>
        <source>Too few digits to measure: draw at least {needed} of each digit you collect; these have fewer: {digits}.</source>
        <translation>数字太少，无法衡量：你收集的每个数字至少要画 {needed} 个；这些数字不够：{digits}。</translation>
    </message>
    <message>
        <source>{net} takes images with {wanted} colour channels, but these have {n}. Pick another network or convert the images to grey or RGB.</source>
        <translation>{net} 需要 {wanted} 个颜色通道的图像，但这些图像有 {n} 个。请换一个网络，或把图像转换为灰度或 RGB。</translation>
    </message>
    <message>
        <source>{net} needs images at least {min}x{min} pixels, but these are {size}x{size}. Pick a dataset with larger images or a network that takes any size, such as the MLP.</source>
        <translation>{net} 需要至少 {min}x{min} 像素的图像，但这些图像是 {size}x{size}。请选择图像更大的数据集，或能接受任意尺寸的网络，例如 MLP。</translation>
    </message>
    <message>
        <source>{name} has compute capability {capability}, which the installed PyTorch cannot run (it is built for {range}).</source>
        <translation>{name} 的计算能力为 {capability}，已安装的 PyTorch 无法在它上面运行（只支持 {range}）。</translation>
    </message>
    <message>
        <source>no CUDA card</source>
        <translation>不支持任何 CUDA 显卡</translation>
    </message>
    <message>
        <source>Train on another device, or install a PyTorch build for this card.</source>
        <translation>请改用其他设备训练，或安装支持这块显卡的 PyTorch 版本。</translation>
    </message>
    <message>
        <source>CPU, {n} threads ({cpu})</source>
        <translation>CPU，{n} 个线程（{cpu}）</translation>
    </message>
    <message>
        <source>Apple GPU (Metal)</source>
        <translation>Apple GPU（Metal）</translation>
    </message>
    <message>
        <source>Loading {data} ...</source>
        <translation>正在加载 {data} …</translation>
    </message>
    <message>
        <source>Reading {data} from {folder}</source>
        <translation>正在从 {folder} 读取 {data}</translation>
    </message>
    <message>
        <source>Reading {data}</source>
        <translation>正在读取 {data}</translation>
    </message>
    <message>
        <source>Reading images</source>
        <translation>正在读取图像</translation>
    </message>
    <message>
        <source>Resumed {run} after epoch {epoch} of {epochs}{left}.</source>
        <translation>已从第 {epoch} 轮（共 {epochs} 轮）之后继续 {run}{left}。</translation>
    </message>
    <message>
        <source>Could not save {what} in {folder}: {reason}.</source>
        <translation>无法在 {folder} 中保存{what}：{reason}。</translation>
    </message>
    <message>
        <source>the run</source>
        <translation>本次训练</translation>
    </message>
    <message>
        <source>the run folder</source>
        <translation>训练文件夹</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>第 {n} 轮</translation>
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
        <source>Free some space or choose another runs folder (--runs-dir, or the runs folder setting).</source>
        <translation>请释放一些空间，或选择另一个训练文件夹（--runs-dir，或“训练文件夹”设置）。</translation>
    </message>
    <message>
        <source>Epochs 1-{n} are saved in {dir}; after fixing it, continue with --resume {dir} (or Resume in the window).</source>
        <translation>第 1-{n} 轮已保存在 {dir}；解决问题后，可用 --resume {dir}（或窗口中的“继续”）接着训练。</translation>
    </message>
    <message>
        <source>No epoch was saved.</source>
        <translation>没有保存任何轮次。</translation>
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
        <source>The device ran out of memory while {what}, with batch size {n}.</source>
        <translation>设备在{what}时内存不足（批大小 {n}）。</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>evaluating the network</source>
        <translation>评估网络</translation>
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
        <source>The images take {need} on {device}, but only {free} of its {total} is free (training needs room beside them).</source>
        <translation>这些图像在 {device} 上要占 {need}，但其 {total} 中只剩 {free} 空闲（训练还需要额外的空间）。</translation>
    </message>
    <message>
        <source>Use a smaller image size or fewer training images (training subset), close other programs using the GPU, or train on the CPU.</source>
        <translation>请使用更小的图像尺寸或更少的训练图像（训练子集），关闭其他占用 GPU 的程序，或改用 CPU 训练。</translation>
    </message>
    <message>
        <source>Evaluation ran out of memory with {before} images at a time; it goes on with {after}.</source>
        <translation>评估时每次 {before} 张图像内存不足；改为每次 {after} 张继续。</translation>
    </message>
    <message>
        <source>The random state was saved on {saved} and cannot continue on {here}: it is seeded afresh, so the batch order and augmentation differ from an uninterrupted run.</source>
        <translation>随机状态保存在 {saved} 上，无法在 {here} 上继续：已重新设置随机种子，因此批次顺序和数据增强与不中断的训练不同。</translation>
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
        <source>The learning rate ({lr}) is probably too high: try it 10 times smaller (0.001 suits Adam, 0.01-0.1 suits SGD), or turn on gradient clipping.</source>
        <translation>学习率（{lr}）可能太高：试试缩小 10 倍（Adam 适合 0.001，SGD 适合 0.01-0.1），或打开梯度裁剪。</translation>
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
    <message>
        <source>{data} is not in {folder} and downloading is turned off. Allow the download, choose a data folder that already holds it, or use the built-in &apos;shapes&apos; set, which needs no download.</source>
        <translation>{data} 不在 {folder} 中，且下载已关闭。请允许下载，选择一个已包含它的数据文件夹，或使用无需下载的内置“形状”数据集。</translation>
    </message>
    <message>
        <source>Could not download {data}: {why}.</source>
        <translation>无法下载 {data}：{why}。</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器没有及时响应</translation>
    </message>
    <message>
        <source>could not connect ({why})</source>
        <translation>无法连接（{why}）</translation>
    </message>
    <message>
        <source>No image folder is chosen. Choose a folder with one sub-folder of images per class.</source>
        <translation>尚未选择图像文件夹。请选择一个每类一个图像子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose a folder with one sub-folder of images per class.</source>
        <translation>文件夹 {folder} 不存在。请选择一个每类一个图像子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write to {folder} ({why}). Choose another data folder.</source>
        <translation>无法写入 {folder}（{why}）。请选择另一个数据文件夹。</translation>
    </message>
    <message>
        <source>Collect some digits first: fine-tuning needs labelled digits to learn from.</source>
        <translation>请先收集一些数字：微调需要带标签的数字来学习。</translation>
    </message>
    <message>
        <source>No weights file at {path}. Choose an existing .pt file.</source>
        <translation>{path} 处没有权重文件。请选择一个已有的 .pt 文件。</translation>
    </message>
    <message>
        <source>{file} holds no network weights that CNN Playground understands.</source>
        <translation>{file} 中没有 CNN 游乐场能识别的网络权重。</translation>
    </message>
    <message>
        <source>{folder} holds no weights yet (no best.pt or last.pt): choose it after its first finished epoch, or choose another run.</source>
        <translation>{folder} 还没有权重（没有 best.pt 或 last.pt）：等它完成第一轮后再选，或选择另一条训练记录。</translation>
    </message>
    <message>
        <source>a run started</source>
        <translation>一次训练开始</translation>
    </message>
    <message>
        <source>an epoch ended</source>
        <translation>一轮训练结束</translation>
    </message>
    <message>
        <source>a run finished</source>
        <translation>一次训练完成</translation>
    </message>
    <message>
        <source>a run stopped</source>
        <translation>一次训练被停止</translation>
    </message>
    <message>
        <source>the run diverged</source>
        <translation>训练发散</translation>
    </message>
    <message>
        <source>a run ended</source>
        <translation>一次训练结束</translation>
    </message>
    <message>
        <source>{field} is set</source>
        <translation>已设置{field}</translation>
    </message>
    <message>
        <source>{field} == {value}</source>
        <translation>{field}设为 {value}</translation>
    </message>
    <message>
        <source>{field} != {value}</source>
        <translation>{field}未设为 {value}</translation>
    </message>
    <message>
        <source>{field} &gt;= {value}</source>
        <translation>{field} ≥ {value}</translation>
    </message>
    <message>
        <source>{field} &lt;= {value}</source>
        <translation>{field} ≤ {value}</translation>
    </message>
    <message>
        <source>{field} &gt; {value}</source>
        <translation>{field} &gt; {value}</translation>
    </message>
    <message>
        <source>{field} &lt; {value}</source>
        <translation>{field} &lt; {value}</translation>
    </message>
    <message>
        <source>The image is too small ({w}x{h} pixels).</source>
        <translation>图像太小（{w}x{h} 像素）。</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>{file} is too large to read with the memory left.</source>
        <translation>{file} 太大，剩余内存不足以读取。</translation>
    </message>
    <message>
        <source>Could not read {file} as an image: {why}</source>
        <translation>无法把 {file} 作为图像读取：{why}</translation>
    </message>
    <message>
        <source>batch norm</source>
        <translation>批归一化</translation>
    </message>
    <message>
        <source>no batch norm</source>
        <translation>无批归一化</translation>
    </message>
    <message>
        <source>lr {value}</source>
        <translation>学习率 {value}</translation>
    </message>
    <message>
        <source>batch {value}</source>
        <translation>批大小 {value}</translation>
    </message>
    <message>
        <source>momentum {value}</source>
        <translation>动量 {value}</translation>
    </message>
    <message>
        <source>weight decay {value}</source>
        <translation>权重衰减 {value}</translation>
    </message>
    <message>
        <source>{value} schedule</source>
        <translation>学习率调度 {value}</translation>
    </message>
    <message>
        <source>{value} augmentation</source>
        <translation>数据增强 {value}</translation>
    </message>
    <message>
        <source>dropout {value}</source>
        <translation>Dropout {value}</translation>
    </message>
    <message>
        <source>{value} init</source>
        <translation>{value} 初始化</translation>
    </message>
    <message>
        <source>label smoothing {value}</source>
        <translation>标签平滑 {value}</translation>
    </message>
    <message>
        <source>clip {value}</source>
        <translation>梯度裁剪 {value}</translation>
    </message>
    <message>
        <source>{value} px</source>
        <translation>{value} 像素</translation>
    </message>
    <message>
        <source>{value} images</source>
        <translation>{value} 张图像</translation>
    </message>
</context>
</TS>
