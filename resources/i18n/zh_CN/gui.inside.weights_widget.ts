<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WeightsWidget</name>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <source>at start</source>
        <translation>初始</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Weight change per epoch</source>
        <translation>每轮权重变化</translation>
    </message>
    <message>
        <source>Gradient strength (how hard training pushes each layer)</source>
        <translation>梯度强度（训练推动每层的力度）</translation>
    </message>
    <message>
        <source>What the curves below show per layer: how much its weights changed, or how hard training pushes it.</source>
        <translation>下方曲线按层显示的内容：权重变化了多少，或训练推动它的力度有多大。</translation>
    </message>
    <message>
        <source>relative change</source>
        <translation>相对变化</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Per layer:</source>
        <translation>每层：</translation>
    </message>
    <message>
        <source>This layer has no weights of its own: pick a conv or fully connected layer.</source>
        <translation>该层没有自己的权重：请选择卷积层或全连接层。</translation>
    </message>
    <message>
        <source>Weight histograms appear when a network is loaded.</source>
        <translation>加载网络后显示权重直方图。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;: {c:,} weights, mean {m:+.4f}, spread (std) {s:.4f}</source>
        <translation>&lt;b&gt;{n}&lt;/b&gt;：{c:,} 个权重，均值 {m:+.4f}，离散度（标准差）{s:.4f}</translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <source>Weight change per epoch: how far each layer&apos;s weights moved during the last epoch, relative to their size (log scale). Layers whose line drops low have mostly stopped learning. Appears from the second epoch on; this is not the gradient itself, which the trainer does not report.</source>
        <translation>每轮权重变化：上一轮中每层权重移动了多少，相对于权重自身的大小（对数刻度）。曲线降得很低的层基本已停止学习。从第二轮开始显示；这不是梯度本身，训练器不报告梯度。</translation>
    </message>
    <message>
        <source>Gradient norm per layer, as reported by the trainer.</source>
        <translation>训练器报告的每层梯度范数。</translation>
    </message>
</context>
</TS>
