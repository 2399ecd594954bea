<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>EvaluateView</name>
    <message>
        <source>Train a network or open a run to see how it does on the test images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save matrix…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save gallery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the confusion matrix as a PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the gallery on the right as a PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the per-class accuracy table as CSV, for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix: each row is the true class, each column the network&apos;s answer. Green cells on the diagonal are right answers, red cells are mistakes (darker = a larger share of that row). Each cell shows the number of test images and their percentage of the row. Click a cell to see its images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-class accuracy: the share of each class&apos;s test images recognised correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the confusion matrix to see its test images here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show random test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test images of the chosen cell, the ones the network was surest about first. Each shows the network&apos;s answer and its confidence; red ones are mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong answers given with the highest confidence: &apos;true → predicted&apos;. Often the label itself is doubtful, or the digit really looks like the other class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confident mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random handful of test images with the network&apos;s answer: green = right, red = wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random test images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change one image and watch the answer: how far can a digit turn, move, thicken or get noisy before the network changes its mind? Click an image in any gallery to use it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What if…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting {n:,} test images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled digit model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not predict the test images: {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The predictions do not match the test set: open the run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{h}&lt;/b&gt; &amp;nbsp; test accuracy &lt;b&gt;{a:.2f} %&lt;/b&gt; &amp;nbsp; test loss {l:.4f} &amp;nbsp; {w:,} of {n:,} test images wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most confident mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{t}&apos; recognised correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{t}&apos; taken for &apos;{p}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
