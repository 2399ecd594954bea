"""Screenshots of the focus view at 1024x768 in projector mode, in English and Chinese, after a short real run.

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshots_focus.py [--out docs/screenshots]

Writes, for tag en and zh: focus_train_{tag}.png (the Train tab), focus_plot_{tag}.png (its loss plot shown
large), focus_matrix_normal_{tag}.png (the Evaluate tab) and focus_matrix_{tag}.png (the confusion matrix
shown large). Runs under a real X server too (DISPLAY set, QT_QPA_PLATFORM unset).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("focus_")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app  # noqa: E402


def save(win, path: Path) -> None:
    win.grab().save(str(path))
    print("wrote", path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv)
    from gui.evaluate.confusion_widget import ConfusionWidget
    from gui.main_window import MainWindow
    from gui.widgets.focus_view import focus_view_of

    settings = QSettings(str(TMP / "settings.ini"), QSettings.IniFormat)
    win = MainWindow(settings)
    win.confirm_close = False
    win.classroom.set_projector(True)
    win.classroom.welcome.dismiss()
    win.resize(1024, 768)
    win.show()
    win.config_panel.set_values(dict(epochs=2, train_subset=3000))
    pump(app, lambda: win.config_panel.config is not None, 30)
    win.train.start()
    pump(app, lambda: win.is_training, 30)
    pump(app, lambda: not win.is_training and len(win.train.history) == 2)
    plot, matrix = win.findChild(pg.PlotWidget, "lossPlot"), win.findChild(ConfusionWidget)
    for language in ("en", "zh_CN"):
        win.set_language(language)
        tag = language[:2]
        for page, target, normal, large in (
            (win.train, plot, "focus_train", "focus_plot"),
            (win.evaluate, matrix, "focus_matrix_normal", "focus_matrix"),
        ):
            win.tabs.setCurrentWidget(page)
            if page is win.evaluate:
                pump(app, lambda: matrix.cm is not None, 120)
            pump(app, lambda: False, 1)
            win.train.plots.flush()
            save(win, args.out / f"{normal}_{tag}.png")
            focus_view_of(target).enlarge()
            pump(app, lambda: False, 1)
            save(win, args.out / f"{large}_{tag}.png")
            focus_view_of(target).put_back()
    win.classroom.set_projector(False)
    win.set_language("en")
    win.close()
    win.wait_for_tasks(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
