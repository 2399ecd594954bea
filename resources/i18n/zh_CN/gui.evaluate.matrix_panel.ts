<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MatrixPanel</name>
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
</context>
</TS>
