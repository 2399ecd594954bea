"""Batch augmentation on the device, on float images in [0, 1] (ink bright on dark).

Random affine warps (shift / rotate / scale / shear) through one ``affine_grid`` call per batch, and
stroke-thickness changes through grey-scale dilation / erosion, so the network sees the variety of
real handwriting without a per-image Python loop. Writing styles MNIST lacks (slashed zeros, flagged
ones, crossed sevens: core.styles) need the labels, so they are drawn first, before strokes and warps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
import torch.nn.functional as F

from core.registry import Registry
from core.styles import add_styles


@dataclass(frozen=True)
class Augmentation:
    name: str
    description: str
    shift: float = 0.0  # max shift, as a fraction of the image side
    rotate: float = 0.0  # max rotation, degrees
    scale: float = 0.0  # max relative zoom in or out
    shear: float = 0.0  # max shear factor
    thickness: bool = False  # randomly thicken or thin strokes
    styles: bool = False  # draw regional writing styles onto digits of their class (needs labels)

    def __call__(self, x: torch.Tensor, gen: torch.Generator, labels: torch.Tensor | None = None) -> torch.Tensor:
        if self.styles and labels is not None:
            x = add_styles(x, labels, gen)
        if self.thickness:
            x = _vary_thickness(x, gen)
        if self.shift or self.rotate or self.scale or self.shear:
            x = _random_affine(x, gen, self)
        return x


AUGMENTATIONS: Registry[Augmentation] = Registry("augmentation")
for _aug in (
    Augmentation("none", "No augmentation: the network sees each image as it is."),
    Augmentation("shift", "Random shifts of up to 2 pixels.", shift=2 / 28),
    Augmentation("affine", "Random shifts, rotations (±12°) and zoom (±10 %).", shift=2 / 28, rotate=12, scale=0.1),
    Augmentation(
        "handwriting",
        "Like 'affine' plus shear and thicker or thinner strokes: reads real pen digits better.",
        shift=3 / 28,
        rotate=15,
        scale=0.15,
        shear=0.25,
        thickness=True,
    ),
    Augmentation(
        "handwriting-styles",
        "Like 'handwriting' plus styles MNIST hardly has: slashed zeros, flagged ones, crossed sevens, "
        "hooked nines (digit datasets only).",
        shift=3 / 28,
        rotate=15,
        scale=0.15,
        shear=0.25,
        thickness=True,
        styles=True,
    ),
):
    AUGMENTATIONS.add(_aug.name, _aug)


def _uniform(n: int, limit: float, gen: torch.Generator, device: torch.device) -> torch.Tensor:
    return (torch.rand(n, generator=gen, device=device) * 2 - 1) * limit


def _random_affine(x: torch.Tensor, gen: torch.Generator, aug: Augmentation) -> torch.Tensor:
    n, dev = x.shape[0], x.device
    angle = _uniform(n, math.radians(aug.rotate), gen, dev)
    zoom = 1 + _uniform(n, aug.scale, gen, dev)
    shear = _uniform(n, aug.shear, gen, dev)
    # affine_grid maps output -> input coordinates in [-1, 1]: a shift of 2*fraction spans the side.
    tx, ty = _uniform(n, 2 * aug.shift, gen, dev), _uniform(n, 2 * aug.shift, gen, dev)
    cos, sin = torch.cos(angle) / zoom, torch.sin(angle) / zoom
    theta = torch.stack(
        [torch.stack([cos, -sin + shear * cos, tx], 1), torch.stack([sin, cos + shear * sin, ty], 1)], 1
    )
    grid = F.affine_grid(theta.to(x.dtype), list(x.shape), align_corners=False)
    return F.grid_sample(x, grid, mode="bilinear", padding_mode="zeros", align_corners=False)


def dilate(x: torch.Tensor) -> torch.Tensor:
    return F.max_pool2d(x, 3, stride=1, padding=1)


def erode(x: torch.Tensor) -> torch.Tensor:
    return -F.max_pool2d(-x, 3, stride=1, padding=1)


def _vary_thickness(x: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """Strokes as pens and fingers draw them: a sixth of the images much bolder (a digit drawn small on
    a canvas with a thick brush), a sixth a little bolder, a sixth thinner (erosion wipes thin digits out)."""
    choice = torch.rand(x.shape[0], 1, 1, 1, generator=gen, device=x.device)
    thick = dilate(x)
    bolder = 0.5 * x + 0.5 * thick
    thinner = 0.5 * x + 0.5 * erode(x)
    return torch.where(
        choice < 1 / 6, thick, torch.where(choice < 1 / 3, bolder, torch.where(choice > 5 / 6, thinner, x))
    )
