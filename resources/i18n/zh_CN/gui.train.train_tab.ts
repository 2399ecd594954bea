<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TrainTab</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new network with these settings (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after the current batch, or resume (Space). Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train exactly one more epoch, then pause (Ctrl+E): watch the curves move step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the run (Esc). Finished epochs stay saved in the run folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tip}

Fix this first: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after this batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training to the end of this epoch, then pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started {arch} on {data} ({n:,} weights) on {dev}; saving to {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {dir}: {n} epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the saved run {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
