<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CoachTexts</name>
    <message numerus="yes">
        <source>The loss has not moved ({loss:.2f}) after %n epochs: {why}.</source>
        <translation>
            <numerusform>The loss has not moved ({loss:.2f}) after %n epoch: {why}.</numerusform>
            <numerusform>The loss has not moved ({loss:.2f}) after %n epochs: {why}.</numerusform>
        </translation>
    </message>
</context>
</TS>
