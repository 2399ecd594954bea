<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DesignBar</name>
    <message numerus="yes">
        <source>{title}: {c}×{s}×{s}, %n classes</source>
        <translation>
            <numerusform>{title}: {c}×{s}×{s}, %n class</numerusform>
            <numerusform>{title}: {c}×{s}×{s}, %n classes</numerusform>
        </translation>
    </message>
</context>
</TS>
