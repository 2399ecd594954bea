"""Ready-made runs: the recipes of the tutorials the project grew from, plus our own.

A preset holds overrides, not a whole config, so it can be applied on top of what the user set
(an image folder, a device) and validated then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.config import TrainConfig
from core.registry import Registry


@dataclass(frozen=True)
class Preset:
    name: str
    title: str
    description: str
    settings: dict[str, Any] = field(default_factory=dict)
    reported: str = ""  # what the original recipe reports, to compare against

    def apply(self, **user: Any) -> TrainConfig:
        """The preset's config; ``user`` values (e.g. folder, device) win. Raises ConfigError if invalid."""
        return TrainConfig(**{**self.settings, **{k: v for k, v in user.items() if v is not None}})


PRESETS: Registry[Preset] = Registry("preset")

for _preset in (
    Preset(
        "lenet-fashion",
        "LeNet on Fashion-MNIST (Adam)",
        "Modern LeNet (LeakyReLU, max-pooling) on clothes, Adam 0.001, batch 256, 10 epochs.",
        dict(arch="lenet", dataset="fashion-mnist", optimizer="adam", lr=1e-3, batch_size=256, epochs=10),
        "tutorial: plots the curves, reports no final number",
    ),
    Preset(
        "lenet5-d2l",
        "LeNet-5 classic (d2l)",
        "The 1998 LeNet-5 (sigmoid, average pooling, Xavier) on Fashion-MNIST, SGD lr 0.9, batch 256.",
        dict(
            arch="lenet5",
            dataset="fashion-mnist",
            optimizer="sgd",
            lr=0.9,
            momentum=0.0,
            batch_size=256,
            epochs=10,
            val_fraction=0.0,
        ),
        "d2l: 0.804 test accuracy after 10 epochs",
    ),
    Preset(
        "inception-mnist",
        "Inception net on MNIST",
        "Two Inception blocks between 5x5 convolutions, SGD 0.01 with momentum 0.5, batch 64.",
        dict(arch="inception", dataset="mnist", optimizer="sgd", lr=0.01, momentum=0.5, batch_size=64, epochs=10),
        "tutorial: 98.96 % test accuracy after 10 epochs",
    ),
    Preset(
        "resnet-mnist",
        "Residual net on MNIST",
        "Two residual blocks after 5x5 convolutions, SGD 0.01 with momentum 0.5, batch 64.",
        dict(arch="resnet", dataset="mnist", optimizer="sgd", lr=0.01, momentum=0.5, batch_size=64, epochs=10),
        "tutorial: reports no final number for this net",
    ),
    Preset(
        "alexnet-folder",
        "AlexNet on your image folder",
        "AlexNet on a folder with one sub-folder per class (e.g. cats/ and dogs/), 227x227, Adam 0.001, batch 32.",
        dict(arch="alexnet", dataset="folder", image_size=227, optimizer="adam", lr=1e-3, batch_size=32, epochs=10),
        "tutorial: trains cats vs dogs; no accuracy reported",
    ),
    Preset(
        "digits-robust",
        "Robust digit reader (the bundled model until 2026-11)",
        "A small CNN on MNIST with handwriting augmentation, so it reads real pen digits well.",
        dict(
            arch="digitnet",
            dataset="mnist",
            epochs=12,
            batch_size=128,
            lr=3e-3,
            optimizer="adamw",
            weight_decay=5e-4,
            schedule="onecycle",
            augment="handwriting",
            val_fraction=0.05,
        ),
    ),
    Preset(
        "digits-styles",
        "World digit reader (the bundled model)",
        "The robust digit reader also trained on writing styles MNIST lacks: slashed zeros, flagged and "
        "serifed ones, crossed sevens, hooked nines.",
        dict(
            arch="digitnet",
            dataset="mnist",
            epochs=15,
            batch_size=128,
            lr=3e-3,
            optimizer="adamw",
            weight_decay=5e-4,
            schedule="onecycle",
            augment="handwriting-styles",
            val_fraction=0.05,
        ),
    ),
):
    PRESETS.add(_preset.name, _preset)
