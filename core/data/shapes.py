"""The built-in 'shapes' set: ten kinds of outline drawings, white on black like MNIST, made in code.

Each image is drawn with PIL at 3x size and box-reduced (antialiased edges). Position, size,
rotation and stroke width are random but fixed by the seed, so a run is reproducible offline.
"""

from __future__ import annotations

import numpy as np
import torch
from PIL import Image, ImageDraw

from core.messages import Message
from core import messages as said

from .spec import DatasetEntry, DatasetSpec, LoadedData, LoadRequest, register_dataset
from .stats import channel_mean_std

TRAIN_COUNT, TEST_COUNT = 12_000, 2_000
SUPERSAMPLE = 3
WIDTH_28 = (1.4, 3.2)  # stroke width in pixels of a 28x28 image
SIZE_FRAC = (0.55, 1.0)  # longest side of the shape as a fraction of the free canvas
# Mean and std of the 28x28 train split (seed 0); the test suite checks them against fresh data.
MEAN, STD = 0.1357, 0.3141


def _ring(n: int, radius: float = 1.0, start: float = -np.pi / 2) -> np.ndarray:
    t = start + np.arange(n) * 2 * np.pi / n
    return np.stack([radius * np.cos(t), radius * np.sin(t)], 1)


def _closed(points) -> np.ndarray:
    return _Closed(np.asarray(points, float))


class _Closed(np.ndarray):
    """A closed outline (its last point joins its first) rather than an open polyline."""

    def __new__(cls, points: np.ndarray):
        return np.asarray(points).view(cls)


def _star() -> np.ndarray:
    outer, inner = _ring(5), _ring(5, 0.42, -np.pi / 2 + np.pi / 5)
    return _closed(np.stack([outer, inner], 1).reshape(-1, 2))


def _heart() -> np.ndarray:
    t = np.linspace(0, 2 * np.pi, 20, endpoint=False)
    x = 16 * np.sin(t) ** 3
    y = -(13 * np.cos(t) - 5 * np.cos(2 * t) - 2 * np.cos(3 * t) - np.cos(4 * t))
    return _closed(np.stack([x, y], 1) / 16)


# name -> (polylines in a unit frame (y down), largest random rotation in degrees)
SHAPES: dict[str, tuple[list[np.ndarray], float]] = {
    "circle": ([_closed(_ring(40))], 0),
    "square": ([_closed([(-1, -1), (1, -1), (1, 1), (-1, 1)])], 12),
    "triangle": ([_closed(_ring(3))], 180),
    "diamond": ([_closed([(0, -1), (0.62, 0), (0, 1), (-0.62, 0)])], 20),
    "star": ([_star()], 180),
    "heart": ([_heart()], 30),
    "cross": ([np.array([(-1, -1), (1, 1)], float), np.array([(-1, 1), (1, -1)], float)], 12),
    "plus": ([np.array([(-1, 0), (1, 0)], float), np.array([(0, -1), (0, 1)], float)], 12),
    "line": ([np.array([(-1, 0), (1, 0)], float)], 180),
    "arrow": ([np.array([(-1, 0), (1, 0)], float), np.array([(0.45, -0.5), (1, 0), (0.45, 0.5)], float)], 180),
}
CLASS_NAMES = tuple(SHAPES)

SHAPES_SPEC = DatasetSpec(
    "shapes",
    "Shapes (built-in)",
    "Ten kinds of drawn shapes (circle, square, star, arrow, ...), 12,000 train + 2,000 test, 28x28 grey. "
    "Made on this computer: no download needed.",
    1,
    28,
    CLASS_NAMES,
    (MEAN,),
    (STD,),
    "builtin",
)


GRID = 16  # images are drawn GRID x GRID to a sheet, so the reduce and the copy run once per sheet


