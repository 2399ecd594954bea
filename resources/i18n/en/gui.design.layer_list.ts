<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LayerList</name>
    <message numerus="yes">
        <source>Repeat %n times</source>
        <translation>
            <numerusform>Repeat %n time</numerusform>
            <numerusform>Repeat %n times</numerusform>
        </translation>
    </message>
</context>
</TS>
