<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ImagePredictPanel</name>
    <message>
        <source>Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random test image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a random image from the test images of the model&apos;s dataset: images it never saw while learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image file or drop one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image the network receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the bars: each bar is how sure the network is that the picture shows that class. The orange bar is its answer; all bars add up to 1. A long bar for a wrong class means the network was confidently wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the network sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture after preprocessing: scaled and cropped to the size the network was trained on (digits: cropped to the ink and centred, as MNIST).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model chosen: pick one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture looks empty: no digit found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model cannot read the picture: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test images of this model&apos;s dataset are not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they load when the model is chosen, if they are on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test image %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>True label: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong ✗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
