"""Measuring, reshaping and drawing on MNIST digits in a batch, for the writing styles (core.styles).

Coordinates are pixel indices (x right, y down); every function works on a whole batch of ink [n, 28, 28]
(values 0..1) with per-image tensors [n], so a GPU batch never waits for the host.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

SIDE, BOX, CENTRE = 28, 20.0, 14.0  # MNIST geometry, as in core.preprocess
INK = 0.3  # pixels brighter than this count as ink when measuring a digit

Segments = torch.Tensor  # [n, k, 2, 2]: k pen strokes from (x0, y0) to (x1, y1)


@dataclass(frozen=True)
class Geometry:
    """Per-image measurements, each a tensor [n]."""

    top: torch.Tensor
    bottom: torch.Tensor
    left: torch.Tensor
    right: torch.Tensor
    top_x: torch.Tensor  # ink centre of the top rows
    bottom_x: torch.Tensor  # ink centre of the bottom rows
    width: torch.Tensor  # the strokes' width, estimated as 2 * area / perimeter

    @property
    def height(self) -> torch.Tensor:
        return self.bottom - self.top

    @property
    def centre(self) -> tuple[torch.Tensor, torch.Tensor]:
        return (self.left + self.right) / 2, (self.top + self.bottom) / 2

    @property
    def tilt(self) -> torch.Tensor:
        """The lean of the line from the foot to the top, in radians: > 0 when the top is to the right."""
        return torch.atan2(self.top_x - self.bottom_x, self.bottom - self.top)


def lerp(u: torch.Tensor, lo: float | torch.Tensor, hi: float | torch.Tensor) -> torch.Tensor:
    return lo + (hi - lo) * u


def row_centre(ink: torch.Tensor, y: torch.Tensor, rows: int = 2) -> torch.Tensor:
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
        row_centre(ink, top.float()),
        row_centre(ink, bottom.float() - 1),
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


def segment(x0, y0, x1, y1) -> torch.Tensor:
    return torch.stack([torch.stack([x0, y0], -1), torch.stack([x1, y1], -1)], -2)  # [n, 2, 2]


def extent(ink: torch.Tensor, cx, cy, dx, dy) -> tuple[torch.Tensor, torch.Tensor]:
    """How far the ink reaches from (cx, cy) backwards and forwards along the unit direction (dx, dy)."""
    idx = torch.arange(SIDE, device=ink.device, dtype=ink.dtype)
    rx, ry = idx.view(1, 1, -1) - cx.view(-1, 1, 1), idx.view(1, -1, 1) - cy.view(-1, 1, 1)
    along = rx * dx.view(-1, 1, 1) + ry * dy.view(-1, 1, 1)
    near = (rx * dy.view(-1, 1, 1) - ry * dx.view(-1, 1, 1)).abs() < 1.5
    hit = (ink > INK) & near
    inf = torch.full_like(along, float(SIDE))
    return -torch.where(hit, along, inf).amin((1, 2)), torch.where(hit, along, -inf).amax((1, 2))


def major_axis(ink: torch.Tensor) -> torch.Tensor:
    """The angle of the ink's long axis, from its second moments."""
    idx = torch.arange(SIDE, device=ink.device, dtype=ink.dtype)
    mass = ink.sum((1, 2)).clamp_min(1e-6)
    mx, my = (ink.sum(1) * idx).sum(1) / mass, (ink.sum(2) * idx).sum(1) / mass
    rx, ry = idx.view(1, 1, -1) - mx.view(-1, 1, 1), idx.view(1, -1, 1) - my.view(-1, 1, 1)
    sxx, syy, sxy = ((ink * rx * rx).sum((1, 2)), (ink * ry * ry).sum((1, 2)), (ink * rx * ry).sum((1, 2)))
    return 0.5 * torch.atan2(2 * sxy, sxx - syy)


def hollow(ink: torch.Tensor, g: Geometry) -> torch.Tensor:
    """Whether the middle of the ink box (3x3 pixels) is mostly empty: a zero with a hole."""
    cx, cy = (c.round().long() for c in g.centre)
    rows = torch.arange(len(ink), device=ink.device)
    total = sum(
        ink[rows, (cy + dy).clamp(0, SIDE - 1), (cx + dx).clamp(0, SIDE - 1)] for dy in (-1, 0, 1) for dx in (-1, 0, 1)
    )
    return total / 9 < 0.5


def warp_x(ink: torch.Tensor, g: Geometry, scale: torch.Tensor, shear: torch.Tensor) -> torch.Tensor:
    """Squeeze each digit sideways about its box centre by ``scale`` (<= 1) and lean it by ``shear`` (x moves
    right by shear * height above the centre), keeping the pen's width: vertical strokes a squeeze thins are
    widened back by taking the brightest of copies shifted sideways up to the lost width."""
    idx = torch.arange(SIDE, device=ink.device, dtype=ink.dtype)
    cx, cy = (c.view(-1, 1, 1) for c in g.centre)
    xo, yo = idx.view(1, 1, -1), idx.view(1, -1, 1)
    lost = (g.width * (1 - scale)).view(-1, 1, 1) / 2
    out = torch.zeros_like(ink)
    for step in (-1.0, -0.5, 0.0, 0.5, 1.0):
        x_in = cx + (xo + step * lost - cx + shear.view(-1, 1, 1) * (yo - cy)) / scale.view(-1, 1, 1)
        grid = torch.stack([(2 * x_in + 1) / SIDE - 1, ((2 * yo + 1) / SIDE - 1).expand_as(x_in)], -1)
        out = torch.maximum(out, F.grid_sample(ink[:, None], grid, align_corners=False, padding_mode="zeros")[:, 0])
    return out


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
