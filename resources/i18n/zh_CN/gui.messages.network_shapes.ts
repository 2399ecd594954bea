<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>a flat list of {n:,} numbers</source>
        <translation>一串 {n:,} 个数</translation>
    </message>
    <message>
        <source>a {h}x{w} picture with {c} channels</source>
        <translation>{c} 个通道的 {h}x{w} 图像</translation>
    </message>
    <message>
        <source>a {h}x{w} picture with 1 channel</source>
        <translation>1 个通道的 {h}x{w} 图像</translation>
    </message>
    <message>
        <source>The model cannot take {c}x{size}x{size} images: {why}</source>
        <translation>这个模型无法接收 {c}x{size}x{size} 的图像：{why}</translation>
    </message>
    <message>
        <source>The network is empty: add layers, ending with a linear layer of &quot;classes&quot; units (one output per class), or start from a built-in network.</source>
        <translation>网络是空的：请添加层，最后一层是单元数为 &apos;classes&apos; 的线性层（每个类别一个输出），或者从一个内置网络开始。</translation>
    </message>
    <message>
        <source>this {title} needs a picture (channels x height x width), but the layers above it make {shape}: move it above the flatten and linear layers.</source>
        <translation>这个{title}需要一幅图像（通道 × 高 × 宽），但它上面的层输出的是{shape}：请把它移到展平层和线性层的上面。</translation>
    </message>
    <message>
        <source>this {k}x{k} {title} gets a {h}x{w} picture: set its padding to {pad} or use a smaller kernel</source>
        <translation>这个 {k}x{k} {title}得到的是 {h}x{w} 的图像：把它的 &apos;padding&apos; 设为 {pad}，或用更小的 &apos;kernel&apos;</translation>
    </message>
    <message>
        <source>its padding ({padding}) is more than half its kernel ({kernel}): set it to {half}</source>
        <translation>它的 &apos;padding&apos;（{padding}）超过了 &apos;kernel&apos;（{kernel}）的一半：请设为 {half}</translation>
    </message>
    <message>
        <source>this residual block adds its input to what its convolutions make, so both need the same channels: it gets {got} channels but is set to {set}; set its channels to {got} (or 0 to follow its input), or put a 1x1 convolution with {set} channels above it</source>
        <translation>这个残差模块把输入加到卷积的结果上，所以两者的通道数必须相同：它得到 {got} 个通道，却设为 {set}；把它的 &apos;channels&apos; 设为 {got}（或设为 0 跟随输入），或在它上面放一个 {set} 通道的 1x1 卷积</translation>
    </message>
    <message>
        <source>{misfit}.</source>
        <translation>{misfit}。</translation>
    </message>
    <message>
        <source>{misfit}, or remove the pooling above it.</source>
        <translation>{misfit}，或删掉它上面的池化层。</translation>
    </message>
    <message>
        <source>this {title} cannot take {shape} ({why}).</source>
        <translation>这个{title}无法接收{shape}（{why}）。</translation>
    </message>
    <message>
        <source>this {title} gets {shape} and leaves nothing of it: use a smaller stride or kernel, or remove the pooling above it.</source>
        <translation>这个{title}得到的是{shape}，处理后什么也不剩：请用更小的 &apos;stride&apos; 或 &apos;kernel&apos;，或删掉它上面的池化层。</translation>
    </message>
    <message>
        <source>the network ends with {shape}, but it must end with one number per class: add a linear layer of &quot;classes&quot; units at the end.</source>
        <translation>网络最后输出的是{shape}，但它必须以每个类别一个数结束：请在最后添加一个单元数为 &apos;classes&apos; 的线性层。</translation>
    </message>
    <message>
        <source>the network ends with {n:,} outputs, but these images have {classes} classes: end with a linear layer of &quot;classes&quot; units (one output per class).</source>
        <translation>网络最后有 {n:,} 个输出，但这些图像有 {classes} 个类别：请以单元数为 &apos;classes&apos; 的线性层结束（每个类别一个输出）。</translation>
    </message>
    <message>
        <source>the network has {total:,} weights ({worst:,} of them in this {title}): training it needs about {gb:,.0f} GB of memory, more than a computer has to spare (at most {most:,} weights). Use fewer channels or units, or more pooling before the linear layers.</source>
        <translation>网络有 {total:,} 个权重（其中 {worst:,} 个在这个{title}中）：训练它大约需要 {gb:,.0f} GB 内存，超出一台计算机能腾出的内存（最多 {most:,} 个权重）。请减少通道数或单元数，或在线性层之前多加池化。</translation>
    </message>
</context>
</TS>
