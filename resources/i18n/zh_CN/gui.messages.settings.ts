<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>Mix in another dataset than the one trained on, or none.</source>
        <translation>请混入与训练数据集不同的数据集，或不混入。</translation>
    </message>
    <message>
        <source>An image folder cannot be mixed in: choose a built-in or downloaded dataset.</source>
        <translation>图像文件夹不能混入：请选择内置或已下载的数据集。</translation>
    </message>
    <message>
        <source>A mixed batch needs at least 2 images: one from each dataset.</source>
        <translation>混合批次至少需要 2 张图像：每个数据集各一张。</translation>
    </message>
    <message>
        <source>{mixed} cannot be mixed into {data}: both need the same image size, colour channels and number of classes. Mix in another dataset, or none.</source>
        <translation>{mixed} 不能混入 {data}：两者的图像尺寸、颜色通道数和类别数必须相同。请混入其他数据集，或不混入。</translation>
    </message>
    <message>
        <source>Your own network needs a network file: give one with --network FILE, or design one.</source>
        <translation>你自己的网络需要一个网络文件：用 --network 文件 指定一个，或设计一个。</translation>
    </message>
    <message>
        <source>one of {choices}</source>
        <translation>为以下之一：{choices}</translation>
    </message>
    <message>
        <source>above {low} and up to {high}</source>
        <translation>大于 {low} 且不超过 {high}</translation>
    </message>
    <message>
        <source>from {low} to below {high}</source>
        <translation>从 {low} 到小于 {high}</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translation>介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <source>on or off</source>
        <translation>开或关</translation>
    </message>
    <message>
        <source>any text</source>
        <translation>任意文字</translation>
    </message>
    <message>
        <source>{help} It must be set: {range}.</source>
        <translation>{help}必须设置：{range}。</translation>
    </message>
    <message>
        <source>{help} It must be {range}, not {value}.</source>
        <translation>{help}它必须{range}，而不是 {value}。</translation>
    </message>
    <message>
        <source>Unknown value {value}: {help} It must be {range}.</source>
        <translation>未知的值 {value}：{help}它必须{range}。</translation>
    </message>
    <message>
        <source>Nesterov needs the SGD optimizer with momentum above 0.</source>
        <translation>Nesterov 需要 SGD 优化器且动量大于 0。</translation>
    </message>
    <message>
        <source>Writing styles (slashed zeros, crossed sevens ...) are for digits: pick &apos;handwriting&apos;.</source>
        <translation>书写风格（带斜杠的 0、带横的 7……）只适用于数字：请选择“手写风格”。</translation>
    </message>
    <message>
        <source>Choose an image folder (one sub-folder of images per class).</source>
        <translation>请选择一个图像文件夹（每个类别一个图像子文件夹）。</translation>
    </message>
    <message>
        <source>{net} takes images with {wanted} colour channels, but these have {n}. Pick another network or convert the images to grey or RGB.</source>
        <translation>{net} 需要 {wanted} 个颜色通道的图像，但这些图像有 {n} 个。请换一个网络，或把图像转换为灰度或 RGB。</translation>
    </message>
    <message>
        <source>{net} needs images at least {min}x{min} pixels, but these are {size}x{size}. Pick a dataset with larger images or a network that takes any size, such as the MLP.</source>
        <translation>{net} 需要至少 {min}x{min} 像素的图像，但这些图像是 {size}x{size}。请选择图像更大的数据集，或能接受任意尺寸的网络，例如 MLP。</translation>
    </message>
    <message>
        <source>These settings do not go together: {problem}</source>
        <translation>这些设置不能同时使用：{problem}</translation>
    </message>
</context>
</TS>
