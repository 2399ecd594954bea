<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>NetworkRow</name>
    <message numerus="yes">
        <source>{name}: %n layers</source>
        <translation>
            <numerusform>{name}: %n layer</numerusform>
            <numerusform>{name}: %n layers</numerusform>
        </translation>
    </message>
</context>
</TS>
