<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ResultTabs</name>
    <message>
        <source>Show random test images</source>
        <translation>显示随机测试图像</translation>
    </message>
    <message>
        <source>Show other test images, picked at random, with the network&apos;s answers.</source>
        <translation>随机显示另一些测试图像及网络的答案。</translation>
    </message>
    <message>
        <source>Use my drawing</source>
        <translation>使用我的手写图</translation>
    </message>
    <message>
        <source>Try the sliders on the digit you drew in Draw &amp; predict instead of a test image.</source>
        <translation>用你在“手写与预测”中画的数字代替测试图像来试试滑块。</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>所选格子</translation>
    </message>
    <message>
        <source>Wrong answers given with the highest confidence: &apos;true → predicted&apos;. Often the label itself is doubtful, or the digit really looks like the other class.</source>
        <translation>置信度最高的错误回答：“真实 → 预测”。这些图像的标签本身常常可疑，或者数字确实像另一类。</translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation>高置信度错误</translation>
    </message>
    <message>
        <source>A random handful of test images with the network&apos;s answer: green = right, red = wrong.</source>
        <translation>随机抽取的几张测试图像及网络的回答：绿色 = 正确，红色 = 错误。</translation>
    </message>
    <message>
        <source>Random test images</source>
        <translation>随机测试图像</translation>
    </message>
    <message>
        <source>Change one image and watch the answer: how far can a digit turn, move, thicken or get noisy before the network changes its mind? Click an image in any gallery to use it here.</source>
        <translation>改变一张图像并观察回答：数字旋转、平移、变粗或加噪声到什么程度，网络才会改变判断？点击任一图集中的图像即可在此使用。</translation>
    </message>
    <message>
        <source>What if…?</source>
        <translation>如果……会怎样？</translation>
    </message>
    <message>
        <source>The test images of the confusion-matrix cell you clicked.</source>
        <translation>你在混淆矩阵中点击的格子里的测试图像。</translation>
    </message>
    <message>
        <source>The test images of the chosen cell, the ones the network was surest about first. Each shows the network&apos;s answer and its confidence; red ones are mistakes. Click one to follow it in the what-if sliders, the map and Inside the network.</source>
        <translation>所选格子的测试图像，网络最有把握的排在前面。每张图显示网络的回答及其置信度；红色的是错误。点击一张图像，即可在“如果……会怎样？”滑块、分布图和“网络内部”中跟随它。</translation>
    </message>
    <message>
        <source>The test images the network got wrong while being most sure of itself.</source>
        <translation>网络最有把握却答错的测试图像。</translation>
    </message>
    <message>
        <source>A random handful of test images with the network&apos;s answers.</source>
        <translation>随机几张测试图像及网络的答案。</translation>
    </message>
    <message>
        <source>Rotate, shift, thicken or add noise to an image and watch the answer change.</source>
        <translation>旋转、平移、加粗图像或加入噪声，看答案如何变化。</translation>
    </message>
    <message>
        <source>Click a cell of the confusion matrix to see its test images here.</source>
        <translation>点击混淆矩阵的格子，在这里查看对应的测试图像。</translation>
    </message>
</context>
</TS>
