"""The writing styles of core.pen_digits: digit templates as pen strokes, in the order people draw them.

Each :class:`PenStyle` makes fresh strokes in a unit box (x right, y down, the digit 1 tall) from a random
generator; core.pen_digits.pen_paths bends them into one hand-drawn digit. The hard styles (narrow slashed
and barred zeros, leaning ones with long flags, ones on long bases, sevens with a flat crossed bar) are drawn
in their true proportions (width 1, little aspect jitter, their own lean), so their angles are the ones real
writers use: a 1's flag never flatter than 28 degrees above the horizontal, a 7's bar within a few degrees of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np

Stroke = list[tuple[float, float]]


def _arc(cx: float, cy: float, rx: float, ry: float, start: float, stop: float, n: int = 24) -> Stroke:
    """Points on an ellipse from angle start to stop (degrees; 0 = right, 90 = down, as on screen)."""
    return [
        (cx + rx * math.cos(math.radians(a)), cy + ry * math.sin(math.radians(a))) for a in np.linspace(start, stop, n)
    ]


def _slashed_zero(direction: int) -> Callable[[np.random.Generator], list[Stroke]]:
    def make(rng: np.random.Generator) -> list[Stroke]:
        angle = math.radians(rng.uniform(45, 75))
        reach = 1 / math.sqrt((math.cos(angle) / 0.45) ** 2 + (math.sin(angle) / 0.5) ** 2)
        a, b = reach * rng.uniform(0.9, 1.7), reach * rng.uniform(0.9, 1.7)
        dx, dy = math.cos(angle) * direction, -math.sin(angle)
        return [_arc(0.5, 0.5, 0.45, 0.5, -90, -460), [(0.5 - a * dx, 0.5 - a * dy), (0.5 + b * dx, 0.5 + b * dy)]]

    return make


def _one(flag: bool, base: bool) -> Callable[[np.random.Generator], list[Stroke]]:
    def make(rng: np.random.Generator) -> list[Stroke]:
        stem: Stroke = [(0.5, 0.0), (0.5, 1.0)]
        if flag:
            angle, length = math.radians(rng.uniform(30, 55)), rng.uniform(0.35, 0.7)  # the long European up-stroke
            stem.insert(0, (0.5 - length * math.sin(angle), length * math.cos(angle)))
        strokes = [stem]
        if base:
            strokes.append([(0.5 - rng.uniform(0.15, 0.32), 1.0), (0.5 + rng.uniform(0.15, 0.32), 1.0)])
        return strokes

    return make


def _seven(cross: bool) -> Callable[[np.random.Generator], list[Stroke]]:
    def make(rng: np.random.Generator) -> list[Stroke]:
        bend = (1.0, rng.uniform(-0.03, 0.03))
        first: Stroke = [(0.0, 0.0), bend, (rng.uniform(0.25, 0.45), 1.0)]
        if rng.random() < 0.3:  # the European tick at the bar's left end
            first.insert(0, (0.02, rng.uniform(0.12, 0.22)))
        strokes = [first]
        if cross:
            y = rng.uniform(0.45, 0.58)
            x = 1.0 + (first[-1][0] - 1.0) * y
            strokes.append([(x - rng.uniform(0.18, 0.32), y), (x + rng.uniform(0.15, 0.3), y - rng.uniform(0, 0.04))])
        return strokes

    return make


def _nine(hook: bool) -> Callable[[np.random.Generator], list[Stroke]]:
    def make(rng: np.random.Generator) -> list[Stroke]:
        loop = _arc(0.45, 0.28, 0.3, 0.28, -10, -370)
        foot = (0.7, 1.0)
        if not hook:
            return [loop + [(0.74, 0.3), foot]]
        r = rng.uniform(0.1, 0.18)
        curl = _arc(0.7 - r, 0.86, r, r * 0.9, 0, rng.uniform(120, 160), 8)
        return [loop + [(0.74, 0.3), (0.7, 0.86)] + curl]

    return make


def _fixed(*strokes: Stroke) -> Callable[[np.random.Generator], list[Stroke]]:
    return lambda rng: [list(s) for s in strokes]


@dataclass(frozen=True)
class PenStyle:
    name: str
    digit: int
    description: str
    width: float  # the template's width for 1 of height
    make: Callable[[np.random.Generator], list[Stroke]]  # fresh strokes in the unit box
    slant: tuple[float, float] = (-0.1, 0.35)  # the hand's lean (x moves by slant * height), drawn in this range
    turn: float = 10.0  # rotated by up to this many degrees either way
    aspect: float = 0.2  # the width stretched or squeezed by up to this share


_EIGHT = [(0.5 + 0.42 * math.sin(2 * t), 0.5 - 0.5 * math.cos(t)) for t in np.linspace(0.25, 2 * math.pi + 0.3, 48)]
EASY_STYLES: tuple[PenStyle, ...] = (
    PenStyle("0", 0, "a plain oval zero", 0.7, _fixed(_arc(0.5, 0.5, 0.45, 0.5, -90, -440))),
    PenStyle("0-slash", 0, "a zero slashed '/'", 0.7, _slashed_zero(1)),
    PenStyle("0-backslash", 0, "a zero slashed '\\'", 0.7, _slashed_zero(-1)),
    PenStyle("1", 1, "a bare stick", 0.5, _one(False, False)),
    PenStyle("1-flag", 1, "a 1 with a long up-stroke flag (continental Europe)", 0.5, _one(True, False)),
    PenStyle("1-flag-base", 1, "a flagged 1 on a base serif", 0.5, _one(True, True)),
    PenStyle("1-base", 1, "a stick on a base serif", 0.5, _one(False, True)),
    PenStyle(
        "2", 2, "a 2 with a flat base", 0.7, _fixed(_arc(0.5, 0.3, 0.4, 0.3, 200, 385, 16) + [(0.02, 1.0), (1.0, 1.0)])
    ),
    PenStyle(
        "2-loop",
        2,
        "a 2 with a loop at the bottom",
        0.7,
        _fixed(
            _arc(0.5, 0.3, 0.4, 0.3, 200, 385, 16)
            + [(0.2, 0.9), (0.06, 0.86), (0.05, 0.74), (0.16, 0.72), (0.24, 0.84), (0.28, 0.98), (1.0, 0.98)]
        ),
    ),
    PenStyle(
        "3",
        3,
        "a 3 of two bows",
        0.65,
        _fixed(_arc(0.45, 0.26, 0.45, 0.26, 205, 450, 18) + _arc(0.45, 0.76, 0.5, 0.24, -90, 155, 18)),
    ),
    PenStyle(
        "3-flat",
        3,
        "a 3 with a flat top",
        0.65,
        _fixed([(0.05, 0.0), (0.9, 0.0), (0.35, 0.42)] + _arc(0.45, 0.72, 0.5, 0.29, -95, 155, 18)),
    ),
    PenStyle(
        "4-closed",
        4,
        "a printed 4, closed at the top",
        0.75,
        _fixed([(0.7, 0.0), (0.0, 0.68), (1.0, 0.68)], [(0.7, 0.0), (0.7, 1.0)]),
    ),
    PenStyle(
        "4-open",
        4,
        "a 4 open at the top",
        0.75,
        _fixed([(0.12, 0.0), (0.06, 0.6), (1.0, 0.6)], [(0.72, 0.0), (0.72, 1.0)]),
    ),
    PenStyle(
        "5",
        5,
        "a 5",
        0.7,
        _fixed([(0.2, 0.0), (0.14, 0.46)] + _arc(0.47, 0.7, 0.45, 0.3, -125, 150, 18), [(0.2, 0.0), (0.95, 0.0)]),
    ),
    PenStyle(
        "6",
        6,
        "a 6",
        0.7,
        _fixed([(0.8, 0.0), (0.5, 0.08), (0.25, 0.3), (0.08, 0.6)] + _arc(0.48, 0.7, 0.4, 0.3, 180, -175, 20)),
    ),
    PenStyle("7", 7, "a plain 7", 0.7, _seven(False)),
    PenStyle("7-cross", 7, "a 7 crossed through the middle (Europe, Latin America)", 0.7, _seven(True)),
    PenStyle("8", 8, "an 8 in one stroke", 0.6, _fixed(_EIGHT)),
    PenStyle(
        "8-rings",
        8,
        "an 8 of two rings, one on the other",
        0.6,
        _fixed(_arc(0.5, 0.24, 0.32, 0.24, 0, 370), _arc(0.5, 0.73, 0.4, 0.27, -90, 275)),
    ),
    PenStyle("9", 9, "a 9 with a straight tail", 0.65, _nine(False)),
    PenStyle("9-hook", 9, "a 9 whose tail hooks left", 0.65, _nine(True)),
)
FLATTEST_FLAG = 90 - 28  # degrees from the vertical: a 1's flag is steeper than any 7's bar (within about 25)
TRUE_SHAPE = dict(width=1.0, slant=(0.0, 0.0), turn=3.0, aspect=0.05)  # drawn as made: the angles are final


def _narrow_zero(bar: bool) -> Callable[[np.random.Generator], list[Stroke]]:
    """A zero 40-60 % as wide as tall, with a slash 30-60 degrees from the horizontal ('/' or '\\') or a
    near-vertical bar (within 10 degrees), running up to a third of the oval's height past it at both ends."""

    def make(rng: np.random.Generator) -> list[Stroke]:
        rx, ry = rng.uniform(0.4, 0.6) / 2, 0.5
        angle = math.radians(rng.uniform(80, 100) if bar else rng.uniform(30, 60) * rng.choice([1, -1]) % 180)
        dx, dy = math.cos(angle), -math.sin(angle)
        reach = 1 / math.sqrt((dx / rx) ** 2 + (dy / ry) ** 2)
        top = (0.25 if bar else 1 / 3) * 2 * ry
        a, b = reach + rng.uniform(0.03, top), reach + rng.uniform(0.03, top)
        return [_arc(0.5, 0.5, rx, ry, -90, -455), [(0.5 - a * dx, 0.5 - a * dy), (0.5 + b * dx, 0.5 + b * dy)]]

    return make


