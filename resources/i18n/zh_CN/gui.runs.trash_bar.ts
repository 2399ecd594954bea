<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TrashBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Put the deleted runs back where they were</source>
        <translation>把删除的训练记录放回原处</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收文件夹</translation>
    </message>
    <message>
        <source>Delete the runs in the trash for good (asks first)</source>
        <translation>永久删除回收文件夹中的训练记录（会先询问）</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n runs to the trash folder {folder}.</source>
        <translation>
            <numerusform>已将 %n 个训练记录移到回收文件夹 {folder}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n runs back.</source>
        <translation>
            <numerusform>已放回 %n 个训练记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>清空回收文件夹？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n runs in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>永久删除回收文件夹中的 %n 个训练记录？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n runs for good.</source>
        <translation>
            <numerusform>已永久删除 %n 个训练记录。</numerusform>
        </translation>
    </message>
</context>
</TS>
