"""Live knobs: settings a student changes while a run trains, each a typed change, recorded with its step.

A change is one frozen dataclass per knob (``LearningRate(0.01)``), validated against the TrainConfig field it
stands for (core.config.SETTINGS), so a knob accepts exactly what the settings panel accepts. The same types
serve as the coach's suggested fixes: ``knob.on(cfg)`` is the next run's config with the change.

The run folder keeps every change in ``knobs.jsonl``: one line ``{"step": 120, "knob": "lr", "value": 0.01}``
per change, where ``step`` is the number of batches trained before it took effect (it acts from batch
``step + 1``; curves put its marker there). ``read`` validates each line and skips (and logs) the bad ones.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Union

from core.config import SETTINGS, ConfigError, TrainConfig
from core.registry import Registry

log = logging.getLogger(__name__)
FILE = "knobs.jsonl"


@dataclass(frozen=True)
class _Knob:
    """One setting's new value. Subclasses name the TrainConfig ``field`` they change."""

    value: Any
    field: ClassVar[str] = ""

    def __post_init__(self) -> None:
        problem = SETTINGS[self.field].problem(self.value)
        if problem:
            raise ConfigError({self.field: problem})

    def on(self, cfg: TrainConfig) -> TrainConfig:
        """``cfg`` with this change: the next run's settings. Raises ConfigError if they clash (e.g. styles)."""
        return cfg.replace(**{self.field: self.value})


@dataclass(frozen=True)
class LearningRate(_Knob):
    """The base learning rate; a schedule goes on multiplying it, so changing it scales the whole schedule."""

    value: float
    field: ClassVar[str] = "lr"


@dataclass(frozen=True)
class Momentum(_Knob):
    """SGD's and RMSprop's momentum; for Adam and AdamW their first beta, the same idea."""

    value: float
    field: ClassVar[str] = "momentum"


@dataclass(frozen=True)
class WeightDecay(_Knob):
    value: float
    field: ClassVar[str] = "weight_decay"


@dataclass(frozen=True)
class Dropout(_Knob):
    """The share of each dropout layer; a network built without dropout layers has none to change."""

    value: float
    field: ClassVar[str] = "dropout"


@dataclass(frozen=True)
class Augment(_Knob):
    """The augmentation by name; "none" turns it off."""

    value: str
    field: ClassVar[str] = "augment"


Knob = Union[LearningRate, Momentum, WeightDecay, Dropout, Augment]
KNOBS: Registry[type] = Registry("knob")
for _kind in (LearningRate, Momentum, WeightDecay, Dropout, Augment):
    KNOBS.add(_kind.field, _kind)


def make(field: str, value: Any) -> Knob:
    """The knob for TrainConfig field ``field``. Raises KeyError (no such knob) or ConfigError (bad value)."""
    kind = KNOBS.get(field)
    return kind(
        float(value) if kind is not Augment and isinstance(value, int) and not isinstance(value, bool) else value
    )


@dataclass(frozen=True)
class KnobChange:
    """A knob that took effect after ``step`` batches of the run: its record line, and the event sent then."""

    step: int
    knob: Knob

    def to_json(self) -> str:
        return json.dumps({"step": self.step, "knob": self.knob.field, "value": self.knob.value})


@dataclass(frozen=True)
class KnobIgnored:
    """A change the running network cannot take (``reason``: "no_dropout_layers"); not recorded."""

    knob: Knob
    reason: str


def config_at(cfg: TrainConfig, changes: tuple[KnobChange, ...] | list[KnobChange]) -> TrainConfig:
    """The settings in force after ``changes``: what a new run repeating this one starts with."""
    for change in changes:
        try:
            cfg = change.knob.on(cfg)
        except ConfigError:
            log.warning("knob %s=%r does not fit the run's settings; left out", change.knob.field, change.knob.value)
    return cfg


def append(run_dir: Path, change: KnobChange) -> None:
    """Add one line, flushed to disk (changes are rare). Raises OSError like the run's other files."""
    with open(Path(run_dir) / FILE, "a", encoding="utf-8", newline="") as f:
        f.write(change.to_json() + "\n")
        f.flush()
        os.fsync(f.fileno())


def read(run_dir: Path) -> tuple[KnobChange, ...]:
    """The recorded changes in the order they took effect; none when there is no file.

    A line that is not a valid change (torn by a kill, edited by hand) is skipped and logged, never raised."""
    try:
        text = (Path(run_dir) / FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    changes, bad = [], 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        change = _parse(line)
        if change is None:
            bad += 1
        else:
            changes.append(change)
    if bad:
        log.warning("%s: %d unreadable lines of %s skipped", run_dir, bad, FILE)
    return tuple(sorted(changes, key=lambda c: c.step))  # stable: changes at one step keep their order


def _parse(line: str) -> KnobChange | None:
    try:
        row = json.loads(line)
        step = row["step"]
        if not isinstance(step, int) or isinstance(step, bool) or step < 0:
            return None
        return KnobChange(step, make(row["knob"], row["value"]))
    except (ValueError, KeyError, TypeError, AttributeError):  # ConfigError is a ValueError
        return None
