<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ImageGallery</name>
    <message>
        <source>Test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (showing the first {shown:,} of {total:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no images here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image #{i}: true &apos;{t}&apos;, predicted &apos;{p}&apos; with {c:.1f} % confidence. Click to try what-ifs on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
