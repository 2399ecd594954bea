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
    settings: dict[str, Any] = field(default_factory=dict)  # the recipe, without its number of epochs
    reported: str = ""  # what the original recipe reports, to compare against
    epochs: int = 10  # how long the tutorial trains: the lesson's length, not part of the recipe

    def __post_init__(self) -> None:
        if LESSON_LENGTH & self.settings.keys():
            raise ValueError(f"preset {self.name}: epochs are the lesson's length, give them as Preset.epochs")

    def apply(self, **user: Any) -> TrainConfig:
        """The preset's config; ``user`` values (e.g. folder, device, epochs) win. Raises ConfigError if invalid."""
        given = {k: v for k, v in user.items() if v is not None}
        return TrainConfig(**{"epochs": self.epochs, **self.settings, **given})

    def matches(self, values: dict[str, Any]) -> bool:
        """Whether ``values`` (TrainConfig fields) still follow the recipe, however many epochs they train."""
        return all(values.get(k) == v for k, v in self.settings.items())


LESSON_LENGTH = {"epochs"}  # settings a teacher shortens or lengthens without leaving the recipe


PRESETS: Registry[Preset] = Registry("preset")

for _preset in (
    Preset(
        "lenet-fashion",
        "LeNet on Fashion-MNIST (Adam)",
        "Modern LeNet (LeakyReLU, max-pooling) on clothes, Adam 0.001, batch 256.",
        dict(arch="lenet", dataset="fashion-mnist", optimizer="adam", lr=1e-3, batch_size=256),
        "tutorial: plots the curves, reports no final number",
    ),
    Preset(
        "lenet3x3-fashion",
        "Deeper LeNet, 3x3 convolutions, on Fashion-MNIST",
        "The first tutorial's second try: each 5x5 convolution of LeNet becomes two 3x3 ones (2-4-8-16 "
        "filters), same Adam 0.001, batch 256, on clothes.",
        dict(arch="lenet3x3", dataset="fashion-mnist", optimizer="adam", lr=1e-3, batch_size=256),
        "tutorial: a little below the 5x5 LeNet after 10 epochs (no number given); more epochs may close the gap",
    ),
    Preset(
        "simplecnn-mnist",
        "Basic CNN on MNIST",
        "The MNIST tutorial's first CNN: two 5x5 convolutions (10 and 20 filters) with max pooling and one "
        "fully connected layer, SGD 0.01 with momentum 0.5, batch 64.",
        dict(arch="simplecnn", dataset="mnist", optimizer="sgd", lr=0.01, momentum=0.5, batch_size=64),
        "tutorial: reports no final number for this net",
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
            val_fraction=0.0,
        ),
        "d2l: 0.804 test accuracy after 10 epochs",
    ),
    Preset(
        "inception-mnist",
        "Inception net on MNIST",
        "Two Inception blocks between 5x5 convolutions, SGD 0.01 with momentum 0.5, batch 64.",
        dict(arch="inception", dataset="mnist", optimizer="sgd", lr=0.01, momentum=0.5, batch_size=64),
        "tutorial: 98.96 % test accuracy after 10 epochs",
    ),
    Preset(
        "resnet-mnist",
        "Residual net on MNIST",
        "Two residual blocks after 5x5 convolutions, SGD 0.01 with momentum 0.5, batch 64.",
        dict(arch="resnet", dataset="mnist", optimizer="sgd", lr=0.01, momentum=0.5, batch_size=64),
        "tutorial: reports no final number for this net",
    ),
    Preset(
        "alexnet-folder",
        "AlexNet on your image folder",
        "AlexNet on a folder with one sub-folder per class (e.g. cats/ and dogs/), 227x227, Adam 0.001, batch 32.",
        dict(arch="alexnet", dataset="folder", image_size=227, optimizer="adam", lr=1e-3, batch_size=32),
        "tutorial: trains cats vs dogs; no accuracy reported",
    ),
    Preset(
        "digits-robust",
        "Robust digit reader (the bundled model until 2026-11)",
        "A small CNN on MNIST with handwriting augmentation, so it reads real pen digits well.",
        dict(
            arch="digitnet",
            dataset="mnist",
            batch_size=128,
            lr=3e-3,
            optimizer="adamw",
            weight_decay=5e-4,
            schedule="onecycle",
            augment="handwriting",
            val_fraction=0.05,
        ),
        epochs=12,
    ),
    Preset(
        "digits-styles",
        "World digit reader (the bundled model)",
        "The robust digit reader also trained on writing styles MNIST lacks: slashed zeros, flagged and "
        "serifed ones, crossed sevens, hooked nines.",
        dict(
            arch="digitnet",
            dataset="mnist",
            batch_size=128,
            lr=3e-3,
            optimizer="adamw",
            weight_decay=5e-4,
            schedule="onecycle",
            augment="handwriting-styles",
            val_fraction=0.05,
        ),
        epochs=15,
    ),
):
    PRESETS.add(_preset.name, _preset)
