"""The architecture spec, the registry that holds the specs, and the option names."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from torch import nn

from core.registry import Registry

ACTIVATIONS = ("sigmoid", "tanh", "relu", "leakyrelu")
INITS = ("default", "xavier", "kaiming")
OPTIONS = ("activation", "init", "dropout", "batch_norm", "network")  # network: a network file's text


@dataclass(frozen=True)
class ArchSpec:
    """What the UI and the trainer need to know about one architecture.

    ``builder(in_channels, image_size, num_classes, **options)`` gets only the
    options named in ``options``; a ``None`` option means the recipe's default.
    ``resize``: images smaller than ``native_size`` are enlarged to it inside
    the model (so ``min_size`` can be far below ``native_size``).
    """

    name: str
    title: str
    description: str
    native_size: int | None
    min_size: int
    channels: tuple[int, ...]
    options: tuple[str, ...]
    builder: Callable[..., nn.Module]
    resize: bool = False
    from_file: bool = False  # built from a network file the run carries (option "network"), not from its name alone

    def __post_init__(self) -> None:
        unknown = set(self.options) - set(OPTIONS)
        if unknown:
            raise ValueError(f"{self.name}: unknown options {sorted(unknown)}")
        if self.min_size < 1:
            raise ValueError(f"{self.name}: min_size must be >= 1")


ARCHS: Registry[ArchSpec] = Registry("architecture")


def register(spec: ArchSpec) -> ArchSpec:
    return ARCHS.add(spec.name, spec)
