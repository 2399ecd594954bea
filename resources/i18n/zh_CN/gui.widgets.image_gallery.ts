<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ImageGallery</name>
    <message>
        <source>Test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source> (showing the first {shown:,} of {total:,})</source>
        <translation>（显示 {total:,} 张中的前 {shown:,} 张）</translation>
    </message>
    <message>
        <source>no images here.</source>
        <translation>这里没有图像。</translation>
    </message>
    <message>
        <source>Test image #{i}: true &apos;{t}&apos;, predicted &apos;{p}&apos; with {c:.1f} % confidence. Click to try what-ifs on it.</source>
        <translation>测试图像 #{i}：真实为“{t}”，预测为“{p}”，置信度 {c:.1f} %。点击可对它做“如果”实验。</translation>
    </message>
</context>
</TS>
