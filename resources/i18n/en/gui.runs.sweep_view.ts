<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>SweepView</name>
    <message numerus="yes">
        <source>Everything else as on the Train tab: {arch} on {data}; epochs per trial: %n.</source>
        <translation>
            <numerusform>Everything else as on the Train tab: {arch} on {data}; epochs per trial: %n.</numerusform>
            <numerusform>Everything else as on the Train tab: {arch} on {data}; epochs per trial: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
