"""The model card: the one description of a trained network, and the one way to build it.

A card says which architecture with which options, for which images (channels, size, normalisation), which
classes, trained on which dataset for how many epochs. ``card.build()`` makes the network; ``card.load(weights)``
makes it and loads weights. Checkpoints store ``card.to_dict()`` as their ``meta``; ``from_dict`` checks every
field (types, ranges, known names) before anything is allocated, so a crafted file is refused in words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Mapping

from torch import nn

from core import archs, checkpoint
from core.checkpoint import CheckpointError
from core.config import ConfigError, TrainConfig
from core.messages import Message, as_message
from core import messages as said
from core.messages import networks

MAX_IMAGE_SIZE = 512  # the largest input the window and the CLI accept
MAX_CLASSES = 10_000
# Datasets of strokes on plain paper at 28x28: inputs go through the MNIST-style crop-and-centre.
INK_DATASETS = frozenset({"mnist", "kmnist", "shapes", "my-digits", "class-digits"})


class CardError(CheckpointError):
    """A card that cannot describe a network this version can build; the message says what is wrong."""


@dataclass(frozen=True)
class ModelCard:
    arch: str
    in_channels: int
    image_size: int
    class_names: tuple[str, ...]
    mean: tuple[float, ...]
    std: tuple[float, ...]
    dataset: str = ""
    options: tuple[tuple[str, Any], ...] = ()  # sorted (name, value) pairs: hashable, comparable
    epoch: int = 0  # epochs the weights have seen
    config: TrainConfig | None = field(default=None, compare=False, repr=False)  # the run's settings

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise CardError(problem)

    # -- what it is -----------------------------------------------------------------------------------------
    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @property
    def option_dict(self) -> dict[str, Any]:
        return dict(self.options)

    @property
    def digit_like(self) -> bool:
        """Trained on strokes on plain paper at 28x28: reads drawings. Others need pictures."""
        return self.dataset in INK_DATASETS and self.image_size == 28

    @property
    def network_key(self) -> tuple:
        """Equal for two cards whose networks have the same shape (weights of one fit the other)."""
        return self.arch, self.in_channels, self.image_size, self.num_classes, self.options

    def with_epoch(self, epoch: int) -> "ModelCard":
        return replace(self, epoch=int(epoch))

    # -- building -------------------------------------------------------------------------------------------
    def build(self) -> nn.Module:
        """A fresh network (random weights, eval mode, CPU)."""
        return archs.build(self.arch, self.in_channels, self.image_size, self.num_classes, **self.option_dict).eval()

    def load(self, weights: Mapping[str, Any]) -> nn.Module:
        """A network with ``weights``; a mismatch is explained in words (CheckpointError)."""
        model = self.build()
        checkpoint.apply_weights(model, dict(weights), self.arch)
        return model.eval()

    # -- storing --------------------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "arch": self.arch,
            "dataset": self.dataset,
            "in_channels": self.in_channels,
            "image_size": self.image_size,
            "num_classes": self.num_classes,
            "class_names": list(self.class_names),
            "mean": list(self.mean),
            "std": list(self.std),
            "options": self.option_dict,
            "epoch": self.epoch,
            "config": self.config.to_dict() if self.config is not None else {},
        }

    @classmethod
    def from_dict(cls, meta: Mapping[str, Any], source: str = "the file") -> "ModelCard":
        """A card from a checkpoint's ``meta``; CardError names the first field that is wrong."""
        if not isinstance(meta, Mapping):
            raise CardError(said.NoDescription(source))
        try:
            channels = _int(meta, "in_channels", 1, 3)
            n = _int(meta, "num_classes", 1, MAX_CLASSES) if "num_classes" in meta else None
            names = meta.get("class_names") or [str(i) for i in range(n or 10)]
            if not isinstance(names, (list, tuple)) or len(names) > MAX_CLASSES:
                raise CardError(said.ClassNamesNotAList())
            if n is not None and len(names) != n:
                raise CardError(said.ClassCountMismatch(len(names), n))
            dataset = str(meta.get("dataset") or "")
            mean, std = _norm(meta, dataset, channels)
            options = meta.get("options") or {}
            if not isinstance(options, Mapping):
                raise CardError(said.OptionsNotATable())
            config = meta.get("config")
            return cls(
                arch=str(meta.get("arch")),
                in_channels=channels,
                image_size=_int(meta, "image_size", 1, MAX_IMAGE_SIZE),
                class_names=tuple(str(c) for c in names),
                mean=mean,
                std=std,
                dataset=dataset,
                options=tuple(sorted((str(k), v) for k, v in options.items())),
                epoch=_int(meta, "epoch", 0, 10**9, default=0),
                config=_config(config),
            )
        except CardError as exc:
            raise CardError(said.CardUnusable(source, exc.msg)) from None

    @classmethod
    def for_run(cls, config: Any, spec: Any, epoch: int = 0) -> "ModelCard":
        """The card of a training run: its TrainConfig and the DatasetSpec of the data it trains on."""
        takes = archs.get_arch(config.arch).options
        # the network file goes with your own network only: a sweep may try it beside a built-in one
        options = {
            k: getattr(config, k)
            for k in archs.OPTIONS
            if getattr(config, k) is not None and (k != "network" or k in takes)
        }
        return cls(
            config.arch,
            spec.channels,
            spec.image_size,
            tuple(spec.class_names),
            tuple(spec.mean),
            tuple(spec.std),
            config.dataset,
            tuple(sorted(options.items())),
            epoch,
            config,
        )


