<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RunsTab</name>
    <message>
        <source>Check that the runs folder can be written to.</source>
        <translation>请检查训练文件夹是否可写。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the runs folder again</source>
        <translation>重新读取训练文件夹</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Make the selected run the current model: Train shows its curves, the other tabs its network</source>
        <translation>将所选训练设为当前模型：“训练”页显示它的曲线，其他页显示它的网络</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move the selected runs to the trash folder (Del); Undo puts them back</source>
        <translation>把选中的训练记录移到回收文件夹（Del 键）；“撤销”可放回原处</translation>
    </message>
    <message>
        <source>Close programs using the folder.</source>
        <translation>请关闭正在使用该文件夹的程序。</translation>
    </message>
    <message>
        <source>Run folders</source>
        <translation>训练文件夹</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the selected runs&apos; metrics, plots or model</source>
        <translation>保存选中训练记录的指标、曲线图或模型</translation>
    </message>
    <message>
        <source>Choose another runs folder in the settings.</source>
        <translation>请在设置中选择另一个训练文件夹。</translation>
    </message>
    <message>
        <source>Refresh the list: the folder may have changed.</source>
        <translation>刷新列表：文件夹内容可能已改变。</translation>
    </message>
    <message>
        <source>The run in training cannot be deleted.</source>
        <translation>正在训练的记录不能删除。</translation>
    </message>
    <message>
        <source>Stop it first.</source>
        <translation>请先停止训练。</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>正在训练中。</translation>
    </message>
    <message>
        <source>Open the run once the training has ended.</source>
        <translation>请在训练结束后再打开该训练记录。</translation>
    </message>
</context>
</TS>
