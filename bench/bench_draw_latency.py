"""Draw -> prediction latency on a real DrawView (offscreen), with the bundled digit model.

Each sample draws a digit-like stroke with real mouse events, then times the stroke's end (mouse release:
the canvas emits drawingChanged at once) until the prediction label shows the answer, and until the window
has repainted. Falls back to a freshly built DigitNet when resources/digit_model.pt is missing (same cost).
Prints a table; the last line is JSON. Target: p95 < 15 ms.
Usage: uv run python bench/bench_draw_latency.py [--samples 300] [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch  # before Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core import archs  # noqa: E402
from core.predict import Predictor  # noqa: E402
from core.predict_files import BUNDLED_MODEL, load_predictor  # noqa: E402
from gui.predict.draw_view import DrawView  # noqa: E402

STROKES = [
    [(0.5, 0.15), (0.5, 0.85)],  # 1
    [(0.5 + 0.25 * math.sin(t), 0.5 - 0.35 * math.cos(t)) for t in np.linspace(0, 2 * math.pi, 24)],  # 0
    [(0.28, 0.2), (0.72, 0.2), (0.45, 0.85)],  # 7
    [(0.3, 0.2), (0.65, 0.22), (0.45, 0.48), (0.68, 0.7), (0.3, 0.85)],  # 3
    [(0.3, 0.3), (0.5, 0.15), (0.68, 0.3), (0.3, 0.85), (0.72, 0.85)],  # 2
]


def predictor() -> tuple[Predictor, str]:
    if BUNDLED_MODEL.is_file():
        p, card = load_predictor(BUNDLED_MODEL)
        return p, f"bundled {card.arch} ({BUNDLED_MODEL.name})"
    torch.manual_seed(0)
    model = archs.build("digitnet", 1, 28, 10)
    return Predictor(model, [str(i) for i in range(10)], (0.1307,), (0.3081,)), "fresh digitnet (no bundled model)"


def stroke(view: DrawView, points, rng) -> QPoint:
    """Press and move along a jittered stroke; returns where to release (not timed)."""
    c = view.canvas
    jitter = rng.normal(0, 0.02, size=(len(points), 2))
    pos = [
        c.to_widget(min(max(x + dx, 0.05), 0.95), min(max(y + dy, 0.05), 0.95)).toPoint()
        for (x, y), (dx, dy) in zip(points, jitter)
    ]
    QTest.mousePress(c, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos[0])
    for a, b in zip(pos, pos[1:]):
        for k in range(1, 5):
            QTest.mouseMove(c, a + (b - a) * (k / 4))
    return pos[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--samples", type=int, default=300)
    ap.add_argument("--threads", type=int, default=0, help="torch threads of the GUI thread (0: leave as is)")
    args = ap.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    app = QApplication.instance() or QApplication([])
    pred, name = predictor()
    view = DrawView()
    view.resize(900, 560)
    view.show()
    app.processEvents()
    view.set_predictor(pred, name)

    labelled_at: list[float] = []
    set_text = view.prediction_label.setText

    def timed_set_text(text: str) -> None:  # the moment the answer reaches the label
        set_text(text)
        labelled_at.append(time.perf_counter())

    view.prediction_label.setText = timed_set_text
    rng = np.random.default_rng(0)
    to_label, to_paint, core_ms, warmup = [], [], [], 10
    for i in range(args.samples + warmup):
        view.canvas.clear()
        app.processEvents()
        end = stroke(view, STROKES[i % len(STROKES)], rng)
        labelled_at.clear()
        t0 = time.perf_counter()
        QTest.mouseRelease(view.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
        if not labelled_at or view.last_prediction is None:
            raise SystemExit(f"sample {i}: the release did not update the prediction")
        t_label = labelled_at[-1]
        view.repaint()  # paint the canvas, input image, label and bars now
        t_paint = time.perf_counter()
        if i >= warmup:
            to_label.append((t_label - t0) * 1000)
            to_paint.append((t_paint - t0) * 1000)
            core_ms.append(view.last_latency_ms)

    rows = {"release -> label": to_label, "release -> repainted": to_paint, "render+preprocess+model": core_ms}
    print(f"Draw -> prediction latency, {len(to_label)} samples, {name}, torch threads {torch.get_num_threads()}")
    print(f"{'step':<26}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    out = {"model": name, "samples": len(to_label), "threads": torch.get_num_threads()}
    for label, values in rows.items():
        p50, p95, mx = np.percentile(values, 50), np.percentile(values, 95), max(values)
        print(f"{label:<26}{p50:>9.2f}{p95:>9.2f}{mx:>9.2f}")
        key = label.split(" -> ")[-1].split("+")[0]
        out[f"{key}_p50_ms"], out[f"{key}_p95_ms"] = round(float(p50), 3), round(float(p95), 3)
    out["target_p95_ms"], out["meets_target"] = 15.0, bool(out["label_p95_ms"] < 15.0)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
