<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrainTab</name>
    <message numerus="yes">
        <source>Opened {dir}; epochs saved: %n</source>
        <translation>
            <numerusform>Opened {dir}; epochs saved: %n</numerusform>
            <numerusform>Opened {dir}; epochs saved: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
