"""Screenshots of every tab in Chinese (offscreen, 1400x900) after a short real MNIST run.

    uv run python bench/screenshots_zh.py [--out docs/screenshots] [--size 1400x900]

Writes zh_train.png, zh_draw.png, zh_evaluate.png, zh_inside.png, zh_tune.png, zh_runs.png and zh_menu_view.png
(the View menu with the language switch).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_zh_")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app  # noqa: E402
from gui.i18n import language  # noqa: E402
from screenshots_window import draw_three, pump, shot  # noqa: E402

RUN = dict(dataset="mnist", arch="lenet", epochs=2, batch_size=64, train_subset=6000, lr=2e-3, optimizer="adam")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1400x900", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv)
    language().install("zh_CN")
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "screens.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(width, height)
    win.show()
    win.config_panel.set_values(RUN)
    ended = []
    win.state.runFinished.connect(ended.append)
    win.train.buttons["start"].click()
    pump(app, lambda: ended, 300)
    pump(app, lambda: win.state.model is not None and win.state.model.card.epoch == RUN["epochs"])
    pump(app, lambda: False, 0.5)
    shot(win, args.out / "zh_train.png")

    win.tabs.setCurrentWidget(win.predict)
    pump(app, lambda: False, 0.3)
    draw_three(win.predict.draw_view.canvas)
    pump(app, lambda: False, 0.5)
    shot(win, args.out / "zh_draw.png")
    win.tabs.setCurrentWidget(win.evaluate)
    pump(app, lambda: win.evaluate.cm is not None)
    pump(app, lambda: False, 0.5)
    shot(win, args.out / "zh_evaluate.png")
    win.tabs.setCurrentWidget(win.inside)
    pump(app, lambda: win.inside.weights.histograms)
    pump(app, lambda: False, 0.8)
    shot(win, args.out / "zh_inside.png")
    for tab, name in ((win.tune, "zh_tune.png"), (win.runs, "zh_runs.png")):
        win.tabs.setCurrentWidget(tab)
        pump(app, lambda: False, 1.0)
        shot(win, args.out / name)
    win.tabs.setCurrentWidget(win.train)
    view = next(m for m in win.menuBar().actions() if m.text().startswith("视图")).menu()
    view.popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()))
    pump(app, lambda: False, 0.3)
    view.grab().save(str(args.out / "zh_menu_view.png"))
    view.close()
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
