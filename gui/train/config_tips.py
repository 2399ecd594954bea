"""The teaching sentence of every setting: its tooltip, and its "What's this?" explanation."""

from __future__ import annotations

from PySide6.QtCore import QObject


class ConfigTips(QObject):
    def tips(self) -> dict[str, str]:
        """Setting name -> a sentence or two a student understands: what it does and what values are usual."""
        return {
            "preset": self.tr(
                "Ready-made settings from well-known tutorials: picking one fills in the fields below; "
                "change any of them afterwards."
            ),
            "data_dir": self.tr(
                "Where datasets are stored and downloaded to. It may be shared or read-only: nothing else is "
                "written there."
            ),
            "runs_dir": self.tr(
                "Where every training run is saved: its settings, curves and weights. Empty: the app's own "
                "folder, shown in grey."
            ),
            "dataset": self.tr(
                "The images to learn from. 'on disk' is ready, 'needs download' is fetched when you press "
                "Start, 'built-in' is made on this computer."
            ),
            "folder": self.tr(
                "Your own images: one sub-folder per class (cats/, dogs/ …) holding that class's images."
            ),
            "image_size": self.tr(
                "Folder and built-in images are resized to this many pixels square: 28-64 trains fast on a "
                "CPU, AlexNet wants 227. 'automatic' keeps the set's own size."
            ),
            "val_fraction": self.tr(
                "Part of the training images kept aside to spot overfitting after each epoch. 0.1 (10 %) is "
                "usual; 0 skips validation."
            ),
            "train_subset": self.tr(
                "Train on only this many images for a quick try; 'all' uses the whole split. With too few, "
                "the network just memorises them."
            ),
            "augment": self.tr(
                "Random shifts, turns and stroke changes on each batch: more variety, better generalisation. "
                "Training accuracy then rises more slowly; that is expected."
            ),
            "arch": self.tr(
                "The architecture: which layers, wired how. Hover an entry for its story; the table lists its "
                "layers and sizes."
            ),
            "activation": self.tr(
                "The non-linearity after each layer. ReLU-like ones learn fast; sigmoid and tanh saturate, so "
                "deep nets learn slowly (LeNet-5 used sigmoid)."
            ),
            "init": self.tr(
                "How weights are set before training: Xavier suits sigmoid and tanh, Kaiming suits ReLU. A "
                "poor choice shows as a loss that barely moves at first."
            ),
            "dropout": self.tr(
                "Share of units switched off at random while training, against overfitting. 0.5 is classic "
                "for fully connected layers; too high and nothing is learnt."
            ),
            "batch_norm": self.tr(
                "Normalises each layer's outputs per batch: usually faster, steadier training that tolerates "
                "higher learning rates."
            ),
            "epochs": self.tr(
                "Passes over all training images. 5-10 is plenty for MNIST; the validation curve shows when "
                "more stops helping."
            ),
            "batch_size": self.tr(
                "Images per weight update, usually 32-256. Small batches give noisy, frequent updates; large "
                "ones are faster per image but may need a higher learning rate."
            ),
            "lr": self.tr(
                "Step size of each update, the most important setting: 0.001 for Adam, 0.01-0.1 for SGD. "
                "Too high: the loss jumps or becomes nan. Too low: it creeps down."
            ),
            "optimizer": self.tr(
                "How the gradient becomes a weight update. Adam adapts the step per weight and forgives a "
                "rough learning rate; SGD with momentum is the classic."
            ),
            "momentum": self.tr(
                "SGD and RMSprop keep this share of the previous step, smoothing the way downhill. 0.9 is "
                "usual; 0 is plain SGD."
            ),
            "nesterov": self.tr("SGD looks ahead before it steps: often a little faster. Needs momentum above 0."),
            "weight_decay": self.tr(
                "Pulls weights towards zero against overfitting. 0 or 1e-4 to 5e-4 is usual; 0.01 and more "
                "can stop learning."
            ),
            "schedule": self.tr(
                "How the learning rate changes during the run. Lowering it late lets the network settle; "
                "one-cycle warms up first and often trains fastest."
            ),
            "step_every": self.tr("Step decay: epochs between learning-rate drops (2-5 is usual)."),
            "step_gamma": self.tr(
                "Step decay: the learning rate is multiplied by this at each drop (0.1 = ten times smaller)."
            ),
            "label_smoothing": self.tr(
                "Asks for 90 % instead of 100 % confidence (at 0.1), curbing over-confident networks; 0-0.1."
            ),
            "grad_clip": self.tr(
                "Caps the size (norm) of each update's gradient to tame spikes and nan losses. 1-5 is usual; "
                "'off' does not clip."
            ),
            "seed": self.tr(
                "Fixes the random choices (initial weights, batch order, augmentation): the same seed repeats "
                "a run, another shows how much is luck."
            ),
            "device": self.tr(
                "Where to train. A GPU is many times faster for big networks; LeNet on MNIST is fine on a CPU."
            ),
            "threads": self.tr("Processor cores PyTorch may use; on a busy machine 1 is often faster."),
            "mixed_precision": self.tr(
                "16-bit numbers on an NVIDIA GPU: faster and lighter, with the same results for most networks."
            ),
        }
