"""Sample sheet of the writing-styles augmentation, for checking by eye that no digit changes class.

For each style of core.styles: a row of real MNIST training digits of its class and, under it, the same
digits with the style drawn on (rate forced to 1; digits the style cannot use stay as they were). Then
a block of whole training batches through the 'handwriting-styles' augmentation, as the network sees them.
With --pen: a row per core.pen_digits style instead (the rendered test set, as the network sees it).
Usage: uv run python bench/styles_sheet.py [OUT.png] [--per-row 16] [--seed 0] [--pen]
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

import numpy as np
import torch
from PIL import Image, ImageDraw

from _env import prepare

ZOOM, LABEL_W = 3, 120


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path, nargs="?", default=Path("styles_sheet.png"))
    parser.add_argument("--per-row", type=int, default=16)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--pen", action="store_true", help="the rendered pen styles of the test set")
    args = parser.parse_args()
    prepare("styles-sheet-")
    rows = pen_rows(args.per_row, args.seed) if args.pen else augmented_rows(args.per_row, args.seed)
    save(rows, args.per_row, args.out)


def pen_rows(per_row: int, seed: int) -> list[tuple[str, np.ndarray]]:
    from core.pen_digits import PEN_STYLES, styles_set

    images, _, which = styles_set(per_row, seed=seed)
    return [(style.name, np.concatenate(list(images[which == i] / 255.0), 1)) for i, style in enumerate(PEN_STYLES)]


def augmented_rows(per_row: int, seed: int) -> list[tuple[str, np.ndarray]]:
    import os

    from core import data
    from core.augment import AUGMENTATIONS
    from core.styles import STYLES, add_styles

    mnist = data.load("mnist", Path(os.environ["CNN_PLAYGROUND_DATA"]), download=False)
    offset = seed * 997
    x, y = mnist.train_x[offset : offset + 6000].float() / 255, mnist.train_y[offset : offset + 6000]
    gen = torch.Generator().manual_seed(seed)
    rows: list[tuple[str, np.ndarray]] = []
    for style in STYLES:
        idx = (y == style.digit).nonzero().flatten()[:per_row]
        styled = add_styles(x[idx], y[idx], gen, styles=(dataclasses.replace(style, rate=1.0),))
        rows.append((f"MNIST {style.digit}", torch.cat(list(x[idx, 0]), 1).numpy()))
        rows.append((style.name, torch.cat(list(styled[:, 0]), 1).numpy()))
    batch = AUGMENTATIONS.get("handwriting-styles")(x[: per_row * 4], gen, y[: per_row * 4])
    for r in range(4):
        rows.append(("batch", torch.cat(list(batch[r * per_row : (r + 1) * per_row, 0]), 1).numpy()))
    return rows


def save(rows: list[tuple[str, np.ndarray]], per_row: int, out: Path) -> None:
    width = LABEL_W + 28 * ZOOM * per_row
    sheet = Image.new("L", (width, 28 * ZOOM * len(rows)), 40)
    draw = ImageDraw.Draw(sheet)
    for i, (name, row) in enumerate(rows):
        img = Image.fromarray((np.clip(row, 0, 1) * 255).astype(np.uint8)).resize(
            (row.shape[1] * ZOOM, 28 * ZOOM), Image.Resampling.NEAREST
        )
        sheet.paste(img, (LABEL_W, i * 28 * ZOOM))
        draw.text((6, i * 28 * ZOOM + 36), name, fill=255)
    sheet.save(out)
    print(f"{out}: {len(rows)} rows of {per_row}")


if __name__ == "__main__":
    main()
