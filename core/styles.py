"""Writing styles MNIST hardly has, drawn onto training digits of the right class, on the batch.

MNIST's writers were American: zeros without a slash, ones as a bare stick, sevens without a bar.
Much of the world writes a slashed zero (programmers, engineers, Scandinavia), often through a narrow
oval and with the slash running well past it, or a bar through it; a 1 with a long up-stroke flag on a
leaning stem, often on a long base (continental Europe); a 7 with a near-horizontal bar, crossed through
the middle and sometimes with a tick at its left end (Europe, Latin America); a 9 whose tail hooks left.
Each :class:`Style` may first reshape a digit of its class (squeeze a zero narrow, lean a 1's stem:
core.style_geometry.warp_x), then finds where to draw on it (its ink box, the top and the foot of a 1's
stem, a 7's stem at mid height), adds straight antialiased pen strokes of even width, as wide as the
digit's own, and the changed digits are re-fitted the MNIST way (longest side 20 px, centre of mass at 14).

Honesty rules, so no digit turns into another class: a 1's flag is never flatter than 28 degrees above the
horizontal (a 7's bar is within about 25 degrees of it: the separation real writers make); a slash crosses
a zero with a hole, never an inked-in blob, and across a slim oval's waist only when it runs well past
both sides (a short crossing there is an 8's); a hook stays open.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import torch

from core.style_geometry import (
    Geometry,
    Segments,
    extent,
    hollow,
    lerp,
    major_axis,
    measure,
    refit,
    render,
    row_centre,
    segment,
    warp_x,
)

RANDOMS = 10  # uniform numbers each style may use per image
FLATTEST_FLAG = math.radians(90 - 28)  # a 1's flag at most this far from the vertical; a 7's bar is flatter

Drawer = Callable[[torch.Tensor, Geometry, torch.Tensor], tuple[Segments, torch.Tensor]]
Reshaper = Callable[[torch.Tensor, Geometry, torch.Tensor], torch.Tensor]


@dataclass(frozen=True)
class Style:
    name: str
    digit: int
    description: str
    rate: float  # share of this digit's training images that get the style
    draw: Drawer  # (ink [n,28,28], geometry, randoms [n, RANDOMS]) -> (segments, usable [n])
    reshape: Reshaper | None = (
        None  # (ink, geometry, randoms) -> ink, before drawing; a reshaped digit gets no other style
    )


# -- reshaping ----------------------------------------------------------------------------------------------
def _narrow(lo: float, hi: float) -> Reshaper:
    """A zero squeezed to lo-hi of its height wide (a narrower one is left as it is)."""

    def reshape(ink, g, u):
        ratio = (g.right - g.left + 1) / (g.height + 1)
        scale = (lerp(u[:, 6], lo, hi) / ratio.clamp_min(0.1)).clamp(0.3, 1.0)
        return warp_x(ink, g, scale, torch.zeros_like(scale))

    return reshape


def _lean(ink, g, u):
    """A 1's stem leant 10-25 degrees, its top to the right."""
    shear = torch.tan(torch.deg2rad(lerp(u[:, 6], 10.0, 25.0))) - torch.tan(g.tilt)
    return warp_x(ink, g, torch.ones_like(shear), shear)


# -- the strokes --------------------------------------------------------------------------------------------
def _through_zero(
    lo: float, hi: float, direction: int = 0, past: float = 1 / 3, short: float = -1.5, waist: bool = False
) -> Drawer:
    """A straight stroke through the zero's middle, lo-hi degrees from the horizontal, '/' (direction 1), '\\'
    (-1) or either (0: '/' 70 %); each end from ``short`` px past the oval (< 0: short of it) to ``past`` of
    its height beyond it. Across a slim oval's waist (``waist``) only when both ends run 2 px past it."""

    def draw(ink, g, u):
        angle = torch.deg2rad(lerp(u[:, 0], lo, hi))
        sign = torch.full_like(angle, float(direction)) if direction else torch.where(u[:, 5] < 0.7, 1.0, -1.0)
        dx, dy = torch.cos(angle) * sign, -torch.sin(angle)  # up and to the right for '/'
        cx, cy = g.centre
        cx, cy = cx + lerp(u[:, 1], -1.0, 1.0), cy + lerp(u[:, 2], -1.0, 1.0)
        back, forth = extent(ink, cx, cy, dx, dy)
        ext0, ext1 = lerp(u[:, 3], short, past * g.height), lerp(u[:, 4], short, past * g.height)
        t0, t1 = -back - ext0, forth + ext1
        seg = segment(cx + t0 * dx, cy + t0 * dy, cx + t1 * dx, cy + t1 * dy)
        major = major_axis(ink)
        long_back, long_forth = extent(ink, cx, cy, torch.cos(major), torch.sin(major))
        across = back + forth < 0.7 * (long_back + long_forth)  # across a slim oval: an X, an 8 ...
        well_past = torch.full_like(across, waist) & (ext0 >= 2) & (ext1 >= 2)  # ... unless well past both sides
        usable = (g.height >= 8) & (g.right - g.left >= 4) & (back > 2) & (forth > 2) & (~across | well_past)
        fill = ink.sum((1, 2)) / ((g.right - g.left + 1) * (g.height + 1))  # a bold zero with a small hole
        return seg[:, None], usable & hollow(ink, g) & (fill < 0.42)  # a slash on an inked-in blob reads as an 8

    return draw


