"""Sample sheet of the writing-styles augmentation, for checking by eye that no digit changes class.

For each style of core.styles: a row of real MNIST training digits of its class and, under it, the same
digits with the style drawn on (rate forced to 1; digits the style cannot use stay as they were). Then
a block of whole training batches through the 'handwriting-styles' augmentation, as the network sees them.
Usage: uv run python bench/styles_sheet.py [OUT.png] [--per-row 16] [--seed 0]
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
    args = parser.parse_args()
    prepare("styles-sheet-")
    import os

    from core import data
    from core.augment import AUGMENTATIONS
    from core.styles import STYLES, add_styles

    mnist = data.load("mnist", Path(os.environ["CNN_PLAYGROUND_DATA"]), download=False)
    offset = args.seed * 997
    x, y = mnist.train_x[offset : offset + 6000].float() / 255, mnist.train_y[offset : offset + 6000]
    gen = torch.Generator().manual_seed(args.seed)
    rows: list[tuple[str, np.ndarray]] = []
    for style in STYLES:
        idx = (y == style.digit).nonzero().flatten()[: args.per_row]
        styled = add_styles(x[idx], y[idx], gen, styles=(dataclasses.replace(style, rate=1.0),))
        rows.append((f"MNIST {style.digit}", torch.cat(list(x[idx, 0]), 1).numpy()))
        rows.append((style.name, torch.cat(list(styled[:, 0]), 1).numpy()))
    batch = AUGMENTATIONS.get("handwriting-styles")(x[: args.per_row * 4], gen, y[: args.per_row * 4])
    for r in range(4):
        rows.append(("batch", torch.cat(list(batch[r * args.per_row : (r + 1) * args.per_row, 0]), 1).numpy()))
    width = LABEL_W + 28 * ZOOM * args.per_row
    sheet = Image.new("L", (width, 28 * ZOOM * len(rows)), 40)
    draw = ImageDraw.Draw(sheet)
    for i, (name, row) in enumerate(rows):
        img = Image.fromarray((np.clip(row, 0, 1) * 255).astype(np.uint8)).resize(
            (row.shape[1] * ZOOM, 28 * ZOOM), Image.Resampling.NEAREST
        )
        sheet.paste(img, (LABEL_W, i * 28 * ZOOM))
        draw.text((6, i * 28 * ZOOM + 36), name, fill=255)
    sheet.save(args.out)
    print(f"{args.out}: {len(rows)} rows of {args.per_row}")


if __name__ == "__main__":
    main()
