"""Writing styles MNIST hardly has, drawn onto training digits of the right class, on the batch.

MNIST's writers were American: zeros without a slash, ones as a bare stick, sevens without a bar.
Much of the world writes a slashed zero (programmers, engineers, Scandinavia), a 1 with a long
up-stroke flag and often a base serif (continental Europe), a 7 crossed through the middle and
sometimes with a tick at the left end of its bar (Europe, Latin America), a 9 whose tail hooks left.
Each :class:`Style` finds where to draw on a digit of its class (its ink box, the top and the foot of
a 1's stem, a 7's stem at mid height), adds straight antialiased pen strokes as wide as the digit's
own, and the changed digits are re-fitted the MNIST way (longest side 20 px, centre of mass at 14).

Honesty rules, so no digit turns into another class: a 1's flag slopes at least 40 degrees below the
horizontal and stays under half the stem (a flat, long flag is a 7's bar); a slash crosses a zero with
a hole, never a slim oval's waist nor an inked-in blob (either reads as an 8); a hook stays open.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable

import torch
import torch.nn.functional as F

SIDE, BOX, CENTRE = 28, 20.0, 14.0  # MNIST geometry, as in core.preprocess
INK = 0.3  # pixels brighter than this count as ink when measuring a digit
RANDOMS = 8  # uniform numbers each style may use per image


@dataclass(frozen=True)
class Geometry:
    """Per-image measurements (pixel-index coordinates, x right, y down), each a tensor [n]."""

    top: torch.Tensor
    bottom: torch.Tensor
    left: torch.Tensor
    right: torch.Tensor
    top_x: torch.Tensor  # ink centre of the top rows
    bottom_x: torch.Tensor  # ink centre of the bottom rows
    width: torch.Tensor  # the strokes' width, estimated as 2 * area / perimeter

    def row_centre(self, ink: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return _row_centre(ink, y)


Segments = torch.Tensor  # [n, k, 2, 2]: k pen strokes from (x0, y0) to (x1, y1)
Drawer = Callable[[torch.Tensor, Geometry, torch.Tensor], tuple[Segments, torch.Tensor]]


@dataclass(frozen=True)
class Style:
    name: str
    digit: int
    description: str
    rate: float  # share of this digit's training images that get the style
    draw: Drawer  # (ink [n,28,28], geometry, randoms [n, RANDOMS]) -> (segments, usable [n])


def _lerp(u: torch.Tensor, lo: float, hi: float) -> torch.Tensor:
    return lo + (hi - lo) * u


def _row_centre(ink: torch.Tensor, y: torch.Tensor, rows: int = 2) -> torch.Tensor:
    """Ink-weighted x of rows y..y+rows-1 (y [n], fractional ok)."""
    idx = torch.arange(SIDE, device=ink.device, dtype=ink.dtype)
    y0 = y.round().long().clamp(0, SIDE - 1)
    weight = torch.zeros_like(ink[:, 0])
    for r in range(rows):
        weight = weight + ink[torch.arange(len(ink), device=ink.device), (y0 + r).clamp(0, SIDE - 1)]
    return (weight * idx).sum(1) / weight.sum(1).clamp_min(1e-6)


def measure(ink: torch.Tensor) -> Geometry:
    """Ink box, top/foot centres and stroke width of each image in ink [n, 28, 28] (values 0..1)."""
    idx = torch.arange(SIDE, device=ink.device)
    mask = ink > INK
    rows, cols = mask.any(2), mask.any(1)
    top = torch.where(rows, idx, SIDE).amin(1).clamp_max(SIDE - 1)
    bottom = torch.where(rows, idx, -1).amax(1).clamp_min(0)
    left = torch.where(cols, idx, SIDE).amin(1).clamp_max(SIDE - 1)
    right = torch.where(cols, idx, -1).amax(1).clamp_min(0)
    area = ink.sum((1, 2))
    edges = (ink[:, 1:] - ink[:, :-1]).abs().sum((1, 2)) + (ink[:, :, 1:] - ink[:, :, :-1]).abs().sum((1, 2))
    width = (2 * area / edges.clamp_min(1e-6)).clamp(1.2, 4.0)
    return Geometry(
        top.float(),
        bottom.float(),
        left.float(),
        right.float(),
        _row_centre(ink, top.float()),
        _row_centre(ink, bottom.float() - 1),
        width,
    )


def render(segments: Segments, width: torch.Tensor) -> torch.Tensor:
    """Antialiased round-capped strokes [n, k, 2, 2] of width [n] -> ink [n, 28, 28] (soft edges like MNIST's).
    x and y are kept apart (rows [.., 1, 28] against columns [.., 28, 1]): a stacked (x, y) last axis made
    every step of the distance 5-10x slower on the CPU."""
    idx = torch.arange(SIDE, device=segments.device, dtype=segments.dtype)
    corner = lambda v: v[:, :, None, None]  # noqa: E731  [n, k] -> [n, k, 1, 1]
    x0, y0 = corner(segments[:, :, 0, 0]), corner(segments[:, :, 0, 1])
    dx, dy = corner(segments[:, :, 1, 0]) - x0, corner(segments[:, :, 1, 1]) - y0
    rx, ry = idx.view(1, 1, 1, -1) - x0, idx.view(1, 1, -1, 1) - y0  # [n, k, 1, 28], [n, k, 28, 1]
    t = ((rx * dx + ry * dy) / (dx * dx + dy * dy).clamp_min(1e-6)).clamp(0, 1)
    dist = torch.hypot(rx - t * dx, ry - t * dy)
    half = width.view(-1, 1, 1, 1) / 2
    return (half + 0.5 - dist).clamp(0, 1).amax(1)


def _segment(x0, y0, x1, y1) -> torch.Tensor:
    return torch.stack([torch.stack([x0, y0], -1), torch.stack([x1, y1], -1)], -2)  # [n, 2, 2]


# -- the styles ----------------------------------------------------------------------------------------------
def _extent(ink: torch.Tensor, cx, cy, dx, dy) -> tuple[torch.Tensor, torch.Tensor]:
    """How far the ink reaches from (cx, cy) backwards and forwards along the unit direction (dx, dy)."""
    idx = torch.arange(SIDE, device=ink.device, dtype=ink.dtype)
    rx, ry = idx.view(1, 1, -1) - cx.view(-1, 1, 1), idx.view(1, -1, 1) - cy.view(-1, 1, 1)
    along = rx * dx.view(-1, 1, 1) + ry * dy.view(-1, 1, 1)
    near = (rx * dy.view(-1, 1, 1) - ry * dx.view(-1, 1, 1)).abs() < 1.5
    hit = (ink > INK) & near
    inf = torch.full_like(along, float(SIDE))
    return -torch.where(hit, along, inf).amin((1, 2)), torch.where(hit, along, -inf).amax((1, 2))


def _major_axis(ink: torch.Tensor) -> torch.Tensor:
    """The angle of the ink's long axis, from its second moments."""
    idx = torch.arange(SIDE, device=ink.device, dtype=ink.dtype)
    mass = ink.sum((1, 2)).clamp_min(1e-6)
    mx, my = (ink.sum(1) * idx).sum(1) / mass, (ink.sum(2) * idx).sum(1) / mass
    rx, ry = idx.view(1, 1, -1) - mx.view(-1, 1, 1), idx.view(1, -1, 1) - my.view(-1, 1, 1)
    sxx, syy, sxy = ((ink * rx * rx).sum((1, 2)), (ink * ry * ry).sum((1, 2)), (ink * rx * ry).sum((1, 2)))
    return 0.5 * torch.atan2(2 * sxy, sxx - syy)


def _hollow(ink: torch.Tensor, g: Geometry) -> torch.Tensor:
    """Whether the middle of the ink box (3x3 pixels) is mostly empty: a zero with a hole."""
    cy, cx = ((g.top + g.bottom) / 2).round().long(), ((g.left + g.right) / 2).round().long()
    rows = torch.arange(len(ink), device=ink.device)
    total = sum(
        ink[rows, (cy + dy).clamp(0, SIDE - 1), (cx + dx).clamp(0, SIDE - 1)] for dy in (-1, 0, 1) for dx in (-1, 0, 1)
    )
    return total / 9 < 0.5


def _slash(direction: int) -> Drawer:
    """A straight stroke through the zero's middle, '/' (direction 1) or '\\' (-1), ending near the oval:
    from 1.5 px short of it to 3 px past it at either end."""

    def draw(ink, g, u):
        angle = torch.deg2rad(_lerp(u[:, 0], 40.0, 75.0))
        dx, dy = torch.cos(angle) * direction, -torch.sin(angle)  # up and to the right for '/'
        cx = (g.left + g.right) / 2 + _lerp(u[:, 1], -1.0, 1.0)
        cy = (g.top + g.bottom) / 2 + _lerp(u[:, 2], -1.0, 1.0)
        back, forth = _extent(ink, cx, cy, dx, dy)
        major = _major_axis(ink)
        long_back, long_forth = _extent(ink, cx, cy, torch.cos(major), torch.sin(major))
        t0, t1 = -back - _lerp(u[:, 3], -1.5, 3.0), forth + _lerp(u[:, 4], -1.5, 3.0)
        seg = _segment(cx + t0 * dx, cy + t0 * dy, cx + t1 * dx, cy + t1 * dy)
        across = back + forth < 0.7 * (long_back + long_forth)  # across a slim oval: an X, an 8
        usable = (g.bottom - g.top >= 8) & (g.right - g.left >= 5) & (back > 2) & (forth > 2) & ~across
        usable &= _hollow(ink, g)  # a slash on an inked-in blob looks like an 8
        return seg[:, None], usable

    return draw


def _flag(ink, g, u):
    """The European 1's up-stroke: from the stem's top down to the left, 20-45 degrees off the stem."""
    sx, sy = g.bottom_x - g.top_x, g.bottom - g.top
    stem = torch.hypot(sx, sy).clamp_min(1.0)
    tilt = torch.atan2(-sx, sy)  # > 0: the stem leans right (its top to the right)
    away = torch.deg2rad(_lerp(u[:, 0], 20.0, 45.0))
    # At most 50 degrees from the vertical: a flatter flag on a leaning stem is a 7's drooping bar
    # (a reader trained on MNIST alone read 46 % of 55-60 degree flags as 7, 10 % of 40-50 degree ones).
    angle = (tilt + away).clamp(max=math.radians(50))
    length = stem * _lerp(u[:, 1], 0.22, 0.42)
    x0, y0 = g.top_x, g.top + 0.3
    seg = _segment(x0, y0, x0 - length * torch.sin(angle), y0 + length * torch.cos(angle))
    usable = (sy >= 10) & (angle - tilt >= math.radians(15))
    return seg[:, None], usable


def _base(ink, g, u):
    """A serif under the 1: a short bar across the foot of the stem."""
    left, right = _lerp(u[:, 0], 2.0, 5.0), _lerp(u[:, 1], 2.0, 5.0)
    tilt = torch.deg2rad(_lerp(u[:, 2], -8.0, 8.0))
    x, y = g.bottom_x, g.bottom - 0.3
    c, s = torch.cos(tilt), torch.sin(tilt)
    seg = _segment(x - left * c, y - left * s, x + right * c, y + right * s)
    return seg[:, None], g.bottom - g.top >= 10


def _crossbar(ink, g, u):
    """A bar through the 7's stem a little below mid height."""
    y = g.top + (g.bottom - g.top) * _lerp(u[:, 0], 0.45, 0.62)
    x = _row_centre(ink, y - 0.5)
    left, right = _lerp(u[:, 1], 2.5, 5.0), _lerp(u[:, 2], 2.5, 5.0)
    tilt = torch.deg2rad(_lerp(u[:, 3], -10.0, 8.0))
    c, s = torch.cos(tilt), torch.sin(tilt)
    seg = _segment(x - left * c, y - left * s, x + right * c, y + right * s)
    return seg[:, None], g.bottom - g.top >= 10


def _tick(ink, g, u):
    """A short down-stroke at the left end of the 7's bar (the leftmost ink in the digit's top quarter)."""
    idx = torch.arange(SIDE, device=ink.device, dtype=ink.dtype)
    band = (idx.view(1, -1) >= g.top.view(-1, 1)) & (idx.view(1, -1) <= (g.top + (g.bottom - g.top) / 4).view(-1, 1))
    mask = (ink > INK) & band[:, :, None]
    x = torch.where(mask, idx.view(1, 1, -1), float(SIDE)).amin((1, 2))
    column = mask & (idx.view(1, 1, -1) <= x.view(-1, 1, 1) + 1)
    y = (column * idx.view(1, -1, 1)).sum((1, 2)) / column.sum((1, 2)).clamp_min(1)
    length = _lerp(u[:, 0], 2.5, 5.0)
    seg = _segment(x, y, x - _lerp(u[:, 1], 0.0, 1.2), y + length)
    return seg[:, None], (g.bottom - g.top >= 10) & (g.right - g.left >= 8)


def _hook(ink, g, u, steps: int = 5):
    """The 9's tail curling left at its foot: an arc that leaves the stem along its direction and turns
    100-150 degrees (an open hook, never a closed loop)."""
    x_up = _row_centre(ink, g.bottom - 6)
    heading = torch.atan2(torch.full_like(x_up, 5.0), g.bottom_x - x_up)  # the stem's way down
    r, turn = _lerp(u[:, 0], 2.5, 4.5), torch.deg2rad(_lerp(u[:, 1], 100.0, 150.0))
    cx, cy = g.bottom_x - r * torch.sin(heading), g.bottom - 0.3 + r * torch.cos(heading)
    h = heading[:, None] + turn[:, None] * torch.linspace(0, 1, steps + 1, device=ink.device)[None]
    px, py = cx[:, None] + r[:, None] * torch.sin(h), cy[:, None] - r[:, None] * torch.cos(h)
    seg = torch.stack([torch.stack([px[:, :-1], py[:, :-1]], -1), torch.stack([px[:, 1:], py[:, 1:]], -1)], -2)
    return seg, g.bottom - g.top >= 10


STYLES: tuple[Style, ...] = (
    Style("slashed-0", 0, "a zero with a '/' slash through it", 0.28, _slash(1)),
    Style("backslashed-0", 0, "a zero with a '\\' slash through it", 0.1, _slash(-1)),
    Style("flagged-1", 1, "a 1 with a long up-stroke flag", 0.35, _flag),
    Style("based-1", 1, "a 1 with a base serif", 0.22, _base),
    Style("crossed-7", 7, "a 7 with a bar through the middle", 0.3, _crossbar),
    Style("ticked-7", 7, "a 7 with a tick at the left end of its bar", 0.12, _tick),
    Style("hooked-9", 9, "a 9 whose tail hooks to the left", 0.2, _hook),
)


def refit(x: torch.Tensor) -> torch.Tensor:
    """Fit each image's ink box's longest side to 20 px and centre its centre of mass at 14 (whole pixels),
    as core.preprocess.mnist_style does, with one grid_sample for the batch. x [n, 1, 28, 28]."""
    ink = x[:, 0]
    g = measure(ink)
    side = torch.maximum(g.bottom - g.top, g.right - g.left) + 1
    scale = (BOX / side.clamp_min(1.0)).clamp(0.5, 1.0)  # styles only grow a digit: shrink, never enlarge
    idx = torch.arange(SIDE, device=x.device, dtype=x.dtype)
    mass = ink.sum((1, 2)).clamp_min(1e-6)
    cx, cy = (ink.sum(1) * idx).sum(1) / mass, (ink.sum(2) * idx).sum(1) / mass
    off_x, off_y = (CENTRE - scale * cx).round(), (CENTRE - scale * cy).round()
    # Output pixel o samples input pixel (o - off) / scale; affine_grid works in [-1, 1] with align_corners=False.
    bx = (2 * (-off_x / scale) + 1) / SIDE - 1 + (SIDE - 1) / (SIDE * scale)
    by = (2 * (-off_y / scale) + 1) / SIDE - 1 + (SIDE - 1) / (SIDE * scale)
    zero = torch.zeros_like(scale)
    theta = torch.stack([torch.stack([1 / scale, zero, bx], 1), torch.stack([zero, 1 / scale, by], 1)], 1)
    grid = F.affine_grid(theta, list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def add_styles(
    x: torch.Tensor, y: torch.Tensor, gen: torch.Generator, styles: tuple[Style, ...] = STYLES
) -> torch.Tensor:
    """Draw each style on its share of the digits of its class in x [N, 1, 28, 28] (0..1, ink bright).

    Every style is drawn on the whole batch and blended in with a mask, and the re-fit is blended the same way:
    no ``nonzero()`` nor ``if tensor.any()``, so on a GPU the host never waits for the batch. The random draws
    are those of drawing on the picked digits only (one per image, in the same order), so a seed gives the same
    digits as before. ``torch.where``, not a product, blends: an unpicked image's geometry may be NaN.
    """
    changed = torch.zeros(len(x), dtype=torch.bool, device=x.device)
    for style in styles:
        pick = (y == style.digit) & (torch.rand(len(x), generator=gen, device=x.device) < style.rate)
        u = torch.rand(len(x), RANDOMS, generator=gen, device=x.device)
        ink = x[:, 0]
        g = measure(ink)
        segments, usable = style.draw(ink, g, u)
        width = g.width * _lerp(u[:, -1], 1.3, 1.7)  # 2 * area / perimeter reads soft MNIST strokes thin
        stroke = render(segments.to(x.dtype), width)
        drawn = torch.where(usable.view(-1, 1, 1), torch.maximum(ink, stroke), ink)
        x = torch.where(pick.view(-1, 1, 1, 1), drawn[:, None], x)
        changed |= pick & usable
    return torch.where(changed.view(-1, 1, 1, 1), refit(x), x)
