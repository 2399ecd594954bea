<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SummaryTable</name>
    <message>
        <source>Layer summary</source>
        <translation>各层概览</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>The layer&apos;s name in the model and its kind.</source>
        <translation>该层在模型中的名称及其类型。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Shape of what the layer hands on: channels × height × width.</source>
        <translation>该层传出的数据形状：通道 × 高 × 宽。</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Trainable numbers in this layer; fully connected layers usually hold most.</source>
        <translation>该层中可训练的参数个数；全连接层通常占大部分。</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Floating-point operations for one image (a multiply-add counts 2): what makes a layer slow.</source>
        <translation>处理一张图像所需的浮点运算次数（一次乘加算 2 次）：决定了一层有多慢。</translation>
    </message>
    <message>
        <source>Receptive field</source>
        <translation>感受野</translation>
    </message>
    <message>
        <source>Receptive field: how many input pixels (along one side) one output position can see. It grows with each convolution and pooling layer.</source>
        <translation>感受野：一个输出位置能看到多少输入像素（边长）。每经过一个卷积层和池化层它就会增大。</translation>
    </message>
    <message>
        <source>Summary totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Working out the layer sizes…</source>
        <translation>正在计算各层大小…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{p}&lt;/b&gt; weights ({t} trainable) · &lt;b&gt;{f}&lt;/b&gt; per image · input {i} → output {o}</source>
        <translation>&lt;b&gt;{p}&lt;/b&gt; 个权重（{t} 个可训练）· 每张图像 &lt;b&gt;{f}&lt;/b&gt; · 输入 {i} → 输出 {o}</translation>
    </message>
</context>
</TS>
