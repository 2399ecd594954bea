<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExportActions</name>
    <message>
        <source>Metrics as &amp;CSV (all selected runs)…</source>
        <translation>指标导出为 CSV（所有选中的训练记录）(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Weights file (.pt)…</source>
        <translation>权重文件 (.pt)(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;ONNX model (.onnx)…</source>
        <translation>ONNX 模型 (.onnx)(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;ExportedProgram (.pt2)…</source>
        <translation>ExportedProgram (.pt2)(&amp;E)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt)</source>
        <translation>PyTorch 权重 (*.pt)</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>ExportedProgram (*.pt2)</source>
        <translation>ExportedProgram (*.pt2)</translation>
    </message>
    <message>
        <source>One file, one row per epoch, with a &apos;run&apos; column naming each run</source>
        <translation>一个文件，每轮一行，&apos;run&apos; 列写明每条训练记录的名字</translation>
    </message>
    <message>
        <source>Checked after writing: the file must give the same answers as the network on {n} test images</source>
        <translation>写入后检查：该文件在 {n} 张测试图像上的答案必须与网络相同</translation>
    </message>
    <message>
        <source>Select one run to export its model.</source>
        <translation>请选择一条训练记录来导出它的模型。</translation>
    </message>
    <message>
        <source>Select a run first.</source>
        <translation>请先选择一条训练记录。</translation>
    </message>
    <message>
        <source>The code behind this run…</source>
        <translation>这次训练背后的代码…</translation>
    </message>
    <message>
        <source>A standalone PyTorch script that trains this run&apos;s network the same way</source>
        <translation>一个独立的 PyTorch 脚本，以同样的方式训练这次训练的网络</translation>
    </message>
    <message>
        <source>Select one run to see its code.</source>
        <translation>请选择一次训练记录来查看它的代码。</translation>
    </message>
    <message>
        <source>There is no model yet: wait for it to load, or open a run.</source>
        <translation>还没有模型：请等待加载完成，或打开一条训练记录。</translation>
    </message>
    <message>
        <source>Export the current model</source>
        <translation>导出当前模型</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing {file} and checking that it gives the network&apos;s answers on {n} test images…</source>
        <translation>正在写入 {file}，并检查它在 {n} 张测试图像上是否给出与网络相同的答案…</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
    <message>
        <source>Nothing was exported. {why}</source>
        <translation>没有导出任何内容。{why}</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>已保存 {file}。</translation>
    </message>
    <message>
        <source>Saved {file}: {rows} epochs of {runs} runs.</source>
        <translation>已保存 {file}:{runs} 条训练记录，共 {rows} 轮。</translation>
    </message>
    <message>
        <source>{n} {data} test images</source>
        <translation>{n} 张 {data} 测试图像</translation>
    </message>
    <message>
        <source>{n} random images (the {data} test images are not on this computer)</source>
        <translation>{n} 张随机图像（{data} 测试图像不在这台电脑上）</translation>
    </message>
    <message>
        <source>same answers</source>
        <translation>答案相同</translation>
    </message>
    <message>
        <source>same answers on {same} of {n}</source>
        <translation>{n} 张中有 {same} 张答案相同</translation>
    </message>
    <message>
        <source>{saved} Checked with {checker} on {images}: {answers}, largest difference {diff}.</source>
        <translation>{saved}已用 {checker} 在{images}上检查：{answers}，最大差异 {diff}。</translation>
    </message>
    <message>
        <source>ONNX export needs three more packages ({packages}), an optional extra of CNN Playground. Close the app and start it with them:

    uv run --extra onnx main.py</source>
        <translation>导出 ONNX 还需要三个软件包（{packages}），它们是 CNN Playground 的可选扩展。请关闭程序，用下面的命令重新启动：

    uv run --extra onnx main.py</translation>
    </message>
</context>
</TS>
