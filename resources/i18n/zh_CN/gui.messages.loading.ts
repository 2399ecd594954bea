<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>1 not an image</source>
        <translation>1 个不是图像</translation>
    </message>
    <message>
        <source>{n} not images</source>
        <translation>{n} 个不是图像</translation>
    </message>
    <message>
        <source>{n} unreadable</source>
        <translation>{n} 个无法读取</translation>
    </message>
    <message>
        <source>{n} too large</source>
        <translation>{n} 个太大</translation>
    </message>
    <message>
        <source>skipped 1 file: {counts}</source>
        <translation>跳过了 1 个文件：{counts}</translation>
    </message>
    <message>
        <source>skipped {total} files: {counts}</source>
        <translation>跳过了 {total} 个文件：{counts}</translation>
    </message>
    <message>
        <source>{path}: class not in the train split, left out</source>
        <translation>{path}：该类别不在训练集中，已略去</translation>
    </message>
    <message>
        <source>{path}: no images, class left out</source>
        <translation>{path}：没有图像，该类别已略去</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}：{why}</translation>
    </message>
    <message>
        <source>not an image</source>
        <translation>不是图像</translation>
    </message>
    <message>
        <source>... and {n} more files skipped</source>
        <translation>…… 另有 {n} 个文件被跳过</translation>
    </message>
    <message>
        <source>Drawing shapes</source>
        <translation>正在绘制形状</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>它的校验和不符</translation>
    </message>
    <message>
        <source>not an image file</source>
        <translation>不是图像文件</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>无法读取（{error}）</translation>
    </message>
    <message>
        <source>Reading {data} from {folder}</source>
        <translation>正在从 {folder} 读取 {data}</translation>
    </message>
    <message>
        <source>Reading {data}</source>
        <translation>正在读取 {data}</translation>
    </message>
    <message>
        <source>Reading images</source>
        <translation>正在读取图像</translation>
    </message>
    <message>
        <source>Downloading {data}</source>
        <translation>正在下载 {data}</translation>
    </message>
    <message>
        <source>Downloading {data}: file {i} of {n} ({file})</source>
        <translation>正在下载 {data}：第 {i} 个文件，共 {n} 个（{file}）</translation>
    </message>
    <message>
        <source>Unpacking {data}</source>
        <translation>正在解压 {data}</translation>
    </message>
</context>
</TS>
