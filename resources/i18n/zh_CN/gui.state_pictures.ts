<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppState</name>
    <message>
        <source>The {data} test images are not on this computer yet. Train once on {data} (it downloads them) or choose a data folder that holds them, and this tab shows how the model does.</source>
        <translation>{data} 的测试图像还不在这台电脑上。在 {data} 上训练一次（会自动下载），或选择一个包含它们的数据文件夹，这里就会显示模型的表现。</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>你的手写图</translation>
    </message>
    <message>
        <source>Test image #{i}</source>
        <translation>测试图像 #{i}</translation>
    </message>
</context>
</TS>
