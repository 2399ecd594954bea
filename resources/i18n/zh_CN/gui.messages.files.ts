<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>No weights file at {path}. Choose an existing .pt file.</source>
        <translation>{path} 处没有权重文件。请选择一个已有的 .pt 文件。</translation>
    </message>
    <message>
        <source>{file} was refused: it is not a plain weights file and loading it could run code hidden inside. Only open weights saved by CNN Playground or as a plain PyTorch state_dict.</source>
        <translation>已拒绝 {file}：它不是单纯的权重文件，加载它可能会运行藏在其中的代码。请只打开由 CNN 游乐场保存的权重，或单纯的 PyTorch state_dict。</translation>
    </message>
    <message>
        <source>{file} could not be read as PyTorch weights ({error}). The file may be damaged or of another kind: choose another file.</source>
        <translation>无法把 {file} 作为 PyTorch 权重读取（{error}）。该文件可能已损坏或属于其他类型：请选择另一个文件。</translation>
    </message>
    <message>
        <source>{file} holds no network weights that CNN Playground understands.</source>
        <translation>{file} 中没有 CNN 游乐场能识别的网络权重。</translation>
    </message>
    <message>
        <source>These weights belong to another network than {arch} with this input and class count{detail}. Pick the architecture and dataset the file was trained with, or another file.</source>
        <translation>这些权重属于另一个网络，而不是此输入和类别数下的 {arch}{detail}。请选择训练该文件时所用的网络和数据集，或选择另一个文件。</translation>
    </message>
    <message>
        <source>{file} holds bare weights without a description of the network. Open a weights file saved by CNN Playground (a run folder&apos;s best.pt or last.pt).</source>
        <translation>{file} 只有权重，没有对网络的描述。请打开由 CNN 游乐场保存的权重文件（训练文件夹中的 best.pt 或 last.pt）。</translation>
    </message>
    <message>
        <source>{source} carries no description of its network.</source>
        <translation>{source} 中没有对其网络的描述。</translation>
    </message>
    <message>
        <source>{source} cannot be used: {why}. Choose a weights file saved by CNN Playground, or another file.</source>
        <translation>无法使用 {source}：{why}。请选择由 CNN 游乐场保存的权重文件，或另一个文件。</translation>
    </message>
    <message>
        <source>its class names are not a list</source>
        <translation>其中的类别名称不是列表</translation>
    </message>
    <message>
        <source>it names {names} classes for {outputs} outputs</source>
        <translation>它列出了 {names} 个类别，却有 {outputs} 个输出</translation>
    </message>
    <message>
        <source>its network options are not a table</source>
        <translation>其中的网络选项不是表</translation>
    </message>
    <message>
        <source>its {key} is {value}, not a whole number from {low} to {high}</source>
        <translation>其中的 {key} 是 {value}，而不是 {low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>its normalisation (mean, std) is not a list of numbers</source>
        <translation>其中的归一化参数（均值、标准差）不是数字列表</translation>
    </message>
    <message>
        <source>it was made for a network this version does not know ({arch})</source>
        <translation>它是为本版本不认识的网络制作的（{arch}）</translation>
    </message>
    <message>
        <source>it has {n} classes</source>
        <translation>它有 {n} 个类别</translation>
    </message>
    <message>
        <source>its normalisation has {values} values for {channels} channels</source>
        <translation>其中的归一化参数有 {values} 个值，却有 {channels} 个通道</translation>
    </message>
    <message>
        <source>its normalisation (mean, std) is not finite and positive</source>
        <translation>其中的归一化参数（均值、标准差）不是有限的正数</translation>
    </message>
    <message>
        <source>its image size {size} is outside 1..{high}</source>
        <translation>其中的图像尺寸 {size} 超出 1..{high}</translation>
    </message>
    <message>
        <source>it names an unknown network option {key}</source>
        <translation>它含有未知的网络选项 {key}</translation>
    </message>
    <message>
        <source>its option {key} = {value} is not valid</source>
        <translation>其中的选项 &apos;{key} = {value}&apos; 无效</translation>
    </message>
    <message>
        <source>{name} is not a digit model (28x28 grey images, 10 classes): choose a model trained on MNIST.</source>
        <translation>{name} 不是数字模型（28x28 灰度图像，10 个类别）：请选择在 MNIST 上训练的模型。</translation>
    </message>
    <message>
        <source>{path} holds no best.pt: give a run folder with at least one finished epoch, or a weights file.</source>
        <translation>{path} 中没有 best.pt：请给出至少完成了一个轮次的训练文件夹，或一个权重文件。</translation>
    </message>
    <message>
        <source>{path} has no {missing}: it holds weights only (a copy of best.pt?), so the run cannot continue where it stopped. Put the run&apos;s own last.pt back, or start a new run.</source>
        <translation>{path} 中没有 {missing}：它只有权重（也许是 best.pt 的副本？），所以训练无法从停下的地方继续。请放回这次训练自己的 last.pt，或开始新的训练。</translation>
    </message>
    <message>
        <source>{path} does not say which epoch it holds: it holds weights only (a copy of best.pt?), so the run cannot continue where it stopped. Put the run&apos;s own last.pt back, or start a new run.</source>
        <translation>{path} 没有写明它保存的是哪个轮次：它只有权重（也许是 best.pt 的副本？），所以训练无法从停下的地方继续。请放回这次训练自己的 last.pt，或开始新的训练。</translation>
    </message>
    <message>
        <source>{path} does not match this run&apos;s settings ({error}): resume with the settings the run was started with, or start a new run.</source>
        <translation>{path} 与这次训练的设置不符（{error}）：请用开始训练时的设置继续，或开始新的训练。</translation>
    </message>
</context>
</TS>
