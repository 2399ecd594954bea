"""How fast the Data view answers for MNIST: the first load, then a new validation share, seed or augmentation
answered from the dataset kept in memory (the issue asks for under a second after the first load).

Times the real view (gui.train.data_view.DataView on an AppState, offscreen): from the settings change to the
overview or the augmentation preview on screen, tasks and signals included; and the core steps alone, on one
and on two torch threads. Prints the load average: on the shared 2-core machine, times are "under load".
Run: uv run python bench/bench_data_view.py
"""

from __future__ import annotations

import json
import os
import time

from _env import prepare


def main() -> None:
    prepare("bench-data-view-")
    import torch  # before Qt
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from core import data
    from core.data_overview import _overview, augmentation_preview
    from gui.state import AppState, TrainSettings
    from gui.train.data_view import DataView

    app = QApplication.instance() or QApplication([])
    state = AppState(os.environ["CNN_PLAYGROUND_DATA"])
    view = DataView(state)
    view.resize(700, 600)
    view.show()
    values = {"dataset": "mnist", "folder": None, "image_size": None, "seed": 0, "val_fraction": 0.1, "augment": "none"}

    def answer(signal, **change) -> float:
        """Seconds from a settings change to ``signal``."""
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        values.update(change)
        start = time.perf_counter()
        state.report_settings(TrainSettings(dict(values)))
        loop.exec()
        signal.disconnect(loop.quit)
        return time.perf_counter() - start

    result = {"load_average": os.getloadavg()[0]}
    result["first_load_s"] = answer(view.shown)
    result["new_validation_share_s"] = answer(view.shown, val_fraction=0.2)
    result["new_seed_split_s"] = answer(view.shown, seed=1)  # a new seed reloads: the image folder split follows it
    result["new_augmentation_s"] = answer(view.previewed, augment="handwriting")
    loaded = data.load("mnist", download=False)
    for threads in (1, 2):
        torch.set_num_threads(threads)
        start = time.perf_counter()
        _overview(loaded, "mnist", 0.1, 0)  # the work without overview()'s one-thread guard
        result[f"core_overview_{threads}_threads_s"] = time.perf_counter() - start
    start = time.perf_counter()
    augmentation_preview(loaded.train_x[0].numpy(), 5, "handwriting-styles")
    result["core_preview_s"] = time.perf_counter() - start
    for name, value in result.items():
        print(f"{name}: {value:.2f}")
    print(json.dumps({k: round(v, 3) for k, v in result.items()}))
    state.shutdown()
    state.wait(30)
    del app


if __name__ == "__main__":
    main()
