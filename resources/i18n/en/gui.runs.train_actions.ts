<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrainActions</name>
    <message numerus="yes">
        <source>Continuing {name} for %n more epochs</source>
        <translation>
            <numerusform>Continuing {name} for %n more epoch</numerusform>
            <numerusform>Continuing {name} for %n more epochs</numerusform>
        </translation>
    </message>
</context>
</TS>
