<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>CNN Playground</source>
        <translation>CNN 游乐场</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Draw &amp;&amp; predict</source>
        <translation>手写与预测</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>Tune</source>
        <translation>调参</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>The settings on the Train tab have a problem: fix it, then ask for the code again.</source>
        <translation>“训练”标签页的设置有问题：请先改正，然后再查看代码。</translation>
    </message>
    <message>
        <source>&amp;Loss on a log scale</source>
        <translation>损失使用对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open run folder…</source>
        <translation>打开训练文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Save window as lesson…</source>
        <translation>把窗口保存为课程(&amp;S)…</translation>
    </message>
    <message>
        <source>Export plots as &amp;PNG…</source>
        <translation>导出曲线图为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export metrics as &amp;CSV…</source>
        <translation>导出指标为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export current &amp;model…</source>
        <translation>导出当前模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Show the &amp;code of these settings…</source>
        <translation>查看这些设置的代码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Install &amp;desktop shortcut…</source>
        <translation>安装桌面快捷方式(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;About CNN Playground</source>
        <translation>关于 CNN 游乐场(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation>正在训练中。</translation>
    </message>
    <message>
        <source>Open the folder once the run has ended.</source>
        <translation>请在训练结束后再打开该文件夹。</translation>
    </message>
    <message>
        <source>Choose a folder made by a training run.</source>
        <translation>请选择由训练生成的文件夹。</translation>
    </message>
    <message>
        <source>Open a run folder</source>
        <translation>打开训练文件夹</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>About CNN Playground</source>
        <translation>关于 CNN 游乐场</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CNN Playground&lt;/h3&gt;&lt;p&gt;Train convolutional neural networks and watch them learn: live curves, predictions on test images, the size of every layer.&lt;/p&gt;&lt;p&gt;Built on PyTorch, PySide6, pyqtgraph.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CNN 游乐场&lt;/h3&gt;&lt;p&gt;训练卷积神经网络，观察它们如何学习：实时曲线、测试图像上的预测、每一层的大小。&lt;/p&gt;&lt;p&gt;基于 PyTorch、PySide6、pyqtgraph 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>停止训练？</translation>
    </message>
    <message>
        <source>A run is in progress. Stop it and quit? Finished epochs are saved in the run folder.</source>
        <translation>正在训练中。要停止训练并退出吗？已完成的轮次保存在训练文件夹中。</translation>
    </message>
</context>
</TS>
