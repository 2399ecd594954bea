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
        <source>Could not read {file} as an image: it is not a picture format this program reads (PNG, JPEG, BMP, TIFF, WebP ...).</source>
        <translation>无法把 {file} 作为图像读取：它不是本程序能读取的图片格式（PNG、JPEG、BMP、TIFF、WebP …）。</translation>
    </message>
    <message>
        <source>{file} is {w}x{h} pixels ({millions:.0f} million); pictures up to {limit} million pixels can be read. Save a smaller copy (for example 4000 pixels wide) and use that.</source>
        <translation>{file} 为 {w}x{h} 像素（{millions:.0f} 百万像素）；只能读取不超过 {limit} 百万像素的图片。请另存一个较小的副本（例如宽 4000 像素）再使用。</translation>
    </message>
    <message>
        <source>{file} has {millions:.0f} million pixels; pictures up to {limit} million pixels can be read. Save a smaller copy (for example 4000 pixels wide) and use that.</source>
        <translation>{file} 有 {millions:.0f} 百万像素；只能读取不超过 {limit} 百万像素的图片。请另存一个较小的副本（例如宽 4000 像素）再使用。</translation>
    </message>
    <message>
        <source>{file} has too many pixels; pictures up to {limit} million pixels can be read. Save a smaller copy (for example 4000 pixels wide) and use that.</source>
        <translation>{file} 的像素太多；只能读取不超过 {limit} 百万像素的图片。请另存一个较小的副本（例如宽 4000 像素）再使用。</translation>
    </message>
    <message>
        <source>A model is exported from one run folder, not {n}: choose one.</source>
        <translation>一次只能从一个训练文件夹导出模型，而不是 {n} 个：请选择一个。</translation>
    </message>
    <message>
        <source>Choose at least one run folder to export its metrics.</source>
        <translation>请至少选择一个训练文件夹来导出它的指标。</translation>
    </message>
    <message>
        <source>These runs have no finished epoch yet, so they have no metrics to export.</source>
        <translation>这些训练还没有完成任何轮次，所以没有可导出的指标。</translation>
    </message>
    <message>
        <source>{path} is not a run folder (it holds no config.json). Choose a folder made by a run.</source>
        <translation>{path} 不是训练文件夹（其中没有 config.json）。请选择由训练生成的文件夹。</translation>
    </message>
    <message>
        <source>There is no run folder or weights file at {path}.</source>
        <translation>{path} 处没有训练文件夹或权重文件。</translation>
    </message>
    <message>
        <source>{path} holds no weights yet: export it after its first finished epoch.</source>
        <translation>{path} 中还没有权重：请在它完成第一个轮次后再导出。</translation>
    </message>
    <message>
        <source>{format} export needs the packages {packages}, an optional extra of CNN Playground. Start it with them: {how} (add the command and its options, e.g. {how} export ...).</source>
        <translation>导出 {format} 需要软件包 {packages}，它们是 CNN 游乐场的可选附加组件。请带上它们启动：{how}（再加上命令及其选项，例如 &apos;{how} export ...&apos;）。</translation>
    </message>
    <message>
        <source>{error}. Start CNN Playground with the onnx extra: {how}</source>
        <translation>{error}。请带上 &apos;onnx&apos; 附加组件启动 CNN 游乐场：{how}</translation>
    </message>
    <message>
        <source>{arch} could not be exported as {format}: {error}</source>
        <translation>无法把 {arch} 导出为 {format}：{error}</translation>
    </message>
    <message>
        <source>Stopped: the model was not changed.</source>
        <translation>已停止：模型没有改变。</translation>
    </message>
    <message>
        <source>Device {device} is not available on this computer. Available: {known}.</source>
        <translation>这台电脑上没有设备 {device}。可用的有：{known}。</translation>
    </message>
    <message>
        <source>The exported {format} answers differently from the network: probabilities differ by up to {diff:.1e} (allowed {allowed:.0e}) on {n} {images}. Nothing was saved; export another format.</source>
        <translation>导出的 {format} 与网络给出的答案不同：在 {n} 张图像（{images}）上，概率最多相差 {diff:.1e}（允许 {allowed:.0e}）。没有保存任何文件；请导出为其他格式。</translation>
    </message>
</context>
</TS>
