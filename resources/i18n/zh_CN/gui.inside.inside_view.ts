<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>InsideView</name>
    <message>
        <source>The layers in order. &apos;Output&apos; is the shape of what a layer hands on (channels × height × width); &apos;Sees&apos; is the receptive field: how many input pixels across one output position depends on. Bold rows are the conv layers whose maps and filters are shown. Click a row to look at that layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saliency: the left heat map shows which parts of the picture pushed the network towards its answer; the right one does the same for any class you pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps: each small picture shows where one filter of a layer responds in the current input (red = strong response, blue = negative, white = none; one scale per layer). Early layers find edges and strokes, later ones larger parts. They update as you draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: the weights each conv layer slides over its input, drawn as pictures (red = positive, blue = negative). A filter responds most where the input looks like it. Refreshed after every epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights: the spread of the selected layer&apos;s weights now (blue) and at the start (grey). Training moves the weights away from their random start; below, how much each layer still changes per epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the layers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not analyse the network: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {p:,} weights, {f}FLOPs per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a digit or click a test image in Evaluate to look inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the network…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
