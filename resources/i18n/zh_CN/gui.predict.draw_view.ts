<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DrawView</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation>删除上一笔 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Start again with an empty canvas (Delete)</source>
        <translation>清空画布重新开始 (Delete)</translation>
    </message>
    <message>
        <source>Image the network receives</source>
        <translation>网络接收到的图像</translation>
    </message>
    <message>
        <source>what the network sees</source>
        <translation>网络看到的图像</translation>
    </message>
    <message>
        <source>Your drawing cropped, scaled to 20 pixels and centred in 28 x 28 pixels, the way the MNIST digits were prepared.</source>
        <translation>你的手写图经过裁剪、缩放到 20 像素，并居中放在 28 x 28 像素中，与 MNIST 数字的处理方式相同。</translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>No trained model yet. Train one on the Train tab or open a saved model, then draw here to see what it reads.</source>
        <translation>还没有训练好的模型。请在“训练”页训练一个或打开已保存的模型，然后在这里手写，看看它认出什么。</translation>
    </message>
    <message>
        <source>%1 % sure</source>
        <translation>把握 %1 %</translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation>手写一个数字</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>The bars show how sure the network is about each digit: the longer the bar, the more it believes that is what you drew. The orange bar is its answer. All bars add up to 1.</source>
        <translation>柱状图显示网络对每个数字的把握：柱越长，它越相信你写的是这个数字。橙色柱是它的回答。所有柱加起来等于 1。</translation>
    </message>
    <message>
        <source>The bars show how sure the network is about each class: the longer the bar, the more it believes that is what you drew. The orange bar is its answer. All bars add up to 1.</source>
        <translation>柱状图显示网络对每个类别的把握：柱越长，它越相信你画的是这个类别。橙色柱是它的回答。所有柱加起来等于 1。</translation>
    </message>
</context>
</TS>
