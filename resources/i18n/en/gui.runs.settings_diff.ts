<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SettingsDiff</name>
    <message numerus="yes">
        <source>Settings that differ: %n. Every other setting is the same in all runs.</source>
        <translation>
            <numerusform>Settings that differ: %n. Every other setting is the same in all runs.</numerusform>
            <numerusform>Settings that differ: %n. Every other setting is the same in all runs.</numerusform>
        </translation>
    </message>
</context>
</TS>
