"""Screenshots of Evaluate, Inside the network, Tune and Runs (with a lesson open) at 1024x768 in projector mode,
after a live language switch each way: what each
widget's own retranslate() says.

    uv run python bench/screenshots_live_switch.py [--out DIR]

Writes switch_zh_<tab>.png (English -> Chinese) and switch_en_<tab>.png (and back to English).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_switch_")

from PySide6.QtCore import QSettings  # noqa: E402

from core import data  # noqa: E402
from core.config import TrainConfig  # noqa: E402
from core.trainer import Trainer  # noqa: E402
from gui import i18n  # noqa: E402
from gui.app import create_app  # noqa: E402
from screenshots_window import pump  # noqa: E402


def two_runs() -> list[Path]:
    """LeNet and the MLP, one epoch each on 2000 MNIST images: two networks for the comparison."""
    import os

    full = data.load("mnist", os.environ["CNN_PLAYGROUND_DATA"], download=False)
    small = data.LoadedData(full.spec, full.train_x[:2000], full.train_y[:2000], full.test_x[:500], full.test_y[:500])
    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    cfg = TrainConfig(arch="lenet", dataset="mnist", epochs=1, batch_size=64, lr=2e-3, threads=1)
    return [Trainer(cfg.replace(arch=a), loaded=small, runs_root=root).run().run_dir for a in ("lenet", "mlp")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    runs = two_runs()
    app = create_app(sys.argv)
    i18n.language().install("en")
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "screens.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.show()
    pump(app, lambda: win.state.model is not None)
    win.tabs.setCurrentWidget(win.evaluate)
    pump(app, lambda: win.evaluate.cm is not None, 300)
    win.evaluate.show_cell(4, 9)
    win.tabs.setCurrentWidget(win.inside)
    pump(app, lambda: win.inside.weights.histograms)
    win.tabs.setCurrentWidget(win.runs)
    pump(app, lambda: len(win.runs.model.runs) == 2)
    win.runs.select_paths(runs)
    pump(app, lambda: len(win.runs.compare.runs) == 2 and win.runs.compare.details is not None)
    win.lessons.open_lesson(win.lessons.bundled()[1])
    tabs = {"evaluate": win.evaluate, "inside": win.inside, "tune": win.tune, "runs": win.runs}
    for code, prefix in (("zh_CN", "switch_zh"), ("en", "switch_en")):
        win.set_language(code)
        for name, tab in tabs.items():
            win.tabs.setCurrentWidget(tab)
            pump(app, lambda: False, 1.0)
            path = args.out / f"{prefix}_{name}.png"
            win.grab().save(str(path))
            print("wrote", path)
    win.close()
    win.wait_for_tasks(60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
