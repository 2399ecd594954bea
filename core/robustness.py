"""What-if transforms of one image: rotate, shift, thicken/thin strokes, add noise (seeded).

Images are float in 0..1 with bright ink on dark (MNIST style), HxW or CxHxW. Plain torch/numpy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

ROTATE_RANGE = (-45.0, 45.0)  # degrees, counter-clockwise positive
SHIFT_RANGE = (-6, 6)  # pixels; x to the right, y downwards
THICKNESS_RANGE = (-2, 2)  # steps of 1-pixel erosion (-) or dilation (+)
NOISE_RANGE = (0.0, 0.5)  # standard deviation of added Gaussian noise


@dataclass(frozen=True)
class WhatIf:
    rotate: float = 0.0
    shift_x: int = 0
    shift_y: int = 0
    thickness: int = 0
    noise: float = 0.0
    seed: int = 0

    @property
    def is_identity(self) -> bool:
        return not (self.rotate or self.shift_x or self.shift_y or self.thickness or self.noise)


def _as_chw(image: np.ndarray) -> tuple[torch.Tensor, bool]:
    a = np.asarray(image, dtype=np.float32)
    if a.ndim == 2:
        return torch.from_numpy(a.copy())[None], True
    if a.ndim == 3:
        return torch.from_numpy(a.copy()), False
    raise ValueError(f"Expected an HxW or CxHxW image, got shape {a.shape}.")


def rotate(x: torch.Tensor, degrees: float) -> torch.Tensor:
    """Rotate [C, H, W] about the image centre, counter-clockwise for positive degrees (bilinear, zero fill)."""
    if not degrees:
        return x
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    h, w = x.shape[-2:]
    # affine_grid maps output (x, y) in [-1, 1] to where to sample the input; y points down, so a
    # counter-clockwise turn on screen samples at R(-t) in these coordinates, with the aspect kept.
    theta = torch.tensor([[c, -s * h / w, 0.0], [s * w / h, c, 0.0]], dtype=torch.float32)[None]
    grid = F.affine_grid(theta, [1, x.shape[0], h, w], align_corners=False)
    return F.grid_sample(x[None], grid, mode="bilinear", padding_mode="zeros", align_corners=False)[0]


def shift(x: torch.Tensor, dx: int, dy: int) -> torch.Tensor:
    """Move the picture dx pixels right and dy pixels down; what leaves the frame is lost, new pixels are 0."""
    dx, dy = int(dx), int(dy)
    if not (dx or dy):
        return x
    h, w = x.shape[-2:]
    out = torch.zeros_like(x)
    if abs(dx) >= w or abs(dy) >= h:
        return out
    out[..., max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = x[
        ..., max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : w + min(-dx, 0)
    ]
    return out


def _cross_pool(x: torch.Tensor, grow: bool) -> torch.Tensor:
    """Max (dilation) or min (erosion) over each pixel and its 4 neighbours."""
    sign = 1.0 if grow else -1.0
    p = F.pad(sign * x[None], (1, 1, 1, 1), value=0.0)[0]  # outside the frame counts as background (0)
    h, w = x.shape[-2:]
    stack = torch.stack(
        [p[:, 1 : h + 1, 1 : w + 1], p[:, :h, 1 : w + 1], p[:, 2:, 1 : w + 1], p[:, 1 : h + 1, :w], p[:, 1 : h + 1, 2:]]
    )
    return sign * stack.amax(0)


def thicken(x: torch.Tensor, steps: int) -> torch.Tensor:
    """Strokes one pixel fatter per positive step (grey dilation), thinner per negative step (erosion)."""
    for _ in range(abs(int(steps))):
        x = _cross_pool(x, grow=steps > 0)
    return x


def add_noise(x: torch.Tensor, sigma: float, seed: int = 0) -> torch.Tensor:
    """Gaussian noise of standard deviation ``sigma``, the same for the same seed, clipped to 0..1."""
    if sigma <= 0:
        return x
    g = torch.Generator().manual_seed(int(seed))
    return (x + sigma * torch.randn(x.shape, generator=g)).clamp_(0.0, 1.0)


def apply(image: np.ndarray, what: WhatIf) -> np.ndarray:
    """The image as the network will see it after the what-ifs: strokes, then rotation, shift, noise."""
    x, grey = _as_chw(image)
    x = thicken(x, what.thickness)
    x = rotate(x, what.rotate).clamp_(0.0, 1.0)
    x = shift(x, what.shift_x, what.shift_y)
    x = add_noise(x, what.noise, what.seed)
    out = x.numpy()
    return out[0] if grey else out


def centre_of_mass(image: np.ndarray) -> tuple[float, float]:
    """(x, y) of the ink's centre of mass, in pixels (HxW, or CxHxW summed over channels)."""
    a = np.asarray(image, dtype=np.float64)
    if a.ndim == 3:
        a = a.sum(0)
    total = a.sum()
    if total <= 0:
        return float("nan"), float("nan")
    ys, xs = np.indices(a.shape)
    return float((a * xs).sum() / total), float((a * ys).sum() / total)
