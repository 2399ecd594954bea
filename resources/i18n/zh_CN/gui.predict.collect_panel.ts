<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CollectPanel</name>
    <message>
        <source>zero</source>
        <translation>0</translation>
    </message>
    <message>
        <source>one</source>
        <translation>1</translation>
    </message>
    <message>
        <source>two</source>
        <translation>2</translation>
    </message>
    <message>
        <source>three</source>
        <translation>3</translation>
    </message>
    <message>
        <source>four</source>
        <translation>4</translation>
    </message>
    <message>
        <source>five</source>
        <translation>5</translation>
    </message>
    <message>
        <source>six</source>
        <translation>6</translation>
    </message>
    <message>
        <source>seven</source>
        <translation>7</translation>
    </message>
    <message>
        <source>eight</source>
        <translation>8</translation>
    </message>
    <message>
        <source>nine</source>
        <translation>9</translation>
    </message>
    <message>
        <source>zeros</source>
        <translation>0</translation>
    </message>
    <message>
        <source>ones</source>
        <translation>1</translation>
    </message>
    <message>
        <source>twos</source>
        <translation>2</translation>
    </message>
    <message>
        <source>threes</source>
        <translation>3</translation>
    </message>
    <message>
        <source>fours</source>
        <translation>4</translation>
    </message>
    <message>
        <source>fives</source>
        <translation>5</translation>
    </message>
    <message>
        <source>sixes</source>
        <translation>6</translation>
    </message>
    <message>
        <source>sevens</source>
        <translation>7</translation>
    </message>
    <message>
        <source>eights</source>
        <translation>8</translation>
    </message>
    <message>
        <source>nines</source>
        <translation>9</translation>
    </message>
    <message>
        <source>Collect my digits</source>
        <translation>收集我的手写数字</translation>
    </message>
    <message>
        <source>Turn on, draw a digit, then press its number key (0-9).</source>
        <translation>打开后，手写一个数字，再按对应的数字键（0-9）。</translation>
    </message>
    <message>
        <source>Test the model on my digits</source>
        <translation>用我的数字测试模型</translation>
    </message>
    <message>
        <source>Measure how many of the digits you collected the current model reads correctly.</source>
        <translation>测一测当前模型能正确识别你收集的数字中的多少个。</translation>
    </message>
    <message>
        <source>Collect mode builds a dataset of your own handwriting: draw a digit, then press its number key (or click its button below). It is saved and the canvas is cleared for the next one. Train on &quot;My digits&quot; later, or test how well a model reads you.</source>
        <translation>收集模式用你自己的笔迹建立数据集：手写一个数字，然后按对应的数字键（或点击下方对应的按钮）。它会被保存，画布随即清空以便写下一个。之后可以在“我的数字”上训练，或测试模型认你的字认得多好。</translation>
    </message>
    <message>
        <source>Class digits…</source>
        <translation>全班的数字…</translation>
    </message>
    <message>
        <source>Export your digits for the teacher, or gather the whole class&apos;s digits and compare models.</source>
        <translation>把你的数字导出给老师，或汇总全班的数字并比较模型。</translation>
    </message>
    <message>
        <source>Save the drawing as a %1</source>
        <translation>将手写图保存为 %1</translation>
    </message>
    <message>
        <source>How many %1 you have collected</source>
        <translation>已收集的 %1 的数量</translation>
    </message>
    <message>
        <source>Accuracy on your digits, per digit</source>
        <translation>你的各个数字上的准确率</translation>
    </message>
    <message>
        <source>read right</source>
        <translation>认对</translation>
    </message>
    <message>
        <source>Collecting: press 0-9 (click to stop)</source>
        <translation>收集中：按 0-9（点击停止）</translation>
    </message>
    <message>
        <source>Draw a digit, then press its number key.</source>
        <translation>手写一个数字，然后按对应的数字键。</translation>
    </message>
    <message>
        <source>Draw a digit first, then press its number key.</source>
        <translation>请先手写一个数字，再按对应的数字键。</translation>
    </message>
    <message>
        <source>That drawing is too faint to save: draw the digit again.</source>
        <translation>这张手写图太淡，无法保存：请重新写这个数字。</translation>
    </message>
    <message>
        <source>Could not save the digit: %1</source>
        <translation>无法保存该数字：%1</translation>
    </message>
    <message>
        <source>Saved an %1 — %2 %3 so far</source>
        <translation>已保存一个 %1 —— 目前共 %2 个 %3</translation>
    </message>
    <message>
        <source>Saved a %1 — %2 %3 so far</source>
        <translation>已保存一个 %1 —— 目前共 %2 个 %3</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>请先选择一个模型。</translation>
    </message>
    <message>
        <source>This model does not read digits (it knows: %1). Choose a digit model to test it on your handwriting.</source>
        <translation>这个模型不认识数字（它认识：%1）。请选择一个数字模型来测试你的笔迹。</translation>
    </message>
    <message>
        <source>No digits collected yet: turn on &quot;Collect my digits&quot;, draw a digit and press its number key.</source>
        <translation>还没有收集任何数字：打开“收集我的手写数字”，手写一个数字并按对应的数字键。</translation>
    </message>
    <message>
        <source>Testing the model on your digits…</source>
        <translation>正在用你的数字测试模型…</translation>
    </message>
    <message>
        <source>The model read %1 % of your %2 digits correctly.</source>
        <translation>模型正确识别了你的 %2 个数字中的 %1 %。</translation>
    </message>
    <message>
        <source>None collected yet for: %1.</source>
        <translation>以下数字还没有收集：%1。</translation>
    </message>
    <message>
        <source>Each bar is the share of that digit read right.</source>
        <translation>每个柱表示该数字被认对的比例。</translation>
    </message>
</context>
</TS>
