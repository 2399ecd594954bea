<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CollectPanel</name>
    <message>
        <source>zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>three</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>six</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect my digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on, draw a digit, then press its number key (0-9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the model on my digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect mode builds a dataset of your own handwriting: draw a digit, then press its number key (or click its button below). It is saved and the canvas is cleared for the next one. Train on &quot;My digits&quot; later, or test how well a model reads you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the drawing as a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %1 you have collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy on your digits, per digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting: press 0-9 (click to stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit, then press its number key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit first, then press its number key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That drawing is too faint to save: draw the digit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the digit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved an %1 — %2 %3 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a %1 — %2 %3 so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model does not read digits (it knows: %1). Choose a digit model to test it on your handwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No digits collected yet: turn on &quot;Collect my digits&quot;, draw a digit and press its number key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the model on your digits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model read %1 % of your %2 digits correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None collected yet for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is the share of that digit read right.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
