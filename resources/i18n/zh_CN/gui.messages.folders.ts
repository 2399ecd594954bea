<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>The runs folder {folder} is a file, not a folder: choose a folder for the runs.</source>
        <translation>训练文件夹 {folder} 是一个文件，不是文件夹：请为训练选择一个文件夹。</translation>
    </message>
    <message>
        <source>The runs folder {folder} does not exist and cannot be made ({error}): is its drive connected? Choose another runs folder.</source>
        <translation>训练文件夹 {folder} 不存在，也无法创建（{error}）：它所在的驱动器连接了吗？请选择另一个训练文件夹。</translation>
    </message>
    <message>
        <source>The runs folder {folder} cannot be written to (permission denied): choose a folder you can write to.</source>
        <translation>无法写入训练文件夹 {folder}（没有权限）：请选择一个你能写入的文件夹。</translation>
    </message>
    <message>
        <source>The data folder {folder} is a file, not a folder: choose the folder that holds the datasets.</source>
        <translation>数据文件夹 {folder} 是一个文件，不是文件夹：请选择存放数据集的文件夹。</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be read: choose a folder you can read.</source>
        <translation>无法读取数据文件夹 {folder}：请选择一个你能读取的文件夹。</translation>
    </message>
    <message>
        <source>pid {pid}</source>
        <translation>进程 {pid}</translation>
    </message>
    <message>
        <source>pid {pid} on {host}</source>
        <translation>{host} 上的进程 {pid}</translation>
    </message>
    <message>
        <source>{run} is being trained by another process.</source>
        <translation>{run} 正由另一个进程训练。</translation>
    </message>
    <message>
        <source>{run} is being trained by another process ({holder}).</source>
        <translation>{run} 正由另一个进程训练（{holder}）。</translation>
    </message>
    <message>
        <source>{run} cannot be locked for training ({error}): choose a run folder you can write to.</source>
        <translation>无法锁定 {run} 以进行训练（{error}）：请选择一个你能写入的训练文件夹。</translation>
    </message>
    <message>
        <source>{folder} holds no weights yet (no best.pt or last.pt): choose it after its first finished epoch, or choose another run.</source>
        <translation>{folder} 还没有权重（没有 best.pt 或 last.pt）：请在它完成第一轮后再选择，或选择另一次训练。</translation>
    </message>
    <message>
        <source>{folder} already holds {limit} run folders named {name}: choose another runs folder.</source>
        <translation>{folder} 中已有 {limit} 个名为 {name} 的训练文件夹：请选择另一个训练文件夹。</translation>
    </message>
</context>
</TS>
