<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>core</name>
    <message>
        <source>Layer {layer}: this {k}x{k} {what} gets a {h}x{w} picture: set its padding to {pad} or use a smaller kernel, or remove the pooling above it.</source>
        <translation>第 {layer} 层：这个 {k}x{k} {what}得到的是 {h}x{w} 的图像：把它的 &apos;padding&apos; 设为 {pad}，或用更小的 &apos;kernel&apos;，或删掉它上面的池化层。</translation>
    </message>
    <message>
        <source>Layer {layer}: this {k}x{k} {what} gets a {h}x{w} picture: set its padding to {pad} or use a smaller kernel.</source>
        <translation>第 {layer} 层：这个 {k}x{k} {what}得到的是 {h}x{w} 的图像：把它的 &apos;padding&apos; 设为 {pad}，或用更小的 &apos;kernel&apos;。</translation>
    </message>
    <message>
        <source>Layer {layer}: this residual block adds its input to what its convolutions make, so both need the same channels: it gets {got} channels but is set to {set}; set its channels to {got} (or 0 to follow its input), or put a 1x1 convolution with {set} channels above it.</source>
        <translation>第 {layer} 层：这个残差模块把输入加到卷积的结果上，所以两者的通道数必须相同：它得到 {got} 个通道，却设为 {set}；把它的 &apos;channels&apos; 设为 {got}（或设为 0 跟随输入），或在它上面放一个 {set} 通道的 1x1 卷积。</translation>
    </message>
    <message>
        <source>The network is empty: add layers, ending with a linear layer of &quot;classes&quot; units (one output per class), or start from a built-in network.</source>
        <translation>网络是空的：请添加层，最后一层是单元数为 &apos;classes&apos; 的线性层（每个类别一个输出），或者从一个内置网络开始。</translation>
    </message>
    <message>
        <source>Layer {layer}: the network has {total} weights ({worst} of them in this {label}): training it needs about {gb} GB of memory, more than a computer has to spare (at most {most} weights).</source>
        <translation>第 {layer} 层：网络有 {total} 个权重（其中 {worst} 个在这个 {label} 中）：训练它大约需要 {gb} GB 内存，超出一台计算机能腾出的内存（最多 {most} 个权重）。</translation>
    </message>
    <message>
        <source>Use fewer channels or units, or more pooling before the linear layers.</source>
        <translation>请减少通道数或单元数，或在线性层之前多加池化。</translation>
    </message>
    <message>
        <source>{source} was written by a newer CNN Playground (network file version {newer}); this one reads version {ours}.</source>
        <translation>{source} 是由更新版本的 CNN Playground 写的（网络文件版本 {newer}）；这个版本只能读取版本 {ours}。</translation>
    </message>
    <message>
        <source>Update CNN Playground, or save the network from the newer one as version {ours}.</source>
        <translation>请更新 CNN Playground，或在新版本中把网络另存为版本 {ours}。</translation>
    </message>
    <message>
        <source>Layer {layer}: this {label} needs a picture (channels x height x width), but the layers above it make {what}: move it above the flatten and linear layers.</source>
        <translation>第 {layer} 层：这个 {label} 需要一幅图像（通道 × 高 × 宽），但它上面的层输出的是{what}：请把它移到展平层和线性层的上面。</translation>
    </message>
    <message>
        <source>Layer {layer}: the network ends with {what}, but it must end with one number per class: add a linear layer of &quot;classes&quot; units at the end.</source>
        <translation>第 {layer} 层：网络最后输出的是{what}，但它必须以每个类别一个数结束：请在最后添加一个单元数为 &apos;classes&apos; 的线性层。</translation>
    </message>
    <message>
        <source>Layer {layer}: the network ends with {n} outputs, but these images have {classes} classes: end with a linear layer of &quot;classes&quot; units (one output per class).</source>
        <translation>第 {layer} 层：网络最后有 {n} 个输出，但这些图像有 {classes} 个类别：请以单元数为 &apos;classes&apos; 的线性层结束（每个类别一个输出）。</translation>
    </message>
    <message>
        <source>Layer {layer}: this repeat has no layers to repeat: add some, or remove it.</source>
        <translation>第 {layer} 层：这个重复模块里没有可以重复的层：请添加一些，或删除它。</translation>
    </message>
    <message>
        <source>a flat list of {n} numbers</source>
        <translation>一串 {n} 个数</translation>
    </message>
    <message>
        <source>a {h}x{w} picture with {c} channels</source>
        <translation>{c} 个通道的 {h}x{w} 图像</translation>
    </message>
    <message>
        <source>a {h}x{w} picture with {c} channel</source>
        <translation>{c} 个通道的 {h}x{w} 图像</translation>
    </message>
    <message>
        <source>convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>max pooling</source>
        <translation>最大池化</translation>
    </message>
    <message>
        <source>average pooling</source>
        <translation>平均池化</translation>
    </message>
</context>
</TS>
