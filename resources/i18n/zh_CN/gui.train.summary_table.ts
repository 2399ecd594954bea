<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SummaryTable</name>
    <message>
        <source>Layer summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layer&apos;s name in the model and its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape of what the layer hands on: channels × height × width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainable numbers in this layer; fully connected layers usually hold most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating-point operations for one image (a multiply-add counts 2): what makes a layer slow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receptive field: how many input pixels (along one side) one output position can see. It grows with each convolution and pooling layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the layer sizes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{p}&lt;/b&gt; weights ({t} trainable) · &lt;b&gt;{f}&lt;/b&gt; per image · input {i} → output {o}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
