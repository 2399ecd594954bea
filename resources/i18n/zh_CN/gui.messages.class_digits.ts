<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>Give a writer name made of letters or digits, for example your first name.</source>
        <translation>请输入由字母或数字组成的书写者名字，例如你的名字。</translation>
    </message>
    <message>
        <source>There are no collected digits to export: collect some on the Draw tab first.</source>
        <translation>没有可导出的已收集数字：请先在“手写”页收集一些。</translation>
    </message>
    <message>
        <source>{file} was not imported: {why}.</source>
        <translation>{file} 未导入：{why}。</translation>
    </message>
    <message>
        <source>it is larger than {mb} MB</source>
        <translation>它大于 {mb} MB</translation>
    </message>
    <message>
        <source>it is not a digits export of CNN Playground</source>
        <translation>它不是 CNN 游乐场导出的数字文件</translation>
    </message>
    <message>
        <source>it comes from a newer CNN Playground: update this one</source>
        <translation>它来自更新版本的 CNN 游乐场：请更新本程序</translation>
    </message>
    <message>
        <source>its list of digits is damaged</source>
        <translation>它的数字列表已损坏</translation>
    </message>
    <message>
        <source>a digit picture is {w}x{h}, not 28x28</source>
        <translation>有一张数字图片是 {w}x{h}，不是 28x28</translation>
    </message>
    <message>
        <source>a digit&apos;s label is not 0-9</source>
        <translation>有一个数字的标签不是 0-9</translation>
    </message>
    <message>
        <source>a digit&apos;s file name is not one this app writes</source>
        <translation>有一个数字的文件名不是本程序写出的</translation>
    </message>
    <message>
        <source>The class set needs digits from at least two writers (some train, others test): import the students&apos; exported digits on the Draw tab (Class digits).</source>
        <translation>全班数字集至少需要两位书写者的数字（一些用于训练，另一些用于测试）：请在“手写”页（全班的数字）导入学生导出的数字。</translation>
    </message>
    <message>
        <source>The class set has no test writers yet: import digits from at least two students.</source>
        <translation>全班数字集还没有测试书写者：请导入至少两位学生的数字。</translation>
    </message>
</context>
</TS>
