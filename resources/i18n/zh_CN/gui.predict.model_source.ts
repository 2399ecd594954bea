<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ModelChooser</name>
    <message>
        <source>Model source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which trained network reads your input, and which one Evaluate and Inside the network show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which trained network reads your input. The bundled digit model comes with the app and already knows digits. &quot;Current run&quot; is the network you are training: a copy is taken after every epoch, so you can watch its guesses improve. Finished runs and weights files are networks saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled digit model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current run (updates every epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch weights (*.pt *.pth);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 · best test %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trained on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled digit model: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current run: no epoch has finished yet; the network is copied here after every epoch. For now it guesses with its random start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current run after epoch %1: %2. Updates after every epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
