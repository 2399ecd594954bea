<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EvaluateView</name>
    <message>
        <source>Train a network or open a run to see how it does on the test images.</source>
        <translation>训练一个网络或打开一次训练记录，查看它在测试集上的表现。</translation>
    </message>
    <message>
        <source>Save matrix…</source>
        <translation>保存矩阵…</translation>
    </message>
    <message>
        <source>Save gallery…</source>
        <translation>保存图集…</translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation>保存表格…</translation>
    </message>
    <message>
        <source>Save the confusion matrix as a PNG picture.</source>
        <translation>将混淆矩阵保存为 PNG 图片。</translation>
    </message>
    <message>
        <source>Save the gallery on the right as a PNG picture.</source>
        <translation>将右侧的图集保存为 PNG 图片。</translation>
    </message>
    <message>
        <source>Save the per-class accuracy table as CSV, for a spreadsheet.</source>
        <translation>将各类别准确率表保存为 CSV，可用电子表格打开。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <source>Confusion matrix: each row is the true class, each column the network&apos;s answer. Green cells on the diagonal are right answers, red cells are mistakes (darker = a larger share of that row). Each cell shows the number of test images and their percentage of the row. Click a cell to see its images.</source>
        <translation>混淆矩阵：每一行是真实类别，每一列是网络的回答。对角线上的绿色格子是正确回答，红色格子是错误（颜色越深，占该行的比例越大）。每个格子显示测试图像的数量及其占该行的百分比。点击格子可查看其中的图像。</translation>
    </message>
    <message>
        <source>Per-class accuracy: the share of each class&apos;s test images recognised correctly.</source>
        <translation>各类别准确率：每个类别的测试图像中被正确识别的比例。</translation>
    </message>
    <message>
        <source>Click a cell of the confusion matrix to see its test images here.</source>
        <translation>点击混淆矩阵的格子，在这里查看对应的测试图像。</translation>
    </message>
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
        <source>The test images of the chosen cell, the ones the network was surest about first. Each shows the network&apos;s answer and its confidence; red ones are mistakes.</source>
        <translation>所选格子的测试图像，网络最有把握的排在前面。每张图显示网络的回答及其置信度；红色的是错误。</translation>
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
        <source>Epoch {e}</source>
        <translation>第 {e} 轮</translation>
    </message>
    <message>
        <source>Predicting {n:,} test images…</source>
        <translation>正在预测 {n:,} 张测试图像…</translation>
    </message>
    <message>
        <source>Bundled digit model</source>
        <translation>内置数字模型</translation>
    </message>
    <message>
        <source>Finished run</source>
        <translation>已完成的训练</translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <source>Current run</source>
        <translation>当前训练</translation>
    </message>
    <message>
        <source>Could not predict the test images: {m}</source>
        <translation>无法预测测试图像：{m}</translation>
    </message>
    <message>
        <source>The predictions do not match the test set: open the run again.</source>
        <translation>预测结果与测试集不匹配：请重新打开该训练记录。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{h}&lt;/b&gt; &amp;nbsp; test accuracy &lt;b&gt;{a:.2f} %&lt;/b&gt; &amp;nbsp; test loss {l:.4f} &amp;nbsp; {w:,} of {n:,} test images wrong</source>
        <translation>&lt;b&gt;{h}&lt;/b&gt; &amp;nbsp; 测试准确率 &lt;b&gt;{a:.2f} %&lt;/b&gt; &amp;nbsp; 测试损失 {l:.4f} &amp;nbsp; {n:,} 张测试图像中错了 {w:,} 张</translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation>最有把握的错误</translation>
    </message>
    <message>
        <source>&apos;{t}&apos; recognised correctly</source>
        <translation>“{t}”识别正确</translation>
    </message>
    <message>
        <source>&apos;{t}&apos; taken for &apos;{p}&apos;</source>
        <translation>“{t}”被认成“{p}”</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>你的手写图</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
</TS>
