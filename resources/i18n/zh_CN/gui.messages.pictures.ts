<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>The image is too small ({w}x{h} pixels).</source>
        <translation>图像太小（{w}x{h} 像素）。</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>{path} 处没有文件。</translation>
    </message>
    <message>
        <source>{file} is too large to read with the memory left.</source>
        <translation>{file} 太大，剩余内存不足以读取。</translation>
    </message>
    <message>
        <source>Could not read {file} as an image: {why}</source>
        <translation>无法把 {file} 作为图像读取：{why}</translation>
    </message>
    <message>
        <source>Could not read {file} as an image: it is not a picture format this program reads (PNG, JPEG, BMP, TIFF, WebP ...).</source>
        <translation>无法把 {file} 作为图像读取：它不是本程序能读取的图片格式（PNG、JPEG、BMP、TIFF、WebP …）。</translation>
    </message>
    <message>
        <source>{file} is {w}x{h} pixels ({millions:.0f} million); pictures up to {limit} million pixels can be read. Save a smaller copy (for example 4000 pixels wide) and use that.</source>
        <translation>{file} 为 {w}x{h} 像素（{millions:.0f} 百万像素）；只能读取不超过 {limit} 百万像素的图片。请另存一个较小的副本（例如宽 4000 像素）再使用。</translation>
    </message>
    <message>
        <source>{file} has {millions:.0f} million pixels; pictures up to {limit} million pixels can be read. Save a smaller copy (for example 4000 pixels wide) and use that.</source>
        <translation>{file} 有 {millions:.0f} 百万像素；只能读取不超过 {limit} 百万像素的图片。请另存一个较小的副本（例如宽 4000 像素）再使用。</translation>
    </message>
    <message>
        <source>{file} has too many pixels; pictures up to {limit} million pixels can be read. Save a smaller copy (for example 4000 pixels wide) and use that.</source>
        <translation>{file} 的像素太多；只能读取不超过 {limit} 百万像素的图片。请另存一个较小的副本（例如宽 4000 像素）再使用。</translation>
    </message>
    <message>
        <source>A model is exported from one run folder, not {n}: choose one.</source>
        <translation>一次只能从一个训练文件夹导出模型，而不是 {n} 个：请选择一个。</translation>
    </message>
    <message>
        <source>Choose at least one run folder to export its metrics.</source>
        <translation>请至少选择一个训练文件夹来导出它的指标。</translation>
    </message>
    <message>
        <source>These runs have no finished epoch yet, so they have no metrics to export.</source>
        <translation>这些训练还没有完成任何轮次，所以没有可导出的指标。</translation>
    </message>
    <message>
        <source>{path} is not a run folder (it holds no config.json). Choose a folder made by a run.</source>
        <translation>{path} 不是训练文件夹（其中没有 config.json）。请选择由训练生成的文件夹。</translation>
    </message>
    <message>
        <source>There is no run folder or weights file at {path}.</source>
        <translation>{path} 处没有训练文件夹或权重文件。</translation>
    </message>
    <message>
        <source>{path} holds no weights yet: export it after its first finished epoch.</source>
        <translation>{path} 中还没有权重：请在它完成第一个轮次后再导出。</translation>
    </message>
    <message>
        <source>{format} export needs the packages {packages}, an optional extra of CNN Playground. Start it with them: {how} (add the command and its options, e.g. {how} export ...).</source>
        <translation>导出 {format} 需要软件包 {packages}，它们是 CNN 游乐场的可选附加组件。请带上它们启动：{how}（再加上命令及其选项，例如 &apos;{how} export ...&apos;）。</translation>
    </message>
    <message>
        <source>{error}. Start CNN Playground with the onnx extra: {how}</source>
        <translation>{error}。请带上 &apos;onnx&apos; 附加组件启动 CNN 游乐场：{how}</translation>
    </message>
    <message>
        <source>{arch} could not be exported as {format}: {error}</source>
        <translation>无法把 {arch} 导出为 {format}：{error}</translation>
    </message>
    <message>
        <source>Stopped: the model was not changed.</source>
        <translation>已停止：模型没有改变。</translation>
    </message>
    <message>
        <source>Device {device} is not available on this computer. Available: {known}.</source>
        <translation>这台电脑上没有设备 {device}。可用的有：{known}。</translation>
    </message>
    <message>
        <source>The exported {format} answers differently from the network: probabilities differ by up to {diff:.1e} (allowed {allowed:.0e}) on {n} {images}. Nothing was saved; export another format.</source>
        <translation>导出的 {format} 与网络给出的答案不同：在 {n} 张图像（{images}）上，概率最多相差 {diff:.1e}（允许 {allowed:.0e}）。没有保存任何文件；请导出为其他格式。</translation>
    </message>
    <message>
        <source>This picture is not grey, grey with alpha, RGB or RGBA (its pixels come as an array of shape {shape}): save it as a PNG or JPEG and open it again.</source>
        <translation>这张图片不是灰度、带透明通道的灰度、RGB 或 RGBA 图像（它的像素数组形状为 {shape}）：请把它另存为 PNG 或 JPEG 后再打开。</translation>
    </message>
</context>
</TS>
