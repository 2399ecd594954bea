<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>PredictTab</name>
    <message>
        <source>Draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit with the mouse, a pen or a finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image file, drop one here, or pick a random test image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model was trained on photos, not drawings: show it a picture instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model you had before is still in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
