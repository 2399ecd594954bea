<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ProgressPanel</name>
    <message numerus="yes">
        <source>Finished in {t}; epochs trained: %n.</source>
        <translation>
            <numerusform>Finished in {t}; epochs trained: %n.</numerusform>
            <numerusform>Finished in {t}; epochs trained: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped. Finished epochs saved: %n.</source>
        <translation>
            <numerusform>Stopped. Finished epochs saved: %n.</numerusform>
            <numerusform>Stopped. Finished epochs saved: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
