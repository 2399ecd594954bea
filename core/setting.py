"""One training setting's definition: its type, valid range or choices, help line, and the check of a value.

``core.config.SETTINGS`` holds one per TrainConfig field; the CLI, the window's controls and the settings restore
all read it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

from core.messages import Message, Static
from core.messages import settings as said


@dataclass(frozen=True)
class Setting:
    """One TrainConfig field: its type, its valid values and a line of help (what it does, usual values).

    Numbers lie in [low, high]; ``low_open`` excludes ``low`` itself (a learning rate of 0 learns nothing).
    ``choices`` lists the valid words (a function, as some come from registries filled at import).
    ``optional``: None is allowed and means "not set" (the recipe's own, automatic).
    """

    name: str
    kind: type
    help: str
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False
    choices: Callable[[], tuple[str, ...]] | None = None
    optional: bool = False
    message: str = ""  # a sentence to say instead of the generic one, where the generic one would be vague
    default: Any = None  # the TrainConfig field's default (core.config fills it in)

    def range_text(self) -> Message:
        """The valid values in words, e.g. 'between 1 and 10,000' or 'one of sgd, adam'."""
        if self.choices is not None:
            return said.OneOf(", ".join(self.choices()))
        if self.low is None:
            return said.OnOrOff() if self.kind is bool else said.AnyText()
        number = (lambda v: f"{int(v):,}") if self.kind is int else (lambda v: f"{v:g}")  # noqa: E731
        low, high = number(self.low), number(self.high)
        if self.low_open:
            return said.AboveUpTo(low, high)
        return said.FromToBelow(low, high) if self.high_open else said.Between(low, high)

    def problem(self, value: Any) -> Message | None:
        """None when ``value`` is valid for this field, else a message naming the valid range."""
        if value is None and self.optional:
            return None
        if self.message and (value is None or not _is_kind(value, self.kind) or self._out_of_range(value)):
            return Static(self.message)
        if value is None:
            return said.MustBeSet(self.help, self.range_text())
        if not _is_kind(value, self.kind):
            return said.OutOfRange(self.help, self.range_text(), _short(value))
        if self.choices is not None and value not in self.choices():
            return said.UnknownValue(_short(value), self.help, self.range_text())
        if self._out_of_range(value):
            return said.OutOfRange(self.help, self.range_text(), _short(value))
        return None

    def _out_of_range(self, value: Any) -> bool:
        if self.low is None or self.kind is bool:
            return False
        return (
            not math.isfinite(value)
            or value < self.low
            or value > self.high
            or (self.low_open and value == self.low)
            or (self.high_open and value == self.high)
        )

    def clean(self, raw: Any) -> Any:
        """``raw`` (e.g. from a settings file) if valid, else this field's default; never raises."""
        try:
            return raw if self.problem(raw) is None else self.default
        except Exception:  # noqa: BLE001 - anything odd (huge ints, strange objects) falls back too
            return self.default


def _is_kind(value: Any, kind: type) -> bool:
    if kind is bool:
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if kind is float:
        return isinstance(value, (int, float)) and (not isinstance(value, int) or abs(value) < 2**63)
    return isinstance(value, kind)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
