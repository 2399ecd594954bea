<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PredictTab</name>
    <message>
        <source>Draw</source>
        <translation>手写</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger</source>
        <translation>用鼠标、手写笔或手指写一个数字</translation>
    </message>
    <message>
        <source>Open an image file, drop one here, or pick a random test image</source>
        <translation>打开图像文件、拖放到这里，或随机选一张测试图像</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>This model was trained on photos, not drawings: show it a picture instead. Collecting your digits and teaching the bundled digit model still work here.</source>
        <translation>这个模型是用照片而不是手写图训练的：请给它看一张图片。在这里仍可以收集你的手写数字，并教内置数字模型认它们。</translation>
    </message>
    <message>
        <source>This model was trained on photos, not drawings: show it a picture instead.</source>
        <translation>这个模型是用照片而不是手写图训练的：请给它看一张图片。</translation>
    </message>
    <message>
        <source>The model you had before is still in use.</source>
        <translation>仍在使用之前的模型。</translation>
    </message>
</context>
</TS>
