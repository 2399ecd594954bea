<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>TrashBar</name>
    <message numerus="yes">
        <source>Moved %n runs to the trash folder {folder}.</source>
        <translation>
            <numerusform>Moved %n run to the trash folder {folder}.</numerusform>
            <numerusform>Moved %n runs to the trash folder {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n runs back.</source>
        <translation>
            <numerusform>Put %n run back.</numerusform>
            <numerusform>Put %n runs back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n runs in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n run in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete the %n runs in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n runs for good.</source>
        <translation>
            <numerusform>Deleted %n run for good.</numerusform>
            <numerusform>Deleted %n runs for good.</numerusform>
        </translation>
    </message>
</context>
</TS>