def _config(stored: Any) -> TrainConfig | None:
    """The run's settings from a checkpoint; None when missing or not valid here (the network still loads)."""
    if not isinstance(stored, Mapping):
        return None
    try:
        return TrainConfig.from_dict(dict(stored))
    except (ConfigError, TypeError, ValueError):
        return None


def read_weights(path: Path, fallback: ModelCard | None = None) -> tuple[ModelCard, dict[str, Any]]:
    """(card, weights) from a weights file. A bare state_dict from elsewhere carries no card: it needs
    ``fallback`` (the network the user says it is), else it is refused in words."""
    ckpt = checkpoint.load(path)
    if not ckpt.get("meta"):
        if fallback is None:
            raise CardError(said.BareWeights(Path(path).name))
        return fallback, ckpt["model"]
    return ModelCard.from_dict(ckpt["meta"], Path(path).name), ckpt["model"]


def load_model(path: Path, fallback: ModelCard | None = None) -> tuple[nn.Module, ModelCard]:
    """A ready network (eval mode, CPU) and its card from a weights file."""
    card, weights = read_weights(path, fallback)
    return card.load(weights), card


# -- checks, before anything is built -------------------------------------------------------------------------
def _int(meta: Mapping[str, Any], key: str, low: int, high: int, default: int | None = None) -> int:
    value = meta.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise CardError(said.NotAWholeNumber(key, repr(value), low, high))
    return value


def _norm(meta: Mapping[str, Any], dataset: str, channels: int) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """mean/std as stored, else the dataset's own, else none at all (0 and 1: the network sees 0..1 pixels)."""
    if "mean" not in meta or "std" not in meta:
        from core import data

        if dataset in data.DATASETS and data.get_spec(dataset).channels == channels:
            spec = data.get_spec(dataset)
            return tuple(spec.mean), tuple(spec.std)
        return (0.0,) * channels, (1.0,) * channels
    try:
        mean, std = tuple(float(v) for v in meta["mean"]), tuple(float(v) for v in meta["std"])
    except (TypeError, ValueError):
        raise CardError(said.NormNotNumbers()) from None
    return mean, std


def _problem(card: ModelCard) -> Message | None:
    if card.arch not in archs.ARCHS:
        return said.UnknownNetwork(repr(card.arch))
    if not 1 <= card.num_classes <= MAX_CLASSES:
        return said.BadClassCount(card.num_classes)
    if not (len(card.mean) == len(card.std) == card.in_channels):
        return said.NormCountMismatch(len(card.mean), card.in_channels)
    if not all(math.isfinite(m) for m in card.mean) or not all(math.isfinite(s) and s > 0 for s in card.std):
        return said.NormNotPositive()
    if not 1 <= card.image_size <= MAX_IMAGE_SIZE:
        return said.ImageSizeOutside(card.image_size, MAX_IMAGE_SIZE)
    return (
        _option_problem(card.option_dict)
        or archs.fit_problem(card.arch, card.in_channels, card.image_size)
        or _network_problem(card)
    )


def _network_problem(card: ModelCard) -> Message | None:
    """Your own network: the card carries its network file, which must fit the card's images and classes."""
    if not archs.get_arch(card.arch).from_file:
        return None
    from core.archs import network_file, network_shapes

    text = card.option_dict.get("network")
    if not isinstance(text, str):
        return networks.NoNetworkFile()
    try:
        net = network_file.NetworkFile.from_json(text)
    except network_file.NetworkError as exc:
        return networks.NetworkFileUnusable(as_message(exc))
    misfit = network_shapes.problem(net, card.in_channels, card.image_size, card.num_classes)
    return networks.NetworkDoesNotFit(as_message(misfit)) if misfit else None


def _option_problem(options: dict[str, Any]) -> Message | None:
    checks = {
        "activation": lambda v: v in archs.ACTIVATIONS,
        "init": lambda v: v in archs.INITS,
        "dropout": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v < 1,
        "batch_norm": lambda v: isinstance(v, bool),
        "network": lambda v: isinstance(v, str),  # the file itself: _network_problem
    }
    for key, value in options.items():
        if key not in checks:
            return said.UnknownOption(repr(key))
        if value is not None and not checks[key](value):
            return said.BadOption(key, repr(value))
    return None
