<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SampleGrid</name>
    <message>
        <source>Sample images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mistakes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show mistakes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the wrongly classified test images first: looking at what the network gets wrong often tells more than the accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample images appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample images appear once the data is on this computer (press Start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sample images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample images: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training images with their labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted {p} ({c:.0%} sure), true label {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After epoch {e}: {w} of {n} test images wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before training: images from the training set with their labels. After each epoch: test images with the network&apos;s answer; a red frame and &apos;predicted ≠ true&apos; mark a mistake. Hover an image for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
