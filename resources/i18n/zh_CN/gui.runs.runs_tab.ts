<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>RunsTab</name>
    <message>
        <source>Check that the runs folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: words in the name, note, network or dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show runs of this architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show runs on this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the runs folder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected run the current model: Train shows its curves, the other tabs its network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select runs to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another runs folder in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list: the folder may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the run once the training has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
