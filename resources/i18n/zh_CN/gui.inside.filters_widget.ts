<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FiltersWidget</name>
    <message>
        <source>{name} · filter {j}: {kh}×{kw}, weight norm {norm:.3f}</source>
        <translation>{name} · 卷积核 {j}：{kh}×{kw}，权重范数 {norm:.3f}</translation>
    </message>
    <message>
        <source>First and selected layer</source>
        <translation>第一层和所选层</translation>
    </message>
    <message>
        <source>Show the filters of every convolutional layer, or only of the chosen ones.</source>
        <translation>显示每个卷积层的卷积核，或只显示所选的层。</translation>
    </message>
    <message>
        <source>This network has no convolution filters (an MLP looks at all pixels at once).</source>
        <translation>这个网络没有卷积核（MLP 一次看所有像素）。</translation>
    </message>
    <message>
        <source>in colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>averaged over {c} input channels</source>
        <translation>对 {c} 个输入通道取平均</translation>
    </message>
    <message>
        <source>, first {n} of {c}</source>
        <translation>，{c} 个中的前 {n} 个</translation>
    </message>
    <message>
        <source>{name}: {c} filters of {kh}×{kw}</source>
        <translation>{name}：{c} 个 {kh}×{kw} 卷积核</translation>
    </message>
</context>
</TS>
