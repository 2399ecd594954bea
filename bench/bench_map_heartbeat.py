"""The map's heartbeat (issue 21): is the window smooth while Inside's map of 2,000 test images runs t-SNE?

The real MainWindow (offscreen, 1024x768, projector mode) on the bundled digit model: Inside the network, Map;
once the PCA map shows, t-SNE is chosen and a 10 ms QTimer on the GUI thread measures the gaps between its ticks
until the t-SNE map is on show (the map task runs on the task service's worker; openTSNE's optimiser and the
neighbour search are Cython/numpy code). Also the seconds from the choice to the map on show, several times.
Each gap over 100 ms is listed with the second it began (from the choice). First, as the baseline of the machine's
load, the same heartbeat for --idle seconds with the PCA map on show and nothing running. Target: the longest gap
under 100 ms. Usage: uv run python bench/bench_map_heartbeat.py [--repeat 2] [--idle 10] [--shot map.png]. The last
line is JSON.
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

TMP = prepare("bench_map_heartbeat_")

import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from core import embedding  # noqa: E402
from gui.app import create_app  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--idle", type=float, default=10.0)
    parser.add_argument("--shot", help="save the window with the last t-SNE map to this PNG")
    args = parser.parse_args()
    app = create_app(sys.argv)
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "bench.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.show()
    state, inside = win.state, win.inside
    wait_for(app, lambda: state.model is not None and state.test_images is not None, 120)
    win.classroom.welcome.dismiss()
    win.tabs.setCurrentWidget(inside)
    inside.tabs.setCurrentWidget(inside.map_panel)
    panel = inside.map_panel
    wait_for(app, lambda: panel.fmap is not None and panel.fmap.method == "pca")
    beat, rows = Heartbeat(), []
    beat.start()
    end = time.perf_counter() + args.idle
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    idle = {k: round(v, 1) for k, v in beat.stop().items()}
    print(f"idle window, PCA map on show: heartbeat {idle}", flush=True)
    for _ in range(args.repeat):
        panel.method.setCurrentIndex(panel.method.findData("pca"))
        wait_for(app, lambda: panel.fmap is not None and panel.fmap.method == "pca")
        beat.start()
        start, cpu = time.perf_counter(), time.process_time()
        panel.method.setCurrentIndex(panel.method.findData("tsne"))
        wait_for(app, lambda: panel.fmap is not None and panel.fmap.method == "tsne")
        seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        at = np.cumsum([0.0, *beat.gaps]) / 1000  # when each gap began, seconds after the choice
        late = [(round(float(at[i]), 2), round(g)) for i, g in enumerate(beat.gaps) if g > 100]
        gaps = beat.stop()
        row = {"map_s": round(seconds, 2), "cpu_s": round(cpu, 2), **{k: round(v, 1) for k, v in gaps.items()}}
        rows.append({**row, "late_s_ms": late})
        print(
            f"t-SNE map in the window: {seconds:.1f} s ({cpu:.1f} CPU s); heartbeat p50 {gaps['p50']:.0f} ms, "
            f"p99 {gaps['p99']:.0f} ms, max {gaps['max']:.0f} ms over {gaps['ticks']} ticks; over 100 ms: {late}",
            flush=True,
        )
    if args.shot:
        win.grab().save(args.shot)
    win.close()
    win.wait_for_tasks()
    result = {
        "tsne": str(embedding.TSNE),
        "idle": idle,
        "runs": rows,
        "heartbeat_p99_ms": max(r["p99"] for r in rows),
        "heartbeat_max_ms": max(r["max"] for r in rows),
        "map_s_median": float(np.median([r["map_s"] for r in rows])),
        "load_avg": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
