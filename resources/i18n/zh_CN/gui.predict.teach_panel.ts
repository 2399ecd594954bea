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
        <source>Fine-tune the chosen digit model on the digits you collected, mixed with MNIST so that it does not forget everyone else&apos;s. About half a minute for 100 digits; the result is saved as a new model and used at once.</source>
        <translation>用你收集的数字（混合 MNIST，以免它忘掉别人的笔迹）微调所选的数字模型。100 个数字约需半分钟；结果保存为新模型并立即使用。</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Choose a digit model first (one trained on MNIST or your digits).</source>
        <translation>请先选择一个数字模型（在 MNIST 或你的数字上训练的）。</translation>
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
        <source>Of your {n} held-out digits it read {b:.0f} % right before and {a:.0f} % after (MNIST: {mb:.1f} % → {ma:.1f} %). Saved as a new model, now in use: {name}.</source>
        <translation>在你留作检验的 {n} 个数字上，它之前认对 {b:.0f} %，之后认对 {a:.0f} %（MNIST：{mb:.1f} % → {ma:.1f} %）。已保存为新模型并正在使用：{name}。</translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation>已停止：没有保存任何内容。</translation>
    </message>
</context>
</TS>
