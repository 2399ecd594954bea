"""The window under load: is the UI smooth, does Stop answer, how fast does it open, what does it cost?

LeNet (modern) on MNIST, batch 64, Adam 1e-3, three epochs, in the real MainWindow (offscreen):
  - UI heartbeat: gaps between ticks of a 10 ms QTimer on the GUI thread while training, while the bench
    tours the tabs as a user would: Draw (drawing a digit stroke by stroke), Evaluate, Inside, Train
  - first batch: a fresh process presses Start the moment the window shows; seconds from the click to the
    first batch on the loss curve, and the longest heartbeat gap in that time
  - stop latency: click Stop mid-epoch -> runEnded, several times
  - window shown: a fresh process, from its start to the window's first show (median of a few), with the
    time of each step (interpreter, torch, gui + core imports, window, show) of the last launch
  - speed: training images/s of the windowed run vs the bare engine (core Trainer, same config, same process;
    engine runs before and after the windowed one, to average out the machine's drift)
Prints a table; the last line is JSON. Needs $CNN_PLAYGROUND_DATA (or ../shared/datasets).
Usage: uv run python bench/bench_window.py [--epochs 1] [--launches 3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import prepare, wait_for  # noqa: E402  (bench/ is on the path when run as a script)
from heartbeat import Heartbeat  # noqa: E402
from window_launch import cold_start_first_batch, launch_times  # noqa: E402

TMP = prepare("bench_window_")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QPointF, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from core.config import TrainConfig  # noqa: E402
from core.events import RunFinished  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.trainer import Trainer  # noqa: E402
from gui.app import create_app  # noqa: E402

CONFIG = dict(arch="lenet", dataset="mnist", batch_size=64, lr=1e-3, optimizer="adam", seed=0)
TARGETS = {
    "heartbeat_p99_ms": 20,
    "heartbeat_max_ms": 100,
    "stop_s": 0.5,
    "shown_s": 3.0,
    "speed_ratio": 0.9,
    "first_batch_s": 3.0,
    "first_batch_max_gap_ms": 100,
}


def engine_speed(cfg: TrainConfig) -> float:
    final = Trainer(cfg, None, data_root=data_dir(), runs_root=TMP / "engine").run()
    assert isinstance(final, RunFinished), final
    return float(np.mean([m.images_per_s for m in final.history]))


class Tour:
    """Every second the next tab, as a user looking around while it trains; on Draw, a digit drawn stroke by
    stroke with real mouse events (the prediction, Evaluate's what-if and Inside's maps follow it), one every
    16 ms as a mouse reports them (until the sixth session of 2026-12-07 all 16 came in one go, which no hand
    does: one UI gap of 16 predictions)."""

    STROKE_MS = 16

    def __init__(self, win):
        self.win, self.step = win, 0
        self.timer = QTimer(interval=1000)
        self.timer.timeout.connect(self.next)
        self.strokes: list[tuple] = []
        self.pen = QTimer(interval=self.STROKE_MS)
        self.pen.timeout.connect(self.stroke)

    def next(self):
        tabs = self.win.tabs
        tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count())
        if tabs.currentWidget() is self.win.predict:
            canvas = self.win.predict.draw_view.canvas
            canvas.clear()
            w, h = canvas.width(), canvas.height()
            points = [QPointF(w / 2 + (i % 3), h / 5 + i * (3 * h / 5) / 15) for i in range(16)]
            kinds = [QEvent.MouseButtonPress] + [QEvent.MouseMove] * 14 + [QEvent.MouseButtonRelease]
            self.strokes = list(zip(kinds, points))
            self.pen.start()

    def stroke(self):
        if not self.strokes:
            self.pen.stop()
            return
        kind, pos = self.strokes.pop(0)
        canvas = self.win.predict.draw_view.canvas
        buttons = Qt.NoButton if kind == QEvent.MouseButtonRelease else Qt.LeftButton
        button = Qt.NoButton if kind == QEvent.MouseMove else Qt.LeftButton
        QApplication.sendEvent(  # sent, not posted through QTest: no nested event loop
            canvas, QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons, Qt.NoModifier)
        )


def windowed_run(app, win, cfg: TrainConfig, beat: Heartbeat) -> tuple[float, dict]:
    win.config_panel.set_values(cfg.to_dict())
    ended = []
    win.state.runFinished.connect(ended.append)
    tour = Tour(win)
    beat.start()
    win.train.buttons["start"].click()
    tour.timer.start()
    wait_for(app, lambda: ended, 3600)
    tour.timer.stop()
    tour.pen.stop()
    win.tabs.setCurrentWidget(win.train)
    gaps = beat.stop()
    win.state.runFinished.disconnect(ended.append)
    assert isinstance(ended[0], RunFinished), ended[0]
    return float(np.mean([m.images_per_s for m in ended[0].history])), gaps


def stop_latency(app, win, cfg: TrainConfig, times: int) -> list[float]:
    found = []
    for _ in range(times):
        win.config_panel.set_values(cfg.replace(epochs=5).to_dict())
        ended, batches = [], []
        win.state.runFinished.connect(ended.append)
        win.session.batches.connect(batches.append)
        win.train.buttons["start"].click()
        wait_for(app, lambda b=batches: sum(len(x) for x in b) >= 50, 120)
        t0 = time.perf_counter()
        win.train.buttons["stop"].click()
        wait_for(app, lambda e=ended: e, 30)
        found.append(time.perf_counter() - t0)
        win.state.runFinished.disconnect(ended.append)
        win.session.batches.disconnect(batches.append)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--launches", type=int, default=3)
    parser.add_argument("--stops", type=int, default=3)
    parser.add_argument("--only-run", action="store_true", help="skip the launches and the stops")
    parser.add_argument("--switch-interval-ms", type=float, help="try another GIL switch interval (Python's is 5)")
    args = parser.parse_args()
    cfg = TrainConfig(**CONFIG, epochs=args.epochs)
    if args.switch_interval_ms:
        sys.setswitchinterval(args.switch_interval_ms / 1000)

    shown, shown_steps = launch_times(args.launches, TMP) if not args.only_run else ([0.0], {})
    first_batch, first_gap = cold_start_first_batch(TMP) if not args.only_run else (0.0, 0.0)
    app = create_app(sys.argv)
    from gui.gc_on_gui_thread import freeze_imports
    from gui.main_window import MainWindow

    freeze_imports()  # as run_app does
    win = MainWindow(QSettings(str(TMP / "bench.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(1400, 900)
    win.show()
    wait_for(app, lambda: win.config_panel.summary.summary is not None, 60)
    beat = Heartbeat()
    engine_before = engine_speed(cfg)
    window_speed, gaps = windowed_run(app, win, cfg, beat)
    engine_after = engine_speed(cfg)
    stops = stop_latency(app, win, cfg, args.stops if not args.only_run else 1)
    win.close()

    engine = (engine_before + engine_after) / 2
    result = {
        "heartbeat_p50_ms": round(gaps["p50"], 1),
        "heartbeat_p99_ms": round(gaps["p99"], 1),
        "heartbeat_max_ms": round(gaps["max"], 1),
        "heartbeat_ticks": gaps["ticks"],
        "heartbeat_over_20_ms": gaps["over_20"],
        "stop_s": round(max(stops), 3),
        "stop_all_s": [round(s, 3) for s in stops],
        "shown_s": round(float(np.median(shown)), 2),
        "shown_all_s": [round(s, 2) for s in shown],
        "shown_steps_s": shown_steps,
        "load_avg": round(os.getloadavg()[0], 2),
        "first_batch_s": round(first_batch, 2),
        "first_batch_max_gap_ms": round(first_gap, 1),
        "window_img_s": round(window_speed),
        "engine_img_s": round(engine),
        "engine_before_after_img_s": [round(engine_before), round(engine_after)],
        "speed_ratio": round(window_speed / engine, 3),
        "threads": torch.get_num_threads(),
        "epochs": args.epochs,
    }
    print(f"{'measure':<22}{'value':>12}{'target':>12}  ok")
    checks = {
        "heartbeat_p50_ms": None,
        "heartbeat_p99_ms": "<",
        "heartbeat_max_ms": "<",
        "stop_s": "<",
        "shown_s": "<",
        "first_batch_s": "<",
        "first_batch_max_gap_ms": "<",
        "window_img_s": None,
        "engine_img_s": None,
        "speed_ratio": ">=",
    }
    for key, how in checks.items():
        target = TARGETS.get(key)
        ok = "" if how is None else ("yes" if (result[key] < target if how == "<" else result[key] >= target) else "NO")
        print(f"{key:<22}{result[key]:>12}{'' if target is None else f'{how} {target}':>12}  {ok}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
