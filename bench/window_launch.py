"""bench_window's fresh-process measures: from a process start to the window's first show, and from a Start
pressed the moment the window shows to the first batch on the loss curve. Each runs the app in a subprocess.

A user's Python caches each module it compiles (``__pycache__``), so their launches after the first one read
byte-code. This machine and CI set ``PYTHONDONTWRITEBYTECODE``: every process here would compile our modules (and
the parts of torch the first run imports) from source again, 0.3 s more to the window and 1.6 s more to the first
batch, which no user sees twice. So the processes measured here cache their byte-code in a temporary folder
(``PYTHONPYCACHEPREFIX``) and each measure starts with one launch that is not timed: a user's first launch.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from _env import ROOT

LAUNCH = """
import time, sys
marks = {"python": time.time()}
import torch
marks["torch"] = time.time()
from PySide6.QtCore import QSettings, QTimer
from gui.app import create_app
from gui.main_window import MainWindow
marks["gui"] = time.time()
app = create_app(sys.argv)
win = MainWindow(QSettings(sys.argv[1], QSettings.IniFormat))
win.confirm_close = False
marks["window"] = time.time()
win.show()
def shown():
    marks["shown"] = time.time()
    print("SHOWN", " ".join(f"{k}={v:.6f}" for k, v in marks.items()), flush=True)
    win.close()
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


COLD_START = """
import time, sys
import torch
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from gui.app import create_app
from gui.main_window import MainWindow
app = create_app(sys.argv)
win = MainWindow(QSettings(sys.argv[1], QSettings.IniFormat))
win.confirm_close = False
win.config_panel.set_values(dict(arch="lenet", dataset="mnist", epochs=1, batch_size=64, lr=1e-3, optimizer="adam"))
gaps, clock, marks = [], QElapsedTimer(), {}
beat = QTimer(interval=10)
beat.timeout.connect(lambda: gaps.append(clock.restart()))
def first_batch(_events):
    if "batch" not in marks and len(win.train.plots.loss_points()[0]):
        marks["batch"] = time.perf_counter()
        print("FIRST", marks["batch"] - marks["click"], max(gaps[1:] or [0]), flush=True)
        win.session.stop()
def press_start():
    clock.start(); beat.start()
    marks["click"] = time.perf_counter()
    win.train.buttons["start"].click()
win.state.batches.connect(first_batch)
win.state.runFinished.connect(lambda _e: (win.close(), app.quit()))
win.show()
QTimer.singleShot(0, press_start)
QTimer.singleShot(120_000, app.quit)
app.exec()
"""


def _app_line(script: str, ini: Path, tmp: Path, mark: str, timeout: float) -> str:
    """Run the app ``script`` as a user's launch after the first one (byte-code cached in tmp, not beside the
    sources); its stdout line starting with ``mark`` (an error with its stderr when there is none)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(tmp / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(
        [sys.executable, "-c", script, str(ini)], cwd=ROOT, text=True, capture_output=True, env=env, timeout=timeout
    )
    line = next((x for x in out.stdout.splitlines() if x.startswith(mark)), None)
    if line is None:
        raise RuntimeError(f"no {mark} line:\n{out.stderr[-2000:]}")
    return line


def cold_start_first_batch(tmp: Path) -> tuple[float, float]:
    """A fresh process presses Start as the window shows: (seconds to the first batch, longest UI gap in ms), from
    the second of two such processes (the first one fills the byte-code cache)."""
    for n in range(2):
        line = _app_line(COLD_START, tmp / f"cold{n}.ini", tmp, "FIRST", timeout=300)
    seconds, gap = (float(v) for v in line.split()[1:])
    return seconds, gap


def launch_times(count: int, tmp: Path) -> tuple[list[float], dict]:
    """Seconds from process start to the first show, and where the time of the last launch went (after one launch
    that is not counted: it fills the byte-code cache)."""
    found, steps = [], {}
    for i in range(count + 1):
        t0 = time.time()
        line = _app_line(LAUNCH, tmp / f"launch{i}.ini", tmp, "SHOWN", timeout=120)
        marks = {k: float(v) for k, v in (item.split("=") for item in line.split()[1:])}
        if i == 0:
            continue
        found.append(marks["shown"] - t0)
        names, last = list(marks), t0
        for name in names:
            steps[name] = round(marks[name] - last, 2)
            last = marks[name]
    return found, steps
