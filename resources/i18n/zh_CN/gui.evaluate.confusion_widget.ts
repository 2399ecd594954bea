<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConfusionWidget</name>
    <message>
        <source>The confusion matrix appears after the first epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted class →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← true class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} test images of &apos;{t}&apos; recognised correctly ({pct:.1f} % of them). Click to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} test images of &apos;{t}&apos; taken for &apos;{q}&apos; ({pct:.1f} % of the &apos;{t}&apos; images). Click to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
