<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TeachPanel</name>
    <message>
        <source>Teach it my handwriting</source>
        <translation>教它认我的笔迹</translation>
    </message>
    <message>
        <source>Fine-tune the chosen digit model on the digits you collected, mixed with MNIST so that it does not forget everyone else&apos;s. A fifth of each digit (at least two) is kept aside to check on. About half a minute; the result is saved as a new run and used at once.</source>
        <translation>用你收集的数字微调所选的数字模型，并混入 MNIST，让它不忘记别人的写法。每个数字留出五分之一（至少两个）用来检验。约需半分钟；结果保存为一条新的训练记录并立即使用。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Collect at least {n} digits first (you have {k}): some to learn from, some to check on.</source>
        <translation>请先至少收集 {n} 个数字（你现在有 {k} 个）：一部分用来学习，一部分用来检验。</translation>
    </message>
    <message>
        <source>A run is training: teach it once that run has ended.</source>
        <translation>正在训练：等这次训练结束后再教它。</translation>
    </message>
    <message>
        <source>Stop teaching</source>
        <translation>停止教学</translation>
    </message>
    <message>
        <source>Teaching it your {k} digits…</source>
        <translation>正在教它认你的 {k} 个数字…</translation>
    </message>
    <message>
        <source>Teaching the bundled digit model your {k} digits…</source>
        <translation>正在教内置数字模型认你的 {k} 个数字…</translation>
    </message>
    <message>
        <source>MNIST: {mb:.1f} % → {ma:.1f} %</source>
        <translation>MNIST：{mb:.1f} % → {ma:.1f} %</translation>
    </message>
    <message>
        <source>Saved as a new run, now in use: {name}.</source>
        <translation>已保存为新的训练记录，正在使用：{name}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>It learnt from all your {k} digits, but they are too few to measure how well it reads them: draw at least {need} of each digit you collect (fewer of: {digits}), so that two of each can be kept aside to check on.</source>
        <translation>它学习了你全部 {k} 个数字，但数字太少，无法衡量它认得好不好：你收集的每个数字至少要画 {need} 个（不够的数字：{digits}），这样每个数字才能留出两个用来检验。</translation>
    </message>
    <message>
        <source>It learnt from {t} of your digits and kept {n} aside to check on: it read {b:.0f} % of those right before and {a:.0f} % after.</source>
        <translation>它学习了你的 {t} 个数字，留出 {n} 个用来检验：训练前认对其中的 {b:.0f} %，训练后认对 {a:.0f} %。</translation>
    </message>
    <message>
        <source>{measured} ({mnist}) {saved}</source>
        <translation>{measured}（{mnist}）{saved}</translation>
    </message>
    <message>
        <source>Stopped before the first epoch ended: nothing was saved.</source>
        <translation>在第一轮结束前停止：没有保存任何内容。</translation>
    </message>
    <message>
        <source>Stopped after epoch {epoch}: {name} keeps it; resume it in the Runs tab.</source>
        <translation>在第 {epoch} 轮后停止：{name} 已保存这些轮次；可在“训练记录”标签页中继续训练。</translation>
    </message>
</context>
</TS>
