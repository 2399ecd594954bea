<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>Evaluation ran out of memory with {before} images at a time; it goes on with {after}.</source>
        <translation>评估时每次 {before} 张图像内存不足；改为每次 {after} 张继续。</translation>
    </message>
    <message>
        <source>The images take {needed} on {device}, but only {free} of its {total} is free (training needs room beside them).</source>
        <translation>这些图像在 {device} 上要占 {needed}，但其 {total} 中只剩 {free} 空闲（训练还需要额外的空间）。</translation>
    </message>
    <message>
        <source>Use a smaller image size or fewer training images (training subset), close other programs using the GPU, or train on the CPU.</source>
        <translation>请使用更小的图像尺寸或更少的训练图像（训练子集），关闭其他占用 GPU 的程序，或改用 CPU 训练。</translation>
    </message>
</context>
</TS>
