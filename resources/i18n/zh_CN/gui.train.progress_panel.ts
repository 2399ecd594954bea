<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current pass over the training images, of the total you asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step size the optimizer uses right now; a schedule changes it during the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average loss on the training batches (smoothed while an epoch runs). Lower is better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Val accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the held-out validation images classified correctly after the last epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the test images classified correctly after the last epoch: the number to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s / epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds one epoch took (training and evaluation); hover for images per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the whole run is done (all epochs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Choose settings on the left and press Start (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({d:.1f} of {t:.1f} MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on {device}: {n:,} training, {v:,} validation and {t:,} test images, {p:,} weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch {e}/{E} · batch {b}/{B} · {ips:,.0f} images/s · ETA {eta}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ips:,.0f} training images per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after epoch {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at epoch {e}, batch {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused {where}. Press Space or Resume to go on, or Step for one more epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished {n} epochs in {t}. Saved in {dir}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. {n} finished epochs are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
