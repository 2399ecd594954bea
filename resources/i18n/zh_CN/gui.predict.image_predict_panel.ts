<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ImagePredictPanel</name>
    <message>
        <source>Open image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <source>Choose a picture file (PNG, JPEG …) for the network to classify.</source>
        <translation>选择一个图片文件（PNG、JPEG 等）让网络分类。</translation>
    </message>
    <message>
        <source>Random test image</source>
        <translation>随机测试图像</translation>
    </message>
    <message>
        <source>Pick a random image from the test images of the model&apos;s dataset: images it never saw while learning.</source>
        <translation>从模型所用数据集的测试图像中随机选一张：这些是它学习时从未见过的图像。</translation>
    </message>
    <message>
        <source>Open an image file or drop one here</source>
        <translation>打开图像文件或拖放到这里</translation>
    </message>
    <message>
        <source>Image the network receives</source>
        <translation>网络接收到的图像</translation>
    </message>
    <message>
        <source>How to read the bars: each bar is how sure the network is that the picture shows that class. The orange bar is its answer; all bars add up to 1. A long bar for a wrong class means the network was confidently wrong.</source>
        <translation>如何看柱状图：每个柱表示网络认为图像属于该类别的把握。橙色柱是它的回答；所有柱加起来等于 1。错误类别的柱很长，说明网络自信地犯了错。</translation>
    </message>
    <message>
        <source>the picture</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>what the network sees</source>
        <translation>网络看到的图像</translation>
    </message>
    <message>
        <source>The picture after preprocessing: scaled and cropped to the size the network was trained on (digits: cropped to the ink and centred, as MNIST).</source>
        <translation>预处理后的图像：缩放并裁剪到网络训练时的尺寸（数字：按笔迹裁剪并居中，与 MNIST 相同）。</translation>
    </message>
    <message>
        <source>No model chosen: pick one above.</source>
        <translation>尚未选择模型：请在上方选择一个。</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>请先选择一个模型。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>The picture looks empty: no digit found in it.</source>
        <translation>图像看起来是空的：没有找到数字。</translation>
    </message>
    <message>
        <source>This model cannot read the picture: %1</source>
        <translation>这个模型无法读取该图像：%1</translation>
    </message>
    <message>
        <source>The test images of this model&apos;s dataset are not loaded: %1</source>
        <translation>该模型所用数据集的测试图像尚未加载：%1</translation>
    </message>
    <message>
        <source>they load when the model is chosen, if they are on this computer.</source>
        <translation>如果它们在这台电脑上，选择模型时会自动加载。</translation>
    </message>
    <message>
        <source>Test image %1 of %2</source>
        <translation>测试图像 %1 / %2</translation>
    </message>
    <message>
        <source>True label: %1 — %2</source>
        <translation>真实标签：%1 —— %2</translation>
    </message>
    <message>
        <source>right ✓</source>
        <translation>正确 ✓</translation>
    </message>
    <message>
        <source>wrong ✗</source>
        <translation>错误 ✗</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>还没有图像</translation>
    </message>
    <message>
        <source>%1 % sure</source>
        <translation>把握 %1 %</translation>
    </message>
</context>
</TS>
