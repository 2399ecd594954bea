<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BalanceWarnings</name>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no {part} images.</source>
        <translation>“{name}”没有{part}图像。</translation>
    </message>
    <message numerus="yes">
        <source>&apos;{name}&apos; is rare among the {part} images: %n, against {average} per class.</source>
        <translation>
            <numerusform>“{name}”在{part}图像中很少：%n 张，而每个类别平均有 {average} 张。</numerusform>
        </translation>
    </message>
    <message>
        <source>A network sees rare classes seldom and learns them last: add images of those classes, or expect lower accuracy on them.</source>
        <translation>网络很少见到稀少的类别，学得也最晚：请为这些类别添加图像，否则它们的准确率会较低。</translation>
    </message>
</context>
<context>
    <name>CountsTable</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
</context>
<context>
    <name>SkippedFiles</name>
    <message>
        <source>not an image</source>
        <translation>不是图像</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>太大</translation>
    </message>
</context>
</TS>
