"""What the coach can find, as typed diagnoses, and the typed fixes they carry (see core.coach).

A fix is a tuple of changes: knobs (core.knobs), which a running run can take from its next batch, and
NextRun settings, which only a new run can take. Each diagnosis keeps the numbers it saw; the GUI words it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Union

from core import knobs
from core.config import SETTINGS, ConfigError, TrainConfig


@dataclass(frozen=True)
class NextRun:
    """A setting only a new run can take (the optimizer, the network, the epochs)."""

    field: str
    value: Any

    def __post_init__(self) -> None:
        problem = SETTINGS[self.field].problem(self.value)
        if problem:
            raise ConfigError({self.field: problem})

    def on(self, cfg: TrainConfig) -> TrainConfig:
        return cfg.replace(**{self.field: self.value})


Change = Union[knobs.Knob, NextRun]


@dataclass(frozen=True)
class Diagnosis:
    """``key`` names the finding for the GUI's words; ``fix`` the changes that answer it."""

    fix: tuple[Change, ...]
    key: ClassVar[str] = ""

    @property
    def live(self) -> bool:
        """Whether the whole fix can go to the running run through its knobs."""
        return all(not isinstance(c, NextRun) for c in self.fix)

    def next_config(self, cfg: TrainConfig) -> TrainConfig:
        """``cfg`` with the fix: the settings of the next run. Raises ConfigError if they do not fit."""
        for change in self.fix:
            cfg = change.on(cfg)
        return cfg


@dataclass(frozen=True)
class LossNotANumber(Diagnosis):
    epoch: int = 0
    batch: int = 0
    key: ClassVar[str] = "nan"


@dataclass(frozen=True)
class LossExploding(Diagnosis):
    start: float = 0.0  # mean loss of the first batches
    now: float = 0.0  # and of the latest
    key: ClassVar[str] = "exploding"


@dataclass(frozen=True)
class LossFlat(Diagnosis):
    epoch: int = 0
    loss: float = 0.0
    cause: str = "low_rate"  # "low_rate" | "high_rate" | "sigmoid_sgd"
    key: ClassVar[str] = "flat"


@dataclass(frozen=True)
class LossJumping(Diagnosis):
    spread: float = 0.0  # typical change from one batch to the next, as a share of the loss
    key: ClassVar[str] = "jumping"


@dataclass(frozen=True)
class Memorising(Diagnosis):
    train_acc: float = 0.0
    val_acc: float = 0.0
    val_loss_rise: float = 0.0  # latest validation loss over its lowest, minus 1
    key: ClassVar[str] = "memorising"


@dataclass(frozen=True)
class Underfitting(Diagnosis):
    train_acc: float = 0.0
    val_acc: float = 0.0
    key: ClassVar[str] = "underfitting"


@dataclass(frozen=True)
class DeadUnits(Diagnosis):
    layer: str = ""
    share: float = 0.0
    key: ClassVar[str] = "dead_units"


@dataclass(frozen=True)
class VanishingGradients(Diagnosis):
    first_layer: str = ""
    last_layer: str = ""
    ratio: float = 0.0  # first layer's gradient norm over the last layer's
    key: ClassVar[str] = "vanishing_gradients"


@dataclass(frozen=True)
class ExplodingGradients(Diagnosis):
    layer: str = ""
    norm: float = 0.0
    key: ClassVar[str] = "exploding_gradients"


@dataclass(frozen=True)
class InputBottleneck(Diagnosis):
    share: float = 0.0  # of the latest epoch's training time, spent making batches
    augment: str = "none"
    key: ClassVar[str] = "input_pipeline"
