"""Screenshot of the Runs tab with three real runs selected and overlaid (offscreen, 1400x900).

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshot_runs.py [--out docs/screenshots]

Trains LeNet-5 on a part of real Fashion-MNIST three times, changing only the activation (sigmoid, ReLU,
LeakyReLU), as the tutorials compare them; names them, selects all three, shows them per batch and writes
app_runs.png. ``--runs DIR`` keeps the runs for the next time.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_runs_")

from PySide6.QtCore import QSettings  # noqa: E402

from core.config import TrainConfig  # noqa: E402
from core.run_summary import set_label  # noqa: E402
from core.trainer import Trainer  # noqa: E402
from gui.app import create_app  # noqa: E402

RUN = dict(arch="lenet5", dataset="fashion-mnist", epochs=3, batch_size=64, train_subset=6000, lr=2e-3)
RUNS = (("sigmoid", "the 1998 recipe"), ("relu", ""), ("leakyrelu", "best of the three"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--runs", type=Path, help="a runs folder to keep the three runs in, and reuse next time")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    runs_root = args.runs or Path(os.environ["CNN_PLAYGROUND_RUNS"])
    os.environ["CNN_PLAYGROUND_RUNS"] = str(runs_root)
    if not list(runs_root.glob("*/config.json")):
        for activation, note in RUNS:
            final = Trainer(TrainConfig(**RUN, activation=activation), runs_root=runs_root).run()
            set_label(final.run_dir, name=f"LeNet-5 {activation}", note=note)
            print(activation, [round(m.test_acc, 3) for m in final.history], flush=True)

    app = create_app([])
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "settings.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(1400, 900)
    win.show()
    win.tabs.setCurrentWidget(win.runs)
    tab = win.runs
    pump(app, lambda: tab.model.rowCount() == len(RUNS))
    tab.select_paths([run.path for run in tab.model.runs])
    pump(app, lambda: len(tab.compare.runs) == len(RUNS) and tab.compare.details is not None, timeout=60)
    tab.compare.per_batch.setChecked(True)  # every batch of the three runs, with its running average
    pump(app, lambda: False, timeout=1.5)  # let the plots draw
    path = args.out / "app_runs.png"
    win.grab().save(str(path))
    print("wrote", path)
    win.close()


if __name__ == "__main__":
    main()
