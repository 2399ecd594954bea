<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BalanceWarnings</name>
    <message numerus="yes">
        <source>&apos;{name}&apos; is rare among the {part} images: %n, against {average} per class.</source>
        <translation>
            <numerusform>&apos;{name}&apos; is rare among the {part} images: %n, against {average} per class.</numerusform>
            <numerusform>&apos;{name}&apos; is rare among the {part} images: %n, against {average} per class.</numerusform>
        </translation>
    </message>
</context>
</TS>
