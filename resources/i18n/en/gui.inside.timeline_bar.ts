<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TimelineBar</name>
    <message numerus="yes">
        <source>(%n epochs kept)</source>
        <translation>
            <numerusform>(%n epoch kept)</numerusform>
            <numerusform>(%n epochs kept)</numerusform>
        </translation>
    </message>
</context>
</TS>
