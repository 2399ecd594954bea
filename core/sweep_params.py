"""What a sweep varies: the parameters that can vary, and ``--vary NAME=SPEC`` parsed into typed ranges and choices.

``lr=1e-4:1e-1:log`` is a range (``low:high``, then ``log`` or ``linear``; a learning rate is log-spaced unless
told otherwise); ``optimizer=sgd,adam`` is a list of choices. Every value is checked against the one definition
of the setting (core.config.SETTINGS), so a sweep can never try what a run would refuse.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable

from core.config import SETTINGS
from core.messages import MessageError
from core.messages import sweep_setup as said
from core.registry import Registry

GRID_POINTS = 4  # a range in a grid search is tried at this many evenly (or log-) spaced values


class VaryError(MessageError, ValueError):
    """A ``--vary`` that cannot be understood; ``msg`` says what to write instead."""


@dataclass(frozen=True)
class ParamDef:
    """One setting a sweep may vary: its type, whether its ranges are log-spaced, and a sensible default spec."""

    name: str  # the TrainConfig field, and the name after --vary
    kind: type  # float, int or str
    default_spec: str  # what the window offers first, e.g. "1e-4:1e-1:log"
    log: bool = False  # ranges are log-spaced unless the spec says "linear"


PARAMETERS: Registry[ParamDef] = Registry("sweep parameter")
for _p in (
    ParamDef("lr", float, "1e-4:1e-1:log", log=True),
    ParamDef("batch_size", int, "32,64,128,256"),
    ParamDef("optimizer", str, "sgd,adam,adamw"),
    ParamDef("weight_decay", float, "0:1e-3"),
    ParamDef("dropout", float, "0:0.5"),
    ParamDef("activation", str, "relu,tanh,sigmoid"),
    ParamDef("arch", str, "lenet,lenet3x3,simplecnn"),
    ParamDef("augment", str, "none,shift,affine"),
):
    PARAMETERS.add(_p.name, _p)


@dataclass(frozen=True)
class Range:
    """A number between ``low`` and ``high`` (integers for an int setting), log-spaced or not."""

    name: str
    low: float
    high: float
    log: bool
    integer: bool = False

    def suggest(self, trial) -> Any:
        if self.integer:
            return trial.suggest_int(self.name, int(self.low), int(self.high), log=self.log)
        return trial.suggest_float(self.name, self.low, self.high, log=self.log)

    def grid(self, points: int = GRID_POINTS) -> tuple:
        lo, hi = (math.log(self.low), math.log(self.high)) if self.log else (self.low, self.high)
        steps = [lo + (hi - lo) * i / (points - 1) for i in range(points)]
        values = [math.exp(s) if self.log else s for s in steps]
        if self.integer:
            return tuple(sorted({int(round(v)) for v in values}))
        return tuple(float(f"{v:.3g}") for v in values)

    @property
    def spec(self) -> str:
        return f"{self.low:g}:{self.high:g}:{'log' if self.log else 'linear'}"


@dataclass(frozen=True)
class Choices:
    """One of a list of values."""

    name: str
    values: tuple

    def suggest(self, trial) -> Any:
        return trial.suggest_categorical(self.name, list(self.values))

    def grid(self, points: int = GRID_POINTS) -> tuple:
        return self.values

    @property
    def spec(self) -> str:
        return ",".join(str(v) for v in self.values)


Param = Range | Choices


# -- parsing ------------------------------------------------------------------------------------------------------
def _value(d: ParamDef, text: str) -> Any:
    """One value of setting ``d`` from text, checked against the setting's valid range."""
    text = text.strip()
    try:
        value = d.kind(text)
    except ValueError:
        not_kind = {int: said.NotAWholeNumberText, float: said.NotANumberText}.get(d.kind, said.NotAWord)
        raise VaryError(said.VaryProblem(d.name, not_kind(repr(text)))) from None
    problem = SETTINGS[d.name].problem(value)
    if problem:
        raise VaryError(said.VaryProblem(d.name, problem))
    return value


def _parse_range(d: ParamDef, text: str) -> Range:
    parts = text.split(":")
    if d.kind is str:
        raise VaryError(said.ChoicesNotRange(d.name, d.default_spec))
    if len(parts) not in (2, 3):
        raise VaryError(said.VaryProblem(d.name, said.RangeForm(d.name, _range_example(d))))
    scale = parts[2].strip().lower() if len(parts) == 3 else ("log" if d.log else "linear")
    if scale not in ("log", "linear"):
        raise VaryError(said.VaryProblem(d.name, said.RangeThirdPart(repr(parts[2]))))
    low, high = _value(d, parts[0]), _value(d, parts[1])
    if not low < high:
        raise VaryError(said.VaryProblem(d.name, said.RangeUpsideDown(low, high)))
    if scale == "log" and low <= 0:
        raise VaryError(said.VaryProblem(d.name, said.LogRangeAboveZero(low)))
    return Range(d.name, low, high, scale == "log", integer=d.kind is int)


def _parse_choices(d: ParamDef, text: str) -> Choices:
    values = tuple(_value(d, part) for part in text.split(",") if part.strip())
    if not values:
        raise VaryError(said.VaryProblem(d.name, said.GiveAValue(d.name, d.default_spec)))
    if len(set(values)) != len(values):
        raise VaryError(said.VaryProblem(d.name, said.ValueTwice(repr(text))))
    return Choices(d.name, values)


def _range_example(d: ParamDef) -> str:
    return d.default_spec if ":" in d.default_spec else "16:256:log"


# A spec with a colon is a range, anything else a list of choices: the first syntax that matches is used.
SYNTAXES: tuple[tuple[Callable[[str], bool], Callable[[ParamDef, str], Param]], ...] = (
    (lambda text: ":" in text, _parse_range),
    (lambda text: True, _parse_choices),
)


def parse_vary(text: str) -> Param:
    """``"lr=1e-4:1e-1:log"`` -> Range; ``"optimizer=sgd,adam"`` -> Choices; raises VaryError with what to write."""
    name, sep, spec = text.partition("=")
    name = name.strip().replace("-", "_")
    if not sep or not spec.strip():
        raise VaryError(said.VaryForm(repr(text), ", ".join(PARAMETERS.names())))
    if name not in PARAMETERS:
        raise VaryError(said.CannotVary(repr(name), ", ".join(PARAMETERS.names())))
    d = PARAMETERS.get(name)
    return next(parse for matches, parse in SYNTAXES if matches(spec.strip()))(d, spec.strip())


def parse_all(texts: list[str] | tuple[str, ...]) -> tuple[Param, ...]:
    params = tuple(parse_vary(t) for t in texts)
    names = [p.name for p in params]
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise VaryError(said.VariedTwice(", ".join(twice)))
    return params
