<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RunControls</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Train a new network with these settings (Ctrl+Enter).</source>
        <translation>用这些设置训练一个新网络 （Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause after the current batch, or resume (Space). Nothing is lost.</source>
        <translation>在当前批次后暂停，或继续（空格键）。不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation>单步一轮</translation>
    </message>
    <message>
        <source>Train exactly one more epoch, then pause (Ctrl+E): watch the curves move step by step.</source>
        <translation>再训练恰好一轮后暂停 （Ctrl+E）：一步一步地观察曲线变化。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the run (Esc). Finished epochs stay saved in the run folder.</source>
        <translation>结束训练 （Esc）。已完成的轮次仍保存在训练文件夹中。</translation>
    </message>
    <message>
        <source>{tip}

Fix this first: {why}</source>
        <translation>{tip}

请先解决：{why}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
</TS>
