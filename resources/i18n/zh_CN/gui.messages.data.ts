<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>There is no dataset called {name}. Choose one of: {known}.</source>
        <translation>没有名为 {name} 的数据集。请从以下选择：{known}。</translation>
    </message>
    <message>
        <source>Images can have 1 (grey) or 3 (colour) channels, not {channels}.</source>
        <translation>图像只能有 1 个（灰度）或 3 个（彩色）通道，不能是 {channels} 个。</translation>
    </message>
    <message>
        <source>Choose an image size between 8 and 512 pixels, not {size}.</source>
        <translation>请选择 8 到 512 像素之间的图像尺寸，而不是 {size}。</translation>
    </message>
    <message>
        <source>{what} was cancelled.</source>
        <translation>{what}已取消。</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>加载</translation>
    </message>
    <message>
        <source>The download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Loading the image folder</source>
        <translation>加载图像文件夹</translation>
    </message>
    <message>
        <source>{data} is not in {folder} and downloading is turned off. Allow the download, choose a data folder that already holds it, or use the built-in &apos;shapes&apos; set, which needs no download.</source>
        <translation>{data} 不在 {folder} 中，且下载已关闭。请允许下载，选择一个已包含它的数据文件夹，或使用无需下载的内置“形状”数据集。</translation>
    </message>
    <message>
        <source>the server answered {code} {reason}</source>
        <translation>服务器返回 {code} {reason}</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器没有及时响应</translation>
    </message>
    <message>
        <source>could not connect ({why})</source>
        <translation>无法连接（{why}）</translation>
    </message>
    <message>
        <source>the connection closed after {done} of {total} bytes</source>
        <translation>连接在收到 {done} / {total} 字节后关闭</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>Could not download {data}: {why}. Check the internet connection and try again, choose a data folder that already holds it, or use the built-in &apos;shapes&apos; set, which needs no download.</source>
        <translation>无法下载 {data}：{why}。请检查网络连接后重试，选择一个已包含它的数据文件夹，或使用无需下载的内置“形状”数据集。</translation>
    </message>
    <message>
        <source>Cannot write to {folder} ({why}). Choose another data folder.</source>
        <translation>无法写入 {folder}（{why}）。请选择另一个数据文件夹。</translation>
    </message>
    <message>
        <source>The file {path} is damaged or incomplete ({reason}). Delete it and load {data} again to download a fresh copy.</source>
        <translation>文件 {path} 已损坏或不完整（{reason}）。请删除它，然后重新加载 {data} 以下载新的副本。</translation>
    </message>
    <message>
        <source>it could not be unpacked: {error}</source>
        <translation>无法解压：{error}</translation>
    </message>
    <message>
        <source>its images are {shape}, not {size}x{size}</source>
        <translation>其中的图像是 {shape}，而不是 {size}x{size}</translation>
    </message>
    <message>
        <source>it has {labels} labels for {images} images</source>
        <translation>它有 {labels} 个标签，却有 {images} 张图像</translation>
    </message>
    <message>
        <source>it has labels outside 0..{last}</source>
        <translation>它含有 0..{last} 以外的标签</translation>
    </message>
    <message>
        <source>it is not a valid IDX file</source>
        <translation>它不是有效的 IDX 文件</translation>
    </message>
    <message>
        <source>it is shorter or longer than its header says</source>
        <translation>它的长度与文件头所写的不符</translation>
    </message>
    <message>
        <source>the file arrived damaged (checksum mismatch)</source>
        <translation>下载的文件已损坏（校验和不符）</translation>
    </message>
    <message>
        <source>The file {path} is damaged ({error}). Reinstall the system package that provides it, or download {data} into the data folder.</source>
        <translation>文件 {path} 已损坏（{error}）。请重新安装提供它的系统软件包，或把 {data} 下载到数据文件夹中。</translation>
    </message>
    <message>
        <source>No image folder is chosen. Choose a folder with one sub-folder of images per class.</source>
        <translation>尚未选择图像文件夹。请选择一个每类一个图像子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose a folder with one sub-folder of images per class.</source>
        <translation>文件夹 {folder} 不存在。请选择一个每类一个图像子文件夹的文件夹。</translation>
    </message>
    <message>
        <source>Put the images of each class in their own sub-folder, e.g. {folder}/cats and {folder}/dogs.</source>
        <translation>请把每个类别的图像放在各自的子文件夹中，例如 {folder}/cats 和 {folder}/dogs。</translation>
    </message>
    <message>
        <source>The folder {folder} needs at least 2 classes but found 1 class sub-folder with images. {layout}</source>
        <translation>文件夹 {folder} 至少需要 2 个类别，但只找到 1 个含图像的类别子文件夹。{layout}</translation>
    </message>
    <message>
        <source>The folder {folder} needs at least 2 classes but found no class sub-folders with images. {layout}</source>
        <translation>文件夹 {folder} 至少需要 2 个类别，但没有找到含图像的类别子文件夹。{layout}</translation>
    </message>
    <message>
        <source>The {n} images in {folder} would take {gib:.1f} GiB of memory at {size}x{size}. Choose a smaller image size or a folder with fewer images.</source>
        <translation>{folder} 中的 {n} 张图像在 {size}x{size} 尺寸下将占用 {gib:.1f} GiB 内存。请选择更小的图像尺寸，或图像更少的文件夹。</translation>
    </message>
    <message>
        <source>None of the images in {folder} could be read. {layout}</source>
        <translation>{folder} 中没有一张图像能被读取。{layout}</translation>
    </message>
    <message>
        <source>You have not collected enough digits yet: on the Draw tab turn on &apos;Collect&apos;, draw a digit and press its number key. Two or more are needed.</source>
        <translation>你收集的数字还不够：在“绘制”标签页中打开“收集”，写一个数字并按下对应的数字键。至少需要两个。</translation>
    </message>
    <message>
        <source>Too few digits to measure: draw at least {needed} of each digit you collect; these have fewer: {digits}. All are learnt from; none is held out to check on.</source>
        <translation>数字太少，无法衡量：你收集的每个数字至少要画 {needed} 个；这些数字不够：{digits}。全部用于学习，没有留出用来检验的数字。</translation>
    </message>
    <message>
        <source>Collect some digits first: fine-tuning needs labelled digits to learn from.</source>
        <translation>请先收集一些数字：微调需要带标签的数字来学习。</translation>
    </message>
    <message>
        <source>A digit label is 0-9, not {label}.</source>
        <translation>数字标签只能是 0-9，不能是 {label}。</translation>
    </message>
</context>
</TS>
