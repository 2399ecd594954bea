<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RobustnessPanel</name>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thicker / thinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset sliders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the network sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a test image (click one in a gallery) or draw a digit to try what-ifs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained network yet: train one or open a run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (true class: {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network says &lt;b style=&apos;color:{c}&apos;&gt;{n}&lt;/b&gt; with {p:.1f} % confidence{t}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
