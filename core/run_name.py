"""A run's name as typed parts: its network, then each setting that makes it differ, then a number that keeps
it unique in its runs folder ("LeNet-5 (classic) · sigmoid · lr 0.9 (2)").

core keeps the parts (``label.json`` holds them beside the English name) so the window can say each part in the
language installed now (gui/run_names.py) without reading English back. The English here is what the command
line, scripts and older versions of the app see, and what uniqueness is decided on (core.run_naming).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SEPARATOR = " · "

# proper names, the same in every language
PROPER_NAMES = {
    "sgd": "SGD",
    "adam": "Adam",
    "adamw": "AdamW",
    "rmsprop": "RMSprop",
    "relu": "ReLU",
    "leakyrelu": "LeakyReLU",
    "sigmoid": "sigmoid",
    "tanh": "tanh",
    "xavier": "Xavier",
    "kaiming": "Kaiming (He)",
}


def proper(value: Any) -> str:
    return PROPER_NAMES.get(value, str(value))


def number(value: int | float) -> str:
    """A setting's number as a name shows it: 0.9, 1e-05, 60000 (every digit of a count)."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def arch_title(name: str) -> str:
    from core import archs

    return archs.get_arch(name).title if name in archs.ARCHS else name


def dataset_title(name: str) -> str:
    from core import data

    return data.get_spec(name).title if name in data.DATASETS else name


# the English words of each part (gui/run_names.py has a tr() template for each): what a name starts with...
TITLES: dict[str, Callable[[Any], str]] = {
    "arch": arch_title,  # a run's network (by its registry name)
    "sweep": lambda study: f"sweep {study}",  # a sweep's trial: its study, then its number
    "trial": lambda n: f"trial {n}",
}
# ... then each setting of TrainConfig a name says when it differs, in this order
SETTING_WORDS: dict[str, Callable[[Any], str]] = {
    "dataset": dataset_title,
    "activation": proper,
    "optimizer": proper,
    "lr": lambda v: f"lr {number(v)}",
    "batch_size": lambda v: f"batch {number(v)}",
    "momentum": lambda v: f"momentum {number(v)}",
    "weight_decay": lambda v: f"weight decay {number(v)}",
    "schedule": lambda v: f"{v} schedule",
    "augment": lambda v: f"{v} augmentation",
    "dropout": lambda v: f"dropout {number(v)}",
    "batch_norm": lambda v: "batch norm" if v else "no batch norm",
    "init": lambda v: f"{proper(v)} init",
    "label_smoothing": lambda v: f"label smoothing {number(v)}",
    "grad_clip": lambda v: f"clip {number(v)}",
    "image_size": lambda v: f"{number(v)} px",
    "train_subset": lambda v: f"{number(v)} images",
}
ENGLISH = {**TITLES, **SETTING_WORDS}
SETTINGS = tuple(SETTING_WORDS)  # the settings a name can say


@dataclass(frozen=True)
class NamePart:
    """One part of a name: ``setting`` is one of TITLES (for "arch" the value is the network's registry name)
    or a TrainConfig setting with its value."""

    setting: str
    value: str | int | float | bool

    def english(self) -> str:
        return ENGLISH[self.setting](self.value)


@dataclass(frozen=True)
class RunName:
    parts: tuple[NamePart, ...]
    number: int = 1  # the n of " (n)" that makes the name unique in its runs folder; 1 is not said

    def __str__(self) -> str:
        words = SEPARATOR.join(part.english() for part in self.parts)
        return f"{words} ({self.number})" if self.number > 1 else words

    def to_json(self) -> dict:
        return {"parts": [{"setting": p.setting, "value": p.value} for p in self.parts], "number": self.number}

    @classmethod
    def from_json(cls, raw: dict, name: str) -> RunName | None:
        """The parts stored beside ``name`` in ``label.json``; None when there are none, or they are not what this
        version can say, or they no longer say ``name`` (renamed by hand or by a script): the name then shows as
        stored, which is never wrong."""
        try:
            parts = tuple(NamePart(str(p["setting"]), _scalar(p["value"])) for p in raw["parts"])
            typed = cls(parts, _count(raw.get("number", 1)))
            return typed if parts and str(typed) == name else None
        except (KeyError, TypeError, ValueError):
            return None


def trial_name(study: str, number: int) -> RunName:
    """The name of trial ``number`` of the sweep ``study``: "sweep lr-search · trial 3"."""
    return RunName((NamePart("sweep", study), NamePart("trial", number)))


def _scalar(value: Any) -> str | int | float | bool:
    if not isinstance(value, str | int | float):  # bool is an int
        raise TypeError(f"not a setting's value: {type(value).__name__}")
    return value


def _count(value: Any) -> int:
    if type(value) is not int or value < 1:
        raise ValueError(f"not a name's number: {value!r}")
    return value
