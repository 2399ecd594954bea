<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>WeightsWidget</name>
    <message>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight change per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient strength (how hard training pushes each layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This layer has no weights of its own: pick a conv or fully connected layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight histograms appear when a network is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{n}&lt;/b&gt;: {c:,} weights, mean {m:+.4f}, spread (std) {s:.4f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight change per epoch: how far each layer&apos;s weights moved during the last epoch, relative to their size (log scale). Layers whose line drops low have mostly stopped learning. Appears from the second epoch on; this is not the gradient itself, which the trainer does not report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient norm per layer, as reported by the trainer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
