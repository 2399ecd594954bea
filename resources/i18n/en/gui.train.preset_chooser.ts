<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PresetChooser</name>
    <message numerus="yes">
        <source>You train %n epochs; the tutorial trains {m}.</source>
        <translation>
            <numerusform>You train %n epoch; the tutorial trains {m}.</numerusform>
            <numerusform>You train %n epochs; the tutorial trains {m}.</numerusform>
        </translation>
    </message>
</context>
</TS>
