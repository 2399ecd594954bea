<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SweepView</name>
    <message>
        <source>Start sweep</source>
        <translation>开始搜索</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Train the best</source>
        <translation>训练最佳设置</translation>
    </message>
    <message>
        <source>Find a learning rate for this network</source>
        <translation>为这个网络寻找学习率</translation>
    </message>
    <message>
        <source>8 short trials (2 epochs each) with learning rates from 0.0001 to 1; bad ones are stopped early.</source>
        <translation>8 次短试验（每次 2 轮），学习率从 0.0001 到 1；差的会被提前停止。</translation>
    </message>
    <message>
        <source>Train one short network per trial, each with other settings.</source>
        <translation>每次试验用不同的设置训练一个短时网络。</translation>
    </message>
    <message>
        <source>Pause the sweep after the current batch, or resume it.</source>
        <translation>在当前批次后暂停搜索，或继续搜索。</translation>
    </message>
    <message>
        <source>End the sweep; the finished trials stay saved.</source>
        <translation>结束搜索；已完成的试验会保留。</translation>
    </message>
    <message>
        <source>A normal run: the Train tab&apos;s settings with the best trial&apos;s values.</source>
        <translation>一次普通训练：使用“训练”页的设置和最佳试验的取值。</translation>
    </message>
    <message>
        <source>What to vary</source>
        <translation>要改变的设置</translation>
    </message>
    <message>
        <source>Let the computer try settings for you: each trial is a short training run with some settings changed. Everything not varied here comes from the Train tab.</source>
        <translation>让电脑替你尝试设置：每次试验是一次改变了部分设置的短训练。这里未改变的设置都取自“训练”页。</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Fix the Train tab&apos;s settings first: a value there is not valid.</source>
        <translation>请先修正“训练”页的设置：那里有一个值无效。</translation>
    </message>
    <message numerus="yes">
        <source>Everything else as on the Train tab: {arch} on {data}; epochs per trial: %n.</source>
        <translation>
            <numerusform>其余设置与“训练”页相同：用 {data} 训练 {arch}，每次试验 %n 轮。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change it on the left and start again.</source>
        <translation>请在左侧修改后重新开始。</translation>
    </message>
    <message>
        <source>Sweep {name}: starting…</source>
        <translation>搜索 {name}：正在开始…</translation>
    </message>
    <message>
        <source>Paused: press Resume to go on.</source>
        <translation>已暂停：按“继续”接着进行。</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>正在继续…</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>将在本批次后停止…</translation>
    </message>
    <message>
        <source>Training the best settings ({params}): watch it on the Train tab.</source>
        <translation>正在用最佳设置（{params}）训练：请在“训练”页观看。</translation>
    </message>
    <message>
        <source>Trial {n}: {params}</source>
        <translation>试验 {n}：{params}</translation>
    </message>
    <message>
        <source>Check the storage URL and the runs folder.</source>
        <translation>请检查存储 URL 和训练文件夹。</translation>
    </message>
    <message>
        <source>The sweep ended without a finished trial.</source>
        <translation>搜索结束，但没有完成任何试验。</translation>
    </message>
    <message>
        <source>Done: {n} trials here. Best: trial {best} with {acc:.2%} ({params}).</source>
        <translation>完成：这里共 {n} 次试验。最佳：试验 {best}，准确率 {acc:.2%}（{params}）。</translation>
    </message>
</context>
</TS>
