<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FeatureMapsWidget</name>
    <message>
        <source>Selected layer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a map to read its channel and mean activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit or click a test image to see what each layer responds to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
