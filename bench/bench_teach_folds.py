"""'Teach it my handwriting' on a real collection: held-out accuracy over per-class folds, several seeds.

The digits are those of DATA_DIR/my-digits (a class's 21 digits in the shared data: 3 zeros, 2 of every other
digit), read in file order. Fold k holds out the k-th digit of every class and fine-tunes the model (default:
the bundled one) on the rest, mixed with MNIST; every fold and seed is scored on its held-out digits, so each
digit is scored once per seed. Used to check that a change to the fine-tuning loop does not read them worse.
Prints one line per fold and seed, then the totals; the last line is JSON.
Usage: uv run python bench/bench_teach_folds.py [--seeds 3] [--model resources/digit_model.pt]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

import numpy as np
from PIL import Image

from _env import prepare


def collected(root: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(images [N,28,28] uint8, labels, rank of each digit within its class), in sorted file order."""
    images, labels, ranks = [], [], []
    for digit in range(10):
        for rank, path in enumerate(sorted((root / "my-digits" / str(digit)).glob("*.png"))):
            with Image.open(path) as img:
                images.append(np.asarray(img.convert("L").resize((28, 28)), dtype=np.uint8))
            labels.append(digit)
            ranks.append(rank)
    return np.stack(images), np.array(labels), np.array(ranks)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    tmp = prepare("bench-teach-folds-")
    import torch

    from core import data
    from core.finetune import FinetuneSettings, finetune_digits

    torch.set_num_threads(1)
    root = Path(os.environ["CNN_PLAYGROUND_DATA"])
    x, y, rank = collected(root)
    mnist = data.load("mnist", root, download=False)
    folds = int(np.bincount(y).min())  # every fold holds out one digit of every class
    right = held = 0
    before_right = 0
    mnist_after = []
    start = time.perf_counter()
    for seed in range(args.seeds):
        for fold in range(folds):
            out = rank == fold
            result = finetune_digits(
                x[~out],
                y[~out],
                x[out],
                y[out],
                model_path=args.model,
                runs_root=tmp / "runs",
                mnist=mnist,
                settings=FinetuneSettings(seed=seed),
            )
            right += round(result.after * result.held_out)
            before_right += round(result.before * result.held_out)
            held += result.held_out
            mnist_after.append(result.mnist_after)
            print(
                f"seed {seed} fold {fold}: {result.trained_on} learnt, {result.held_out} held out, "
                f"{result.before:.0%} -> {result.after:.0%}, "
                f"MNIST {result.mnist_before:.2%} -> {result.mnist_after:.2%}"
            )
    seconds = time.perf_counter() - start
    print(
        f"{len(x)} digits, {folds} folds x {args.seeds} seeds: held-out {before_right}/{held} right before, "
        f"{right}/{held} after; MNIST after {np.mean(mnist_after):.2%} (mean); {seconds:.0f} s"
    )
    print(
        json.dumps(
            {
                "held": held,
                "before": before_right / held,
                "after": right / held,
                "mnist_after": float(np.mean(mnist_after)),
                "seconds": round(seconds),
            }
        )
    )


if __name__ == "__main__":
    main()
