<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ConfigTips</name>
    <message>
        <source>Ready-made settings from well-known tutorials: picking one fills in the fields below; change any of them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where datasets are stored and downloaded to. It may be shared or read-only: nothing else is written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where every training run is saved: its settings, curves and weights. Empty: the app&apos;s own folder, shown in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images to learn from. &apos;on disk&apos; is ready, &apos;needs download&apos; is fetched when you press Start, &apos;built-in&apos; is made on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own images: one sub-folder per class (cats/, dogs/ …) holding that class&apos;s images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder and built-in images are resized to this many pixels square: 28-64 trains fast on a CPU, AlexNet wants 227. &apos;automatic&apos; keeps the set&apos;s own size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the training images kept aside to spot overfitting after each epoch. 0.1 (10 %) is usual; 0 skips validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on only this many images for a quick try; &apos;all&apos; uses the whole split. With too few, the network just memorises them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random shifts, turns and stroke changes on each batch: more variety, better generalisation. Training accuracy then rises more slowly; that is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The architecture: which layers, wired how. Hover an entry for its story; the table lists its layers and sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The non-linearity after each layer. ReLU-like ones learn fast; sigmoid and tanh saturate, so deep nets learn slowly (LeNet-5 used sigmoid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weights are set before training: Xavier suits sigmoid and tanh, Kaiming suits ReLU. A poor choice shows as a loss that barely moves at first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of units switched off at random while training, against overfitting. 0.5 is classic for fully connected layers; too high and nothing is learnt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalises each layer&apos;s outputs per batch: usually faster, steadier training that tolerates higher learning rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over all training images. 5-10 is plenty for MNIST; the validation curve shows when more stops helping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per weight update, usually 32-256. Small batches give noisy, frequent updates; large ones are faster per image but may need a higher learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step size of each update, the most important setting: 0.001 for Adam, 0.01-0.1 for SGD. Too high: the loss jumps or becomes nan. Too low: it creeps down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the gradient becomes a weight update. Adam adapts the step per weight and forgives a rough learning rate; SGD with momentum is the classic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD and RMSprop keep this share of the previous step, smoothing the way downhill. 0.9 is usual; 0 is plain SGD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD looks ahead before it steps: often a little faster. Needs momentum above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls weights towards zero against overfitting. 0 or 1e-4 to 5e-4 is usual; 0.01 and more can stop learning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the learning rate changes during the run. Lowering it late lets the network settle; one-cycle warms up first and often trains fastest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay: epochs between learning-rate drops (2-5 is usual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step decay: the learning rate is multiplied by this at each drop (0.1 = ten times smaller).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for 90 % instead of 100 % confidence (at 0.1), curbing over-confident networks; 0-0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps the size (norm) of each update&apos;s gradient to tame spikes and nan losses. 1-5 is usual; &apos;off&apos; does not clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes the random choices (initial weights, batch order, augmentation): the same seed repeats a run, another shows how much is luck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to train. A GPU is many times faster for big networks; LeNet on MNIST is fine on a CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor cores PyTorch may use; on a busy machine 1 is often faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16-bit numbers on an NVIDIA GPU: faster and lighter, with the same results for most networks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
