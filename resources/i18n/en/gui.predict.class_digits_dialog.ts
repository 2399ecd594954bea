<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClassDigitsDialog</name>
    <message numerus="yes">
        <source>Digits exported: %n. Give the file to your teacher.</source>
        <translation>
            <numerusform>Digits exported: %n. Give the file to your teacher.</numerusform>
            <numerusform>Digits exported: %n. Give the file to your teacher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Digits added: %n.</source>
        <translation>
            <numerusform>Digits added: %n.</numerusform>
            <numerusform>Digits added: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the class set: %n.</source>
        <translation>
            <numerusform>Already in the class set: %n.</numerusform>
            <numerusform>Already in the class set: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Models being scored on the test writers: %n…</source>
        <translation>
            <numerusform>Models being scored on the test writers: %n…</numerusform>
            <numerusform>Models being scored on the test writers: %n…</numerusform>
        </translation>
    </message>
</context>
</TS>
