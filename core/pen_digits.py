"""Digits as pen paths in the writing styles of many countries, jittered like a hand, for testing readers.

Each :class:`PenStyle` is a template: strokes in a unit box (x right, y down, the digit 1 tall), drawn in
the order and direction people draw them. :func:`pen_paths` bends one into a single hand-drawn digit
(wobble, slant, rotation, aspect, size and place on the paper); :func:`render` paints the paths the way
the Draw tab's canvas does (white round pen, 1/12 of the paper wide, on black), so a rendered digit goes
through core.preprocess.mnist_style exactly like a drawing. The same paths can drive the real canvas
with mouse events (tests/fixtures/make_canvas_styles.py).

The styles are independent of core.styles, which edits MNIST digits: a reader trained with that
augmentation is measured here on digits it never saw made another way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import numpy as np
from PIL import Image, ImageDraw

from core.preprocess import mnist_style

Stroke = list[tuple[float, float]]
PEN_FRACTION = 1 / 12  # gui.predict.draw_canvas.PEN_FRACTION: the canvas pen at full pressure


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


_EIGHT = [(0.5 + 0.42 * math.sin(2 * t), 0.5 - 0.5 * math.cos(t)) for t in np.linspace(0.25, 2 * math.pi + 0.3, 48)]
PEN_STYLES: tuple[PenStyle, ...] = (
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
STYLE_NAMES = tuple(s.name for s in PEN_STYLES)


def _densify(stroke: Stroke, step: float = 0.03) -> np.ndarray:
    pts = np.asarray(stroke, dtype=np.float64)
    out = [pts[0]]
    for a, b in zip(pts[:-1], pts[1:]):
        n = max(1, int(np.ceil(np.linalg.norm(b - a) / step)))
        out += [a + (b - a) * (i / n) for i in range(1, n + 1)]
    return np.asarray(out)


def pen_paths(style: PenStyle, rng: np.random.Generator) -> list[Stroke]:
    """One hand-drawn instance of ``style``: strokes in paper coordinates (0..1 across the square canvas)."""
    strokes = [_densify(s) for s in style.make(rng)]
    height = rng.uniform(0.45, 0.8)
    width = style.width * rng.uniform(0.8, 1.2)
    slant, turn = rng.uniform(-0.1, 0.35), math.radians(rng.uniform(-10, 10))
    c, s = math.cos(turn), math.sin(turn)
    out = []
    for pts in strokes:
        t = np.linspace(0, 1, len(pts))[:, None]
        # A hand drifts slowly along a stroke: half and whole waves (faster ones drew S-shaped sticks)
        wobble = sum(rng.normal(0, 0.018, 2) * np.sin(2 * math.pi * (k * t + rng.random())) for k in (0.5, 1))
        x = (pts[:, 0] - 0.5) * width + wobble[:, 0]
        y = pts[:, 1] - 0.5 + wobble[:, 1]
        x = x - slant * y  # slant > 0 leans the top to the right
        out.append(np.stack([c * x - s * y, s * x + c * y], 1) * height)
    allpts = np.concatenate(out)
    lo, hi = allpts.min(0), allpts.max(0)
    margin = PEN_FRACTION / 2 + 0.02
    offset = np.array(
        [
            rng.uniform(margin - lo[i], 1 - margin - hi[i])
            if hi[i] - lo[i] < 1 - 2 * margin
            else 0.5 - (lo[i] + hi[i]) / 2
            for i in range(2)
        ]
    )
    return [[(float(x), float(y)) for x, y in pts + offset] for pts in out]


def render(strokes: list[Stroke], size: int = 280) -> np.ndarray:
    """The strokes as the canvas paints them: uint8 size x size, white round pen on black."""
    scale = 4  # supersampled, then area-averaged: antialiasing
    big = Image.new("L", (size * scale, size * scale), 0)
    draw = ImageDraw.Draw(big)
    width = size * scale * PEN_FRACTION
    for stroke in strokes:
        pts = [(x * size * scale, y * size * scale) for x, y in stroke]
        draw.line(pts, fill=255, width=max(1, round(width)), joint="curve")
        for x, y in (pts[0], pts[-1]):
            draw.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=255)
    return np.asarray(big.resize((size, size), Image.Resampling.BOX))


def styles_set(
    per_style: int, seed: int = 0, styles: tuple[PenStyle, ...] = PEN_STYLES
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(images uint8 [N, 28, 28] as the network sees them, labels int64 [N], style index [N] into ``styles``)."""
    rng = np.random.default_rng(seed)
    images, labels, which = [], [], []
    for i, style in enumerate(styles):
        for _ in range(per_style):
            seen = mnist_style(render(pen_paths(style, rng)))
            images.append((seen * 255).round().astype(np.uint8))
            labels.append(style.digit)
            which.append(i)
    return np.stack(images), np.asarray(labels, dtype=np.int64), np.asarray(which, dtype=np.int64)
