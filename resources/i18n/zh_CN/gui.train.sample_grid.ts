<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SampleGrid</name>
    <message>
        <source>Sample images</source>
        <translation>样例图像</translation>
    </message>
    <message>
        <source>Mistakes first</source>
        <translation>错误优先</translation>
    </message>
    <message>
        <source>Show mistakes first</source>
        <translation>错误的排在前面</translation>
    </message>
    <message>
        <source>Put the wrongly classified test images first: looking at what the network gets wrong often tells more than the accuracy.</source>
        <translation>把分类错误的测试图像排在前面：看看网络错在哪里，往往比准确率更能说明问题。</translation>
    </message>
    <message>
        <source>Sample images appear here.</source>
        <translation>样例图像会显示在这里。</translation>
    </message>
    <message>
        <source>Sample images appear once the data is on this computer (press Start).</source>
        <translation>数据到达本机后会显示样例图像（按“开始”）。</translation>
    </message>
    <message>
        <source>Loading sample images…</source>
        <translation>正在加载样例图像…</translation>
    </message>
    <message>
        <source>No sample images: {why}</source>
        <translation>没有样例图像：{why}</translation>
    </message>
    <message>
        <source>Training images with their labels</source>
        <translation>训练图像及其标签</translation>
    </message>
    <message>
        <source>predicted {p} ({c:.0%} sure), true label {t}</source>
        <translation>预测 {p}（把握 {c:.0%}），真实标签 {t}</translation>
    </message>
    <message>
        <source>After epoch {e}: {w} of {n} test images wrong</source>
        <translation>第 {e} 轮后：{n} 张测试图像中错了 {w} 张</translation>
    </message>
    <message>
        <source>Before training: images from the training set with their labels. After each epoch: test images with the network&apos;s answer; a red frame and &apos;predicted ≠ true&apos; mark a mistake. Hover an image for details.</source>
        <translation>训练前：训练集中的图像及其标签。每轮之后：测试图像及网络的回答；红框和“预测 ≠ 真实”表示错误。鼠标悬停在图像上可查看详情。</translation>
    </message>
</context>
</TS>
