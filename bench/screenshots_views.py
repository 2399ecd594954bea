"""Render the Evaluate and Inside-the-network views offscreen after a short real MNIST run.

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshots_views.py [--epochs 1] [--out docs/screenshots]

Writes evaluate.png and inside.png (1200x800) and prints how long a live feature-map + saliency update takes.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch  # noqa: F401  (torch before Qt)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--subset", type=int, default=8000)
    ap.add_argument("--dataset", default="mnist")
    ap.add_argument("--arch", default="lenet")
    ap.add_argument("--out", default="docs/screenshots")
    ap.add_argument("--all-tabs", action="store_true", help="also save every tab of both views (for checking)")
    args = ap.parse_args()
    root = os.environ.get("CNN_PLAYGROUND_DATA")
    if not root:
        sys.exit("Set CNN_PLAYGROUND_DATA to the folder holding MNIST/raw.")
    os.environ.setdefault("CNN_PLAYGROUND_RUNS", tempfile.mkdtemp(prefix="cnn-shots-"))

    from core import data
    from core.config import TrainConfig
    from core.events import EpochEnd, RunStarted
    from core.trainer import Trainer

    loaded = data.load(args.dataset, Path(root), download=False)
    events: list = []
    t0 = time.perf_counter()
    Trainer(TrainConfig(arch=args.arch, dataset=args.dataset, epochs=args.epochs, train_subset=args.subset, lr=2e-3),
            events.append, loaded=loaded).run()
    print(f"trained {args.epochs} epoch(s) in {time.perf_counter() - t0:.1f} s")
    started = next(e for e in events if isinstance(e, RunStarted))
    epochs = [e for e in events if isinstance(e, EpochEnd)]

    from PySide6.QtWidgets import QApplication

    from gui.evaluate.evaluate_view import EvaluateView
    from gui.inside.inside_view import InsideView

    app = QApplication.instance() or QApplication([])
    ev, inside = EvaluateView(), InsideView()
    for w in (ev, inside):
        w.resize(1200, 800)
        w.show()
    meta = {"arch": args.arch, "class_names": list(started.class_names), "mean": started.mean, "std": started.std,
            "in_channels": started.in_channels, "image_size": started.image_size}
    ev.set_run(started.class_names, started.mean, started.std, loaded.test_x, loaded.test_y, config=started.config)
    inside.set_model(None, meta)
    for e in epochs:
        ev.update_epoch(e.weights, args.arch, started.in_channels, started.image_size, e.test_pred, e.test_conf, e.metrics)
        inside.update_epoch(e.weights)
    k = len(started.class_names)
    off = ev.cm.copy()
    off[range(k), range(k)] = 0
    worst = divmod(int(off.argmax()), k)
    ev.confusion.select(*worst)
    pick = int(ev.cell_gallery.items()[0].index) if ev.cell_gallery.items() else 0
    ev.choose_test_image(pick)
    ev.robustness.rotate.setValue(20)
    ev.tabs.setCurrentIndex(0)
    inside.set_input(loaded.test_x[pick, 0].float().numpy() / 255)
    deadline = time.time() + 20
    while (inside.jobs.busy("inside-weights") or inside.table.rowCount() == 0) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
    rows = [r.name for r in inside.summary.rows] if inside.summary else []
    if "features.conv2" in rows:
        inside.select_layer("features.conv2")
    times = []
    for _ in range(30):
        inside.refresh_input()
        times.append(inside.last_ms)
    print(f"view update (feature maps + saliency + drawing): median {statistics.median(times):.1f} ms, "
          f"max {max(times):.1f} ms")
    from core.saliency import feature_maps, inspect

    x = inside.model_input()
    for label, fn in (("feature maps alone", lambda: feature_maps(inside.model, x)),
                      ("HiResCAM (pred + 1 class)", lambda: inspect(inside.model, x, [9], method="hires")),
                      ("Grad-CAM (pred + 1 class)", lambda: inspect(inside.model, x, [9], method="grad-cam"))):
        fn()
        ms = []
        for _ in range(30):
            t = time.perf_counter()
            fn()
            ms.append((time.perf_counter() - t) * 1000)
        print(f"{label}: median {statistics.median(ms):.1f} ms")
    for _ in range(10):
        app.processEvents()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ev.grab().save(str(out / "evaluate.png"))
    inside.grab().save(str(out / "inside.png"))
    print("wrote", out / "evaluate.png", out / "inside.png")
    if args.all_tabs:
        for view, name in ((ev, "evaluate"), (inside, "inside")):
            for i in range(view.tabs.count()):
                view.tabs.setCurrentIndex(i)
                for _ in range(5):
                    app.processEvents()
                view.grab().save(str(out / f"{name}-tab{i}.png"))
    ev.shutdown()
    inside.shutdown()


if __name__ == "__main__":
    main()
