"""How well a digit model reads digits: clean MNIST, the canvas preprocessing path, and pen-like changes.

  clean           MNIST test set as stored (the >= 99.3 % requirement)
  canvas path     each test digit inverted to dark-on-white and run through core.preprocess.mnist_style
                  (polarity, crop, 20 px fit, centre of mass) exactly as a drawing or a photo is
  bolder/thinner  strokes dilated / eroded (pens and fingers draw thicker or thinner than MNIST)
  rotated/shifted ±15° rotations, ±3 px shifts, ±15 % zoom (people don't centre their digits)
  styles          writing styles MNIST hardly has (slashed zeros, flagged ones, crossed sevens ...):
                  --per-style digits of each core.pen_digits style rendered like the canvas (seed 0), and
                  tests/fixtures/canvas_styles.npz (32 of each drawn with mouse events on the real canvas)
  styled MNIST    the core.styles augmentation drawn on every MNIST test digit it fits (in-distribution for
                  a model trained with it; a check that a model without it misreads them)
  latency         core path of one drawing as the Draw tab runs it: mnist_style + inference, one thread
Usage: uv run python bench/bench_digit_model.py [--model resources/digit_model.pt|RUN_DIR] [--per-style 100]
Last line is JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
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
from core.pen_digits import PEN_STYLES, pen_paths, render, styles_set  # noqa: E402
from core.preprocess import mnist_style  # noqa: E402
from core.styles import STYLES, add_styles  # noqa: E402

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "canvas_styles.npz"


def accuracy(model, unit: torch.Tensor, labels: torch.Tensor, norm: Normalizer) -> float:
    with torch.inference_mode():
        pred = torch.cat([model(norm.normalize(unit[i : i + 1000])).argmax(1) for i in range(0, len(unit), 1000)])
    return (pred == labels).float().mean().item()


def canvas_path(images: torch.Tensor) -> torch.Tensor:
    out = [mnist_style(255 - img) for img in images[:, 0].numpy()]  # dark ink on paper, like a scan
    return torch.from_numpy(np.stack(out)).unsqueeze(1)


def predictions(model, images: np.ndarray, norm: Normalizer) -> np.ndarray:
    unit = torch.from_numpy(images).float().unsqueeze(1) / 255
    with torch.inference_mode():
        return model(norm.normalize(unit)).argmax(1).numpy()


def style_report(title: str, pred: np.ndarray, labels: np.ndarray, styles: np.ndarray, names) -> dict[str, float]:
    """Accuracy per style and per class; prints the styles with what they were misread as."""
    print(f"\n{title}: {len(labels)} digits")
    out = {}
    for i, name in enumerate(names):
        m = styles == i
        wrong = np.bincount(pred[m][pred[m] != labels[m]], minlength=10)
        misread = ", ".join(f"{d} x{n}" for d, n in enumerate(wrong) if n)
        out[name] = float(np.mean(pred[m] == labels[m]))
        print(f"  {name:<12} {out[name]:7.2%}  {'misread as ' + misread if misread else ''}")
    per_class = {str(d): float(np.mean(pred[labels == d] == d)) for d in range(10)}
    print("  per class: " + "  ".join(f"{d}: {a:.1%}" for d, a in per_class.items()))
    print(f"  all: {np.mean(pred == labels):.2%}, worst class {min(per_class.values()):.2%}")
    return {
        **{f"style_{k}": round(v, 4) for k, v in out.items()},
        **{f"class_{k}": round(v, 4) for k, v in per_class.items()},
        "all": round(float(np.mean(pred == labels)), 4),
    }


def styled_mnist(model, mnist, norm: Normalizer) -> dict[str, float]:
    """Each core.styles style drawn on every MNIST test digit of its class (the training augmentation on
    digits never trained on)."""
    print("\nstyled MNIST test digits (core.styles on the test set, every usable digit)")
    out = {}
    for style in STYLES:
        keep = mnist.test_y == style.digit
        unit = mnist.test_x[keep].float() / 255
        styled = add_styles(
            unit, mnist.test_y[keep], torch.Generator().manual_seed(0), styles=(dataclasses.replace(style, rate=1.0),)
        )
        changed = (styled != unit).flatten(1).any(1)
        out[f"styled_{style.name}"] = round(accuracy(model, styled[changed], mnist.test_y[keep][changed], norm), 4)
        print(f"  {style.name:<14} {out[f'styled_{style.name}']:7.2%}  ({int(changed.sum())} digits)")
    return out


def latency(predictor, count: int = 200) -> dict[str, float]:
    """ms per canvas drawing through Predictor.predict_drawing, as the Draw tab calls it."""
    rng = np.random.default_rng(1)
    drawings = [render(pen_paths(PEN_STYLES[i % len(PEN_STYLES)], rng)) for i in range(count)]
    predictor.predict_drawing(drawings[0])
    times = []
    for d in drawings:
        t = time.perf_counter()
        predictor.predict_drawing(d)
        times.append((time.perf_counter() - t) * 1000)
    p50, p95 = np.percentile(times, [50, 95])
    print(f"\nlatency of one canvas drawing (mnist_style + inference, 1 thread): p50 {p50:.2f} ms, p95 {p95:.2f} ms")
    return {"latency_p50_ms": round(float(p50), 2), "latency_p95_ms": round(float(p95), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=BUNDLED_MODEL)
    parser.add_argument("--per-style", type=int, default=100, help="synthetic digits per writing style")
    args = parser.parse_args()
    torch.set_num_threads(1)
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
    summary = {
        "model": str(args.model),
        **{k.replace(" ", "_").replace("/", "_"): round(v, 4) for k, v in results.items()},
    }
    names = [st.name for st in PEN_STYLES]
    images, labels, styles = styles_set(args.per_style, seed=0)
    synthetic = style_report(
        f"styles, rendered ({args.per_style} per style)", predictions(model, images, norm), labels, styles, names
    )
    canvas = np.load(FIXTURE)
    drawn = style_report(
        "styles, drawn on the canvas (tests/fixtures)",
        predictions(model, canvas["images"], norm),
        canvas["labels"],
        canvas["styles"],
        list(canvas["style_names"]),
    )
    summary.update(styled_mnist(model, mnist, norm))
    summary.update({f"rendered_{k}": v for k, v in synthetic.items()})
    summary.update({f"canvas_{k}": v for k, v in drawn.items()})
    summary.update(latency(predictor))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
