<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FoolPanel</name>
    <message>
        <source>FGSM: one step</source>
        <translation>FGSM：一步</translation>
    </message>
    <message>
        <source>PGD: {n} small steps</source>
        <translation>PGD：{n} 小步</translation>
    </message>
    <message>
        <source>FGSM moves every pixel once by the full strength; PGD takes small steps and usually needs less.</source>
        <translation>FGSM 把每个像素按全部强度改动一次；PGD 走很多小步，通常需要的强度更小。</translation>
    </message>
    <message>
        <source>Any wrong answer, or one class you choose: make it say that.</source>
        <translation>任何错误答案，或你选的一个类别：让它说出这个类别。</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>The most any pixel may change: 0.1 is a tenth of the way from black to white.</source>
        <translation>每个像素最多能改变多少：0.1 就是从黑到白的十分之一。</translation>
    </message>
    <message>
        <source>The picture</source>
        <translation>原图</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>改动后</translation>
    </message>
    <message>
        <source>The change, magnified</source>
        <translation>改动（放大显示）</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>Why it matters: a change too small for you to notice can make a network sure of a wrong answer. It follows the gradient, the direction the network is most sensitive to, and those directions are not the ones people look at. Self-driving cars and spam filters must be made robust to this.</source>
        <translation>为什么重要：一个小到你察觉不到的改动，就能让网络确信一个错误答案。这种改动沿着梯度走，也就是网络最敏感的方向，而这些方向并不是人看图时注意的地方。自动驾驶汽车和垃圾邮件过滤器都必须能抵御这种攻击。</translation>
    </message>
    <message>
        <source>Any other answer</source>
        <translation>任何其他答案</translation>
    </message>
    <message>
        <source>Make it say &apos;{c}&apos;</source>
        <translation>让它说“{c}”</translation>
    </message>
    <message>
        <source>Could not fool the network: {m}</source>
        <translation>无法骗过网络：{m}</translation>
    </message>
    <message>
        <source>Draw a digit or pick a test image, then move the strength slider.</source>
        <translation>手写一个数字或选一张测试图像，然后拖动强度滑块。</translation>
    </message>
    <message>
        <source>Before: &lt;b&gt;{a}&lt;/b&gt; ({p} %). Now: &lt;b style=&apos;color:{c}&apos;&gt;{n}&lt;/b&gt; ({q} %).</source>
        <translation>改动前：&lt;b&gt;{a}&lt;/b&gt;（{p} %）。现在：&lt;b style=&apos;color:{c}&apos;&gt;{n}&lt;/b&gt;（{q} %）。</translation>
    </message>
    <message>
        <source>The smallest strength that works: &lt;b&gt;{s:.2f}&lt;/b&gt;.</source>
        <translation>能改变答案的最小强度：&lt;b&gt;{s:.2f}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>No strength up to {s:.2f} works.</source>
        <translation>强度到 {s:.2f} 为止都改变不了答案。</translation>
    </message>
    <message>
        <source>&apos;{a}&apos; (the first answer)</source>
        <translation>“{a}”（原来的答案）</translation>
    </message>
    <message>
        <source>&apos;{t}&apos; (wanted)</source>
        <translation>“{t}”（想要的答案）</translation>
    </message>
</context>
</TS>
