<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DataView</name>
    <message numerus="yes">
        <source>Files left out: %n</source>
        <translation>
            <numerusform>Files left out: %n</numerusform>
            <numerusform>Files left out: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mean training image of {name}; images: %n</source>
        <translation>
            <numerusform>The mean training image of {name}; images: %n</numerusform>
            <numerusform>The mean training image of {name}; images: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
