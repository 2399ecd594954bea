<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AppState</name>
    <message>
        <source>No run has started yet: press Start on the Train tab, and the network in training is copied here after every epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {data} test images are not on this computer yet. Train once on {data} (it downloads them) or choose a data folder that holds them, and this tab shows how the model does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image #{i}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