def _flag_stroke(g, u, lo: float = 20.0, hi: float = 50.0) -> tuple[torch.Tensor, torch.Tensor]:
    """The European 1's up-stroke from the stem's top down to the left, lo-hi degrees off the stem, 22-70 % of
    it long, never flatter than FLATTEST_FLAG; usable where the stem is tall and the flag stays 15 degrees off it."""
    stem = torch.hypot(g.bottom_x - g.top_x, g.height).clamp_min(1.0)
    angle = (g.tilt + torch.deg2rad(lerp(u[:, 0], lo, hi))).clamp(max=FLATTEST_FLAG)
    length = stem * lerp(u[:, 1], 0.22, 0.7)
    x0, y0 = g.top_x, g.top + 0.3
    seg = segment(x0, y0, x0 - length * torch.sin(angle), y0 + length * torch.cos(angle))
    upright = g.tilt > -math.radians(10)  # a flag on a stem leaning left is a caret
    return seg, (g.height >= 10) & (angle - g.tilt >= math.radians(15)) & upright


def _flag(ink, g, u):
    seg, usable = _flag_stroke(g, u)
    return seg[:, None], usable


def _base_stroke(g, u, lo: float, hi: float) -> torch.Tensor:
    """A bar across the foot of the stem, lo-hi of the stem's height wide in all, 30-60 % of it left of the stem."""
    wide = g.height * lerp(u[:, 2], lo, hi)
    left = wide * lerp(u[:, 3], 0.3, 0.6)
    tilt = torch.deg2rad(lerp(u[:, 4], -6.0, 6.0))
    x, y, c, s = g.bottom_x, g.bottom - 0.3, torch.cos(tilt), torch.sin(tilt)
    return segment(x - left * c, y - left * s, x + (wide - left) * c, y + (wide - left) * s)


def _base(ink, g, u):
    """A short base serif under a bare stick."""
    return _base_stroke(g, u, 0.2, 0.45)[:, None], g.height >= 10


def _long_base(ink, g, u):
    """A flagged 1 on a base half to all of the stem's height wide."""
    flag, usable = _flag_stroke(g, u)
    return torch.stack([flag, _base_stroke(g, u, 0.5, 1.0)], 1), usable


def _crossbar(ink, g, u):
    """A bar through the 7's stem a little below mid height."""
    y = g.top + g.height * lerp(u[:, 0], 0.45, 0.62)
    x = row_centre(ink, y - 0.5)
    left, right = lerp(u[:, 1], 2.5, 5.0), lerp(u[:, 2], 2.5, 5.0)
    tilt = torch.deg2rad(lerp(u[:, 3], -10.0, 8.0))
    c, s = torch.cos(tilt), torch.sin(tilt)
    seg = segment(x - left * c, y - left * s, x + right * c, y + right * s)
    return seg[:, None], g.height >= 10


def _tick(ink, g, u):
    """A short down-stroke at the left end of the 7's bar (the leftmost ink in the digit's top quarter)."""
    idx = torch.arange(ink.shape[-1], device=ink.device, dtype=ink.dtype)
    band = (idx.view(1, -1) >= g.top.view(-1, 1)) & (idx.view(1, -1) <= (g.top + g.height / 4).view(-1, 1))
    mask = (ink > 0.3) & band[:, :, None]
    x = torch.where(mask, idx.view(1, 1, -1), float(ink.shape[-1])).amin((1, 2))
    column = mask & (idx.view(1, 1, -1) <= x.view(-1, 1, 1) + 1)
    y = (column * idx.view(1, -1, 1)).sum((1, 2)) / column.sum((1, 2)).clamp_min(1)
    length = lerp(u[:, 0], 2.5, 5.0)
    seg = segment(x, y, x - lerp(u[:, 1], 0.0, 1.2), y + length)
    return seg[:, None], (g.height >= 10) & (g.right - g.left >= 8)


