"""The words for each training setting and its worded values: the settings panel's labels and choices, and the
runs comparison's row names and values, so a setting and its value read the same in both."""

from __future__ import annotations

from PySide6.QtCore import QObject

from core.run_name import PROPER_NAMES


class SettingLabels(QObject):
    def labels(self) -> dict[str, str]:
        """TrainConfig field (and the data and runs folders) -> its label, in the user's language."""
        return {
            "data_dir": self.tr("Data folder"),
            "runs_dir": self.tr("Runs folder"),
            "dataset": self.tr("Dataset"),
            "folder": self.tr("Image folder"),
            "image_size": self.tr("Image size"),
            "val_fraction": self.tr("Validation share"),
            "train_subset": self.tr("Train images"),
            "steps_per_epoch": self.tr("Steps per epoch"),
            "mix_dataset": self.tr("Mixed in"),
            "mix_share": self.tr("Mixed-in share"),
            "augment": self.tr("Augmentation"),
            "arch": self.tr("Network"),
            "network": self.tr("Network file"),
            "activation": self.tr("Activation"),
            "init": self.tr("Initialisation"),
            "dropout": self.tr("Dropout"),
            "batch_norm": self.tr("Batch norm"),
            "epochs": self.tr("Epochs"),
            "batch_size": self.tr("Batch size"),
            "lr": self.tr("Learning rate"),
            "optimizer": self.tr("Optimizer"),
            "momentum": self.tr("Momentum"),
            "nesterov": self.tr("Nesterov"),
            "weight_decay": self.tr("Weight decay"),
            "schedule": self.tr("LR schedule"),
            "step_every": self.tr("Step every"),
            "step_gamma": self.tr("Step factor"),
            "label_smoothing": self.tr("Label smoothing"),
            "grad_clip": self.tr("Gradient clip"),
            "seed": self.tr("Random seed"),
            "device": self.tr("Device"),
            "threads": self.tr("CPU threads"),
            "mixed_precision": self.tr("Mixed precision"),
            "timeline_mb": self.tr("Timeline space (MB)"),
        }

    def value_words(self) -> dict[str, str]:
        """A setting's value that is a word (a schedule, an initialisation, an optimizer) -> how the window says it;
        proper names are the same in every language."""
        return {
            **PROPER_NAMES,
            "none": self.tr("none"),
            "step": self.tr("step decay"),
            "cosine": self.tr("cosine"),
            "onecycle": self.tr("one-cycle"),
            "default": self.tr("PyTorch default"),
        }
