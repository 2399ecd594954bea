<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>TeachPanel</name>
    <message>
        <source>Teach it my handwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune the chosen digit model on the digits you collected, mixed with MNIST so that it does not forget everyone else&apos;s. About half a minute for 100 digits; the result is saved as a new model and used at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a digit model first (one trained on MNIST or your digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect at least {n} digits first (you have {k}): some to learn from, some to check on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching it your {k} digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of your {n} held-out digits it read {b:.0f} % right before and {a:.0f} % after (MNIST: {mb:.1f} % → {ma:.1f} %). Saved as a new model, now in use: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