def _hook(ink, g, u, steps: int = 5):
    """The 9's tail curling left at its foot: an arc that leaves the stem along its direction and turns
    100-150 degrees (an open hook, never a closed loop)."""
    x_up = row_centre(ink, g.bottom - 6)
    heading = torch.atan2(torch.full_like(x_up, 5.0), g.bottom_x - x_up)  # the stem's way down
    r, turn = lerp(u[:, 0], 2.5, 4.5), torch.deg2rad(lerp(u[:, 1], 100.0, 150.0))
    cx, cy = g.bottom_x - r * torch.sin(heading), g.bottom - 0.3 + r * torch.cos(heading)
    h = heading[:, None] + turn[:, None] * torch.linspace(0, 1, steps + 1, device=ink.device)[None]
    px, py = cx[:, None] + r[:, None] * torch.sin(h), cy[:, None] - r[:, None] * torch.cos(h)
    seg = torch.stack([torch.stack([px[:, :-1], py[:, :-1]], -1), torch.stack([px[:, 1:], py[:, 1:]], -1)], -2)
    return seg, g.height >= 10


STYLES: tuple[Style, ...] = (
    Style(
        "slashed-0", 0, "a zero with a '/' slash through it, often running well past it", 0.3, _through_zero(30, 75, 1)
    ),
    Style("backslashed-0", 0, "a zero with a '\\' slash through it", 0.08, _through_zero(30, 75, -1)),
    Style(
        "narrow-slashed-0",
        0,
        "a narrow zero with a long slash",
        0.2,
        _through_zero(30, 75, short=2.0, waist=True),
        _narrow(0.4, 0.6),
    ),
    Style(
        "barred-0",
        0,
        "a narrow zero with a near-vertical bar",
        0.08,
        _through_zero(80, 100, past=1 / 4, short=1.0),
        _narrow(0.5, 0.65),
    ),
    Style("flagged-1", 1, "a 1 with a long up-stroke flag", 0.25, _flag),
    Style("leaning-flagged-1", 1, "a leaning 1 with a long flag", 0.2, _flag, _lean),
    Style("based-1", 1, "a 1 with a base serif", 0.12, _base),
    Style("long-based-1", 1, "a flagged 1 on a long base", 0.12, _long_base),
    Style("crossed-7", 7, "a 7 with a bar through the middle", 0.35, _crossbar),
    Style("ticked-7", 7, "a 7 with a tick at the left end of its bar", 0.12, _tick),
    Style("hooked-9", 9, "a 9 whose tail hooks to the left", 0.2, _hook),
)


def add_styles(
    x: torch.Tensor, y: torch.Tensor, gen: torch.Generator, styles: tuple[Style, ...] = STYLES
) -> torch.Tensor:
    """Draw each style on its share of the digits of its class in x [N, 1, 28, 28] (0..1, ink bright).

    Every style is drawn on the whole batch and blended in with a mask, and the re-fit is blended the same way:
    no ``nonzero()`` nor ``if tensor.any()``, so on a GPU the host never waits for the batch. A style that
    reshapes takes only digits no style changed yet, and no later style draws on a reshaped digit (a leant 1
    with two flags is nobody's writing). ``torch.where``, not a product, blends: an unpicked image's geometry
    may be NaN.
    """
    changed = torch.zeros(len(x), dtype=torch.bool, device=x.device)
    reshaped = torch.zeros_like(changed)
    for style in styles:
        pick = (y == style.digit) & (torch.rand(len(x), generator=gen, device=x.device) < style.rate) & ~reshaped
        u = torch.rand(len(x), RANDOMS, generator=gen, device=x.device)
        ink = x[:, 0]
        g = measure(ink)
        if style.reshape is not None:
            pick &= ~changed
            ink = style.reshape(ink, g, u)
            g = measure(ink)
        segments, usable = style.draw(ink, g, u)
        width = g.width * lerp(u[:, -1], 1.3, 1.7)  # 2 * area / perimeter reads soft MNIST strokes thin
        stroke = render(segments.to(x.dtype), width)
        drawn = torch.where(usable.view(-1, 1, 1), torch.maximum(ink, stroke), x[:, 0])
        x = torch.where(pick.view(-1, 1, 1, 1), drawn[:, None], x)
        changed |= pick & usable
        if style.reshape is not None:
            reshaped |= pick & usable
    return torch.where(changed.view(-1, 1, 1, 1), refit(x), x)
