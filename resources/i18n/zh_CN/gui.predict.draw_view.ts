<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DrawView</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the last stroke (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again with an empty canvas (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image the network receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the network sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing cropped, scaled to 20 pixels and centred in 28 x 28 pixels, the way the MNIST digits were prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trained model yet. Train one on the Train tab or open a saved model, then draw here to see what it reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bars show how sure the network is about each digit: the longer the bar, the more it believes that is what you drew. The orange bar is its answer. All bars add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bars show how sure the network is about each class: the longer the bar, the more it believes that is what you drew. The orange bar is its answer. All bars add up to 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
