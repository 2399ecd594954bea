<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Accuracy of each trial, epoch by epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is one trial. A dashed line was pruned: it was behind the others after an epoch, so it was stopped early to save time for better settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which settings gave which accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is a finished trial: it crosses every axis at the value that trial used, and ends at the accuracy it reached. Yellow lines did best, purple ones worst: look where the yellow lines cross.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn after {n} finished trials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which setting matters most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importance (share of the accuracy differences it explains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long bar: changing this setting changed the accuracy a lot, so it is worth tuning carefully. A short bar: any value tried here did about as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
