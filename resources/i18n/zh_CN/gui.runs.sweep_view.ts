<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SweepView</name>
    <message>
        <source>Start sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a learning rate for this network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 short trials (2 epochs each) with learning rates from 0.0001 to 1; bad ones are stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A normal run: the Train tab&apos;s settings with the best trial&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to vary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the computer try settings for you: each trial is a short training run with some settings changed. Everything not varied here comes from the Train tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the Train tab&apos;s settings first: a value there is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else as on the Train tab: {arch} on {data}, {epochs} epochs per trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change it on the left and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep {name}: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: press Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the best settings ({params}): watch it on the Train tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial {n}: {params}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the storage URL and the runs folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep ended without a finished trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {n} trials here. Best: trial {best} with {acc:.2%} ({params}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
