"""How well a digit model reads digits: clean MNIST, the canvas preprocessing path, and pen-like changes.

  clean           MNIST test set as stored (the >= 99.3 % requirement)
  canvas path     each test digit inverted to dark-on-white and run through core.preprocess.mnist_style
                  (polarity, crop, 20 px fit, centre of mass) exactly as a drawing or a photo is
  bolder/thinner  strokes dilated / eroded (pens and fingers draw thicker or thinner than MNIST)
  rotated/shifted ±15° rotations, ±3 px shifts, ±15 % zoom (people don't centre their digits)
Usage: uv run python bench/bench_digit_model.py [--model resources/digit_model.pt]; last line is JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import data  # noqa: E402
from core.augment import Augmentation, dilate, erode  # noqa: E402
from core.evaluate import Normalizer  # noqa: E402
from core.predict_files import BUNDLED_MODEL, load_predictor  # noqa: E402
from core.preprocess import mnist_style  # noqa: E402


def accuracy(model, unit: torch.Tensor, labels: torch.Tensor, norm: Normalizer) -> float:
    with torch.inference_mode():
        pred = torch.cat([model(norm.normalize(unit[i:i + 1000])).argmax(1) for i in range(0, len(unit), 1000)])
    return (pred == labels).float().mean().item()


def canvas_path(images: torch.Tensor) -> torch.Tensor:
    out = [mnist_style(255 - img) for img in images[:, 0].numpy()]  # dark ink on paper, like a scan
    return torch.from_numpy(np.stack(out)).unsqueeze(1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=BUNDLED_MODEL)
    args = parser.parse_args()
    root = Path(os.environ.get("CNN_PLAYGROUND_DATA", ""))
    mnist = data.load("mnist", root, download=False)
    predictor, card = load_predictor(args.model)
    model, norm = predictor.model, Normalizer.of(card.mean, card.std)
    unit, labels = mnist.test_x.float() / 255, mnist.test_y
    gen = torch.Generator().manual_seed(0)
    warp = Augmentation("pen", "", shift=3 / 28, rotate=15, scale=0.15)
    start = time.perf_counter()
    cases = {
        "clean": unit,
        "canvas path": canvas_path(mnist.test_x),
        "bolder strokes": dilate(unit),
        "thinner strokes": 0.5 * unit + 0.5 * erode(unit),
        "rotated/shifted/zoomed": warp(unit, gen),
    }
    results = {name: accuracy(model, x, labels, norm) for name, x in cases.items()}
    for name, acc in results.items():
        print(f"{name:<24} {acc:.2%}")
    print(f"({time.perf_counter() - start:.1f} s)")
    print(json.dumps({"model": str(args.model), **{k.replace(" ", "_").replace("/", "_"): round(v, 4)
                                                   for k, v in results.items()}}))


if __name__ == "__main__":
    main()
