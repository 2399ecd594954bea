<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Let the sweep try {value}.</source>
        <translation>让超参数搜索尝试 {value}。</translation>
    </message>
</context>
<context>
    <name>ParamEditors</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>How big each step of learning is: it matters most.</source>
        <translation>每一步学习迈多大：它最重要。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Images per weight update.</source>
        <translation>每次权重更新所用的图像数。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The rule that turns gradients into weight changes.</source>
        <translation>把梯度变成权重变化的规则。</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <source>Pulls weights towards 0: less overfitting.</source>
        <translation>把权重拉向 0：减少过拟合。</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>Dropout（随机失活）</translation>
    </message>
    <message>
        <source>Share of units switched off at random while training.</source>
        <translation>训练时随机关闭的神经元比例。</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>The function after each layer.</source>
        <translation>每层之后的函数。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Which architecture to train.</source>
        <translation>训练哪种网络结构。</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Random changes to each training batch.</source>
        <translation>对每个训练批次做的随机变换。</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>Spread the values on a log scale: as many between 0.0001 and 0.001 as between 0.01 and 0.1.</source>
        <translation>在对数刻度上分布取值：0.0001 到 0.001 之间和 0.01 到 0.1 之间取的值一样多。</translation>
    </message>
    <message>
        <source>The smallest value the sweep may try.</source>
        <translation>超参数搜索可尝试的最小值。</translation>
    </message>
    <message>
        <source>The largest value the sweep may try.</source>
        <translation>超参数搜索可尝试的最大值。</translation>
    </message>
    <message>
        <source>{name}: lowest value</source>
        <translation>{name}：最小值</translation>
    </message>
    <message>
        <source>{name}: highest value</source>
        <translation>{name}：最大值</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
</context>
</TS>
