"""Digits as pen paths in the writing styles of many countries, jittered like a hand, for testing readers.

Each :class:`PenStyle` (core.pen_styles) is a template: strokes in a unit box (x right, y down, the digit 1
tall), drawn in the order and direction people draw them. :func:`pen_paths` bends one into a single hand-drawn digit
(wobble, slant, rotation, aspect, size and place on the paper); :func:`render` paints the paths the way
the Draw tab's canvas does (white round pen, 1/12 of the paper wide, on black), so a rendered digit goes
through core.preprocess.mnist_style exactly like a drawing. The same paths can drive the real canvas
with mouse events (tests/fixtures/make_canvas_styles.py).

The styles are independent of core.styles, which edits MNIST digits: a reader trained with that
augmentation is measured here on digits it never saw made another way.
"""

from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw

from core.pen_styles import PEN_STYLES, STYLE_NAMES, PenStyle, Stroke
from core.preprocess import mnist_style

__all__ = ["PEN_STYLES", "STYLE_NAMES", "PenStyle", "pen_paths", "render", "styles_set"]
PEN_FRACTION = 1 / 12  # gui.predict.draw_canvas.PEN_FRACTION: the canvas pen at full pressure


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
    width = style.width * rng.uniform(1 - style.aspect, 1 + style.aspect)
    slant, turn = rng.uniform(*style.slant), math.radians(rng.uniform(-style.turn, style.turn))
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