def _leaning_one(lean: tuple[float, float], length: tuple[float, float], base: bool):
    """A 1 whose stem leans ``lean`` degrees (top to the right), with a flag ``length`` of the stem long,
    20-50 degrees off the stem and never flatter than FLATTEST_FLAG; on a base half to all of its height wide."""

    def make(rng: np.random.Generator) -> list[Stroke]:
        tilt = math.radians(rng.uniform(*lean))
        top, foot = (0.5 + 0.5 * math.tan(tilt), 0.0), (0.5 - 0.5 * math.tan(tilt), 1.0)
        flag = min(tilt + math.radians(rng.uniform(20, 50)), math.radians(FLATTEST_FLAG))
        long = rng.uniform(*length) / math.cos(tilt)
        start = (top[0] - long * math.sin(flag), long * math.cos(flag))
        strokes = [[start, top, foot]]
        if base:
            wide = rng.uniform(0.5, 1.0)
            left = wide * rng.uniform(0.3, 0.6)
            strokes.append([(foot[0] - left, 1.0), (foot[0] + wide - left, 1.0)])
        return strokes

    return make


def _flat_seven(rng: np.random.Generator) -> list[Stroke]:
    """The seven of the writers of leaning, long-flagged ones: a flat bar, crossed, sometimes ticked."""
    foot = rng.uniform(0.15, 0.4)
    first: Stroke = [(0.0, 0.0), (1.0, rng.uniform(-0.02, 0.02)), (foot, 1.0)]
    if rng.random() < 0.4:
        first.insert(0, (0.02, rng.uniform(0.12, 0.22)))
    y = rng.uniform(0.45, 0.58)
    x = 1.0 + (foot - 1.0) * y
    return [first, [(x - rng.uniform(0.18, 0.3), y), (x + rng.uniform(0.15, 0.28), y)]]


HARD_STYLES: tuple[PenStyle, ...] = (
    PenStyle("0-narrow-slash", 0, "a narrow zero with a long slash", make=_narrow_zero(False), **TRUE_SHAPE),
    PenStyle("0-narrow-bar", 0, "a narrow zero with a near-vertical bar", make=_narrow_zero(True), **TRUE_SHAPE),
    PenStyle(
        "1-flag-lean",
        1,
        "a 1 leaning 10-25 degrees with a flag 30-70 % of the stem",
        make=_leaning_one((10, 25), (0.3, 0.7), False),
        **TRUE_SHAPE,
    ),
    PenStyle(
        "1-long-base",
        1,
        "a flagged 1 on a base half to all of its height",
        make=_leaning_one((0, 20), (0.3, 0.6), True),
        **TRUE_SHAPE,
    ),
    PenStyle(
        "7-flat-cross",
        7,
        "a 7 with a flat bar, crossed, by a leaning hand",
        0.75,
        _flat_seven,
        slant=(0.18, 0.47),
        turn=3.0,
        aspect=0.1,
    ),
)
PEN_STYLES = EASY_STYLES + HARD_STYLES
STYLE_NAMES = tuple(s.name for s in PEN_STYLES)
