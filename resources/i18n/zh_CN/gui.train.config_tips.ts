<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConfigTips</name>
    <message>
        <source>Ready-made settings from well-known tutorials: picking one fills in the fields below; change any of them afterwards.</source>
        <translation>来自知名教程的现成设置：选择一个即可填好下面各项；之后可以修改其中任何一项。</translation>
    </message>
    <message>
        <source>Where datasets are stored and downloaded to. It may be shared or read-only: nothing else is written there.</source>
        <translation>存放和下载数据集的位置。它可以是共享或只读的：不会往里写入其他内容。</translation>
    </message>
    <message>
        <source>Where every training run is saved: its settings, curves and weights. Empty: the app&apos;s own folder, shown in grey.</source>
        <translation>每次训练的保存位置：设置、曲线和权重。留空：使用应用自己的文件夹（灰色显示）。</translation>
    </message>
    <message>
        <source>The images to learn from. &apos;on disk&apos; is ready, &apos;needs download&apos; is fetched when you press Start, &apos;built-in&apos; is made on this computer.</source>
        <translation>用来学习的图像。“已在本机”表示已就绪，“需要下载”会在按“开始”时下载，“内置”在本机生成。</translation>
    </message>
    <message>
        <source>Your own images: one sub-folder per class (cats/, dogs/ …) holding that class&apos;s images.</source>
        <translation>你自己的图像：每个类别一个子文件夹（cats/、dogs/ …），里面放该类别的图像。</translation>
    </message>
    <message>
        <source>Folder and built-in images are resized to this many pixels square: 28-64 trains fast on a CPU, AlexNet wants 227. &apos;automatic&apos; keeps the set&apos;s own size.</source>
        <translation>文件夹和内置图像会缩放为这个边长的正方形（像素）：28-64 在 CPU 上训练很快，AlexNet 需要 227。“自动”保持数据集自身的尺寸。</translation>
    </message>
    <message>
        <source>Part of the training images kept aside to spot overfitting after each epoch. 0.1 (10 %) is usual; 0 skips validation.</source>
        <translation>从训练图像中留出的一部分，用于每轮后发现过拟合。通常为 0.1（10 %）；0 表示不做验证。</translation>
    </message>
    <message>
        <source>Train on only this many images for a quick try; &apos;all&apos; uses the whole split. With too few, the network just memorises them.</source>
        <translation>只用这么多张图像训练，快速试一试；“全部”使用整个训练集。太少的话，网络只会把它们背下来。</translation>
    </message>
    <message>
        <source>Random shifts, turns and stroke changes on each batch: more variety, better generalisation. Training accuracy then rises more slowly; that is expected.</source>
        <translation>对每个批次做随机平移、旋转和笔画变化：样本更多样，泛化更好。此时训练准确率上升得更慢，这是正常的。</translation>
    </message>
    <message>
        <source>The architecture: which layers, wired how. Hover an entry for its story; the table lists its layers and sizes.</source>
        <translation>网络结构：有哪些层、如何连接。鼠标悬停在条目上可查看其来历；下表列出各层及其大小。</translation>
    </message>
    <message>
        <source>The non-linearity after each layer. ReLU-like ones learn fast; sigmoid and tanh saturate, so deep nets learn slowly (LeNet-5 used sigmoid).</source>
        <translation>每层之后的非线性函数。ReLU 类学得快；sigmoid 和 tanh 会饱和，深层网络因此学得慢（LeNet-5 用的是 sigmoid）。</translation>
    </message>
    <message>
        <source>How weights are set before training: Xavier suits sigmoid and tanh, Kaiming suits ReLU. A poor choice shows as a loss that barely moves at first.</source>
        <translation>训练前如何设置权重：Xavier 适合 sigmoid 和 tanh，Kaiming 适合 ReLU。选得不好时，损失一开始几乎不动。</translation>
    </message>
    <message>
        <source>Share of units switched off at random while training, against overfitting. 0.5 is classic for fully connected layers; too high and nothing is learnt.</source>
        <translation>训练时随机关闭的神经元比例，用于防止过拟合。全连接层的经典值是 0.5；太高则什么也学不到。</translation>
    </message>
    <message>
        <source>Normalises each layer&apos;s outputs per batch: usually faster, steadier training that tolerates higher learning rates.</source>
        <translation>按批次归一化每层的输出：训练通常更快、更稳，并能承受更高的学习率。</translation>
    </message>
    <message>
        <source>Passes over all training images. 5-10 is plenty for MNIST; the validation curve shows when more stops helping.</source>
        <translation>遍历全部训练图像的次数。MNIST 用 5-10 轮足够；验证曲线会显示何时再多训练也没有帮助。</translation>
    </message>
    <message>
        <source>Images per weight update, usually 32-256. Small batches give noisy, frequent updates; large ones are faster per image but may need a higher learning rate.</source>
        <translation>每次更新权重所用的图像数，通常为 32-256。小批次更新频繁但噪声大；大批次每张图像更快，但可能需要更高的学习率。</translation>
    </message>
    <message>
        <source>Step size of each update, the most important setting: 0.001 for Adam, 0.01-0.1 for SGD. Too high: the loss jumps or becomes nan. Too low: it creeps down.</source>
        <translation>每次更新的步长，最重要的设置：Adam 用 0.001，SGD 用 0.01-0.1。太高：损失跳动或变成 nan。太低：损失下降得很慢。</translation>
    </message>
    <message>
        <source>How the gradient becomes a weight update. Adam adapts the step per weight and forgives a rough learning rate; SGD with momentum is the classic.</source>
        <translation>如何把梯度变成权重更新。Adam 为每个权重自适应步长，对学习率不太敏感；带动量的 SGD 是经典做法。</translation>
    </message>
    <message>
        <source>SGD and RMSprop keep this share of the previous step, smoothing the way downhill. 0.9 is usual; 0 is plain SGD.</source>
        <translation>SGD 和 RMSprop 保留上一步的这一比例，使下降路径更平滑。通常为 0.9；0 即普通 SGD。</translation>
    </message>
    <message>
        <source>SGD looks ahead before it steps: often a little faster. Needs momentum above 0.</source>
        <translation>SGD 在迈步前先向前看一步：通常会快一点。需要动量大于 0。</translation>
    </message>
    <message>
        <source>Pulls weights towards zero against overfitting. 0 or 1e-4 to 5e-4 is usual; 0.01 and more can stop learning.</source>
        <translation>把权重拉向零以防止过拟合。通常为 0 或 1e-4 到 5e-4；0.01 及以上可能使学习停滞。</translation>
    </message>
    <message>
        <source>How the learning rate changes during the run. Lowering it late lets the network settle; one-cycle warms up first and often trains fastest.</source>
        <translation>训练过程中学习率如何变化。后期降低学习率能让网络稳定下来；单周期策略先预热，通常训练最快。</translation>
    </message>
    <message>
        <source>Step decay: epochs between learning-rate drops (2-5 is usual).</source>
        <translation>阶梯衰减：两次降低学习率之间的轮数（通常为 2-5）。</translation>
    </message>
    <message>
        <source>Step decay: the learning rate is multiplied by this at each drop (0.1 = ten times smaller).</source>
        <translation>阶梯衰减：每次降低时学习率乘以这个数（0.1 = 缩小十倍）。</translation>
    </message>
    <message>
        <source>Asks for 90 % instead of 100 % confidence (at 0.1), curbing over-confident networks; 0-0.1.</source>
        <translation>要求 90 % 而不是 100 % 的置信度（取 0.1 时），抑制网络过度自信；0-0.1。</translation>
    </message>
    <message>
        <source>Caps the size (norm) of each update&apos;s gradient to tame spikes and nan losses. 1-5 is usual; &apos;off&apos; does not clip.</source>
        <translation>限制每次更新梯度的大小（范数），抑制尖峰和 nan 损失。通常为 1-5；“关”表示不裁剪。</translation>
    </message>
    <message>
        <source>Fixes the random choices (initial weights, batch order, augmentation): the same seed repeats a run, another shows how much is luck.</source>
        <translation>固定随机选择（初始权重、批次顺序、数据增强）：相同的种子可重复一次训练，换一个种子可看出有多少是运气。</translation>
    </message>
    <message>
        <source>Where to train. A GPU is many times faster for big networks; LeNet on MNIST is fine on a CPU.</source>
        <translation>在哪里训练。对大网络 GPU 快很多倍；在 MNIST 上训练 LeNet 用 CPU 就够了。</translation>
    </message>
    <message>
        <source>Processor cores PyTorch may use; on a busy machine 1 is often faster.</source>
        <translation>PyTorch 可以使用的处理器核数；机器繁忙时 1 往往更快。</translation>
    </message>
    <message>
        <source>16-bit numbers on an NVIDIA GPU: faster and lighter, with the same results for most networks.</source>
        <translation>在 NVIDIA GPU 上使用 16 位数：更快、更省显存，大多数网络结果相同。</translation>
    </message>
</context>
</TS>
