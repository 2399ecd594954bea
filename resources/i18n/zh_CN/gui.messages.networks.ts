<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>it is your own network but carries no network file</source>
        <translation>它是你自己的网络，却没有带网络文件</translation>
    </message>
    <message>
        <source>its network file cannot be used ({why})</source>
        <translation>它的网络文件无法使用（{why}）</translation>
    </message>
    <message>
        <source>its network does not fit its images ({why})</source>
        <translation>它的网络与它的图像不匹配（{why}）</translation>
    </message>
    <message>
        <source>{size}x{size} images are too small for these layers: choose a larger image size, or a network with fewer poolings.</source>
        <translation>{size}x{size} 的图像对这些层来说太小了：请选择更大的图像尺寸，或池化层更少的网络。</translation>
    </message>
    <message>
        <source>This network has no final Linear layer, so it has no last hidden layer to map.</source>
        <translation>这个网络的末尾没有全连接层，所以没有可供映射的最后一个隐藏层。</translation>
    </message>
    <message>
        <source>The code can be written for torchvision&apos;s datasets ({datasets}), not for {dataset}.</source>
        <translation>只能为 torchvision 的数据集（{datasets}）生成代码，不能为 {dataset} 生成。</translation>
    </message>
</context>
</TS>