def _draw(
    draw: ImageDraw.ImageDraw,
    corner: tuple[int, int],
    kind: int,
    angle: float,
    size: float,
    pos: np.ndarray,
    width: int,
    canvas: int,
) -> None:
    """Draw one shape into the ``canvas``-sized cell of a sheet whose top-left is ``corner``."""
    polylines, _ = SHAPES[CLASS_NAMES[kind]]
    c, s = np.cos(angle), np.sin(angle)
    rot = np.array([[c, s], [-s, c]])
    turned = [np.asarray(p) @ rot for p in polylines]
    both = np.concatenate(turned)
    lo, hi = both.min(0), both.max(0)
    margin = width / 2 + SUPERSAMPLE
    room = canvas - 2 * margin
    scale = size * room / max(float((hi - lo).max()), 1e-6)
    offset = margin + (room - scale * (hi - lo)) * pos - scale * lo + corner
    if CLASS_NAMES[kind] == "circle":  # an ellipse call is 3x faster than a 40-gon
        x0, y0 = offset + scale * lo
        x1, y1 = offset + scale * hi
        draw.ellipse([x0, y0, x1, y1], outline=255, width=width)
        return
    for points, original in zip(turned, polylines):
        xy = [tuple(p) for p in (points * scale + offset).tolist()]
        closed = isinstance(original, _Closed)
        draw.line(xy + xy[:1] if closed else xy, fill=255, width=width)
        if closed or len(xy) > 2:  # round joints: PIL's joint="curve" and polygon(width=) are 3-4x slower
            r = width / 2
            for x, y in xy if closed else xy[1:-1]:
                draw.ellipse([x - r, y - r, x + r, y + r], fill=255)


def generate(
    count: int, seed, image_size: int = 28, req: LoadRequest | None = None, label: Message = said.DrawingShapes()
) -> tuple[torch.Tensor, torch.Tensor]:
    """``count`` images [N, 1, S, S] uint8 and labels int64, balanced over the ten classes."""
    rng = np.random.default_rng(seed)
    labels = rng.permutation(np.arange(count) % len(CLASS_NAMES))
    max_rot = np.radians([SHAPES[n][1] for n in CLASS_NAMES])[labels]
    angles = rng.uniform(-1, 1, count) * max_rot
    sizes = rng.uniform(*SIZE_FRAC, count)
    positions = rng.uniform(0, 1, (count, 2))
    widths = np.rint(rng.uniform(*WIDTH_28, count) * image_size / 28 * SUPERSAMPLE).astype(int).clip(1)
    canvas, per_sheet = image_size * SUPERSAMPLE, GRID * GRID
    out = np.empty((count, image_size, image_size), np.uint8)
    for first in range(0, count, per_sheet):
        if req is not None:
            req.check_cancel()
            req.report(label, first, count)
        sheet = Image.new("L", (GRID * canvas, GRID * canvas), 0)
        draw = ImageDraw.Draw(sheet)
        n = min(per_sheet, count - first)
        for j in range(n):
            i = first + j
            corner = ((j % GRID) * canvas, (j // GRID) * canvas)
            _draw(draw, corner, int(labels[i]), float(angles[i]), float(sizes[i]), positions[i], int(widths[i]), canvas)
        small = np.asarray(sheet.reduce(SUPERSAMPLE)).reshape(GRID, image_size, GRID, image_size)
        out[first : first + n] = small.transpose(0, 2, 1, 3).reshape(per_sheet, image_size, image_size)[:n]
    return torch.from_numpy(out).unsqueeze(1), torch.from_numpy(labels).long()


def load_shapes(req: LoadRequest) -> LoadedData:
    size = req.image_size or 28
    channels = req.channels or 1
    train_x, train_y = generate(TRAIN_COUNT, _split_seed(req.seed, 0), size, req, "Drawing shapes (train)")
    test_x, test_y = generate(TEST_COUNT, _split_seed(req.seed, 1), size, req, "Drawing shapes (test)")
    spec = SHAPES_SPEC
    if size != spec.image_size:
        mean, std = channel_mean_std(train_x)
        spec = DatasetSpec(**{**spec.__dict__, "image_size": size, "mean": mean, "std": std})
    if channels != 1:
        train_x, test_x = (x.expand(-1, channels, -1, -1).contiguous() for x in (train_x, test_x))
        spec = DatasetSpec(
            **{**spec.__dict__, "channels": channels, "mean": spec.mean * channels, "std": spec.std * channels}
        )
    return LoadedData(spec, train_x, train_y, test_x, test_y)


def _split_seed(seed: int, split: int) -> list[int]:
    return [int(seed) & 0xFFFFFFFF, split, 0x5A4E]


register_dataset(DatasetEntry(SHAPES_SPEC, load_shapes, lambda root: "built-in"))
