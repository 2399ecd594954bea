"""The values the app state hands around: where a model came from, the current model, the test images, the
picture to look at, the Train tab's settings; and the plain functions that make them (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

import numpy as np
import torch

from core import data
from core.card import ModelCard
from core.config import TrainConfig
from core.events import EpochEnd


@dataclass(frozen=True)
class ModelSource:
    """Where a model came from: the bundled file, the run being trained, a run folder or a weights file."""

    kind: str
    path: Path | None = None


@dataclass(frozen=True, eq=False)  # the same model is the same object: weights are not compared
class CurrentModel:
    card: ModelCard
    weights: Mapping[str, torch.Tensor]  # CPU copy; nobody writes to it
    source: ModelSource
    model: torch.nn.Module  # built from card and weights; shared read-only: copy it to hook or train
    epoch_end: EpochEnd | None = None  # set when the weights come from an epoch of the run being trained


@dataclass(frozen=True, eq=False)
class TestImages:
    __test__ = False  # not a pytest test class
    key: tuple  # (dataset, folder, image size, channels)
    x: torch.Tensor  # uint8 [N, C, H, W], CPU; shared, read only
    y: torch.Tensor  # int64 [N]


@dataclass(frozen=True)
class InputImage:
    """The picture Inside the network and the what-if sliders look at."""

    image: np.ndarray  # float 0..1, HxW or CxHxW
    label: int | None  # its true class, when known
    title: (
        str | Callable[[], str]
    )  # what it is, said in the language now installed in the language now installed ("Test image #12")
    origin: tuple | None = None  # images_key of the test images it comes from; None: the user's own


@dataclass(frozen=True)
class TrainSettings:
    """The Train tab's settings as others see or ask for them (a lesson sets them up and watches them change)."""

    values: Mapping[str, Any]  # what the controls hold (a lesson checks these); asked for: only these change
    shown: frozenset[str] | None = None  # the settings on show; None: all of them
    preset: str | None = None  # the recipe chosen in the preset box
    config: TrainConfig | None = None  # reported: the panel's settings, validated once there; None while invalid
    compare: bool = False  # asked for: draw the previous run under the live one (a lesson about comparing)


def images_key(card: ModelCard) -> tuple:
    folder = card.config.folder if card.dataset == "folder" and card.config is not None else None
    return card.dataset, folder, card.image_size, card.in_channels


def load_test_images(key: tuple, root: Path, cancel=None) -> TestImages:
    """Background job: the test images of a model's dataset (no download: say how to get them instead)."""
    dataset, folder, size, channels = key
    extra = dict(folder=Path(folder), image_size=size, channels=channels) if dataset == "folder" else {}
    loaded = data.load(dataset, root, download=False, cancel=cancel, **extra)
    x, y = (loaded.test_x, loaded.test_y) if len(loaded.test_x) else (loaded.train_x, loaded.train_y)
    return TestImages(key, x, y)


def fits(image: np.ndarray, card: ModelCard) -> bool:
    """The picture has the channels and size ``card`` reads."""
    channels = 1 if image.ndim == 2 else image.shape[0]
    return channels == card.in_channels and image.shape[-1] == card.image_size
