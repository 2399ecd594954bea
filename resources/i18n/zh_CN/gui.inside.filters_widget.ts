<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>FiltersWidget</name>
    <message>
        <source>First and selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network has no convolution filters (an MLP looks at all pixels at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>averaged over {c} input channels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
