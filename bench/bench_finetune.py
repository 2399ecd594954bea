"""'Teach it my handwriting': how long fine-tuning takes on 100 collected digits, and what it gains.

The 'collected' digits are 100 canvas-drawn digits of tests/fixtures/canvas_styles.npz (every style);
80 are learnt from and 20 held out, as the my-digits dataset splits them. Prints seconds (MNIST loading
included, as the app does it) and held-out / MNIST accuracy before and after; the last line is JSON.
Usage: uv run python bench/bench_finetune.py [--model resources/digit_model.pt] [--count 100]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from _env import ROOT, prepare


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    tmp = prepare("bench-finetune-")
    import torch

    from core.finetune import finetune_digits

    torch.set_num_threads(1)
    canvas = np.load(ROOT / "tests" / "fixtures" / "canvas_styles.npz")
    pick = np.random.default_rng(0).permutation(len(canvas["labels"]))[: args.count]
    x, y = canvas["images"][pick], canvas["labels"][pick]
    cut = int(round(0.8 * len(x)))
    steps = []
    start = time.perf_counter()
    result = finetune_digits(
        x[:cut],
        y[:cut],
        x[cut:],
        y[cut:],
        model_path=args.model,
        runs_root=tmp / "runs",
        on_progress=lambda done, total: steps.append(time.perf_counter()),
    )
    total = time.perf_counter() - start
    print(
        f"{args.count} digits ({result.trained_on} learnt, {result.held_out} held out): {total:.1f} s in all, "
        f"{steps[-1] - steps[0]:.1f} s for {len(steps)} training steps"
    )
    print(
        f"held-out accuracy {result.before:.1%} -> {result.after:.1%}; "
        f"MNIST ({2000} test digits) {result.mnist_before:.2%} -> {result.mnist_after:.2%}"
    )
    print(
        json.dumps(
            {
                "seconds": round(total, 1),
                "train_seconds": round(steps[-1] - steps[0], 1),
                "before": result.before,
                "after": result.after,
                "mnist_before": result.mnist_before,
                "mnist_after": result.mnist_after,
            }
        )
    )


if __name__ == "__main__":
    main()
