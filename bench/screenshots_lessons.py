"""Screenshots for the teacher's guide (docs/teaching.md): the real window offscreen, the bundled lessons
opened from its Lessons menu, real runs on the real datasets.

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshots_lessons.py [--out docs/screenshots]

Writes teach_1_lenet_open.png, teach_2_lenet_trained.png, teach_3_sigmoid_run.png,
teach_4_leakyrelu_switch.png, teach_5_lr_diverged.png, teach_6_3x3_layers.png and teach_7_save_dialog.png.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("lesson_screens_")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402

from gui.app import create_app  # noqa: E402


def pump(app, until, timeout: float = 900) -> None:
    end = time.perf_counter() + timeout
    while not until() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def settle(app, seconds: float = 1.5) -> None:
    pump(app, lambda: False, seconds)


def shot(win, path: Path) -> None:
    win.train.plots.flush()
    win.grab().save(str(path))
    print("wrote", path, flush=True)


def open_from_menu(win, number: int) -> None:
    win.lessons.menu_actions()[number - 1].trigger()


def run_to_end(app, win) -> None:
    ended = []
    win.state.runFinished.connect(ended.append)
    win.train.start()
    pump(app, lambda: bool(ended))
    pump(app, lambda: win.config_panel.isEnabled(), 10)
    settle(app)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv[:1])
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "settings.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(1400, 900)
    win.show()
    settle(app, 3)

    open_from_menu(win, 1)  # LeNet learns clothes
    pump(app, lambda: win.config_panel.summary.summary is not None, 60)
    settle(app, 3)
    shot(win, out / "teach_1_lenet_open.png")
    run_to_end(app, win)
    shot(win, out / "teach_2_lenet_trained.png")

    open_from_menu(win, 2)  # sigmoid or LeakyReLU
    run_to_end(app, win)
    shot(win, out / "teach_3_sigmoid_run.png")
    combo = win.findChild(QComboBox, "activationCombo")
    combo.setCurrentIndex(combo.findData("leakyrelu"))
    settle(app)
    shot(win, out / "teach_4_leakyrelu_switch.png")

    open_from_menu(win, 7)  # a learning rate that is too high
    run_to_end(app, win)
    shot(win, out / "teach_5_lr_diverged.png")

    open_from_menu(win, 3)  # one 5x5 or two 3x3
    summary = win.config_panel.summary
    pump(app, lambda: summary.summary is not None, 60)
    lenet = summary.summary.total_params
    win.lessons.panel.next_step()
    win.lessons.panel.next_step()  # (the run of step 2 is the one of lesson 1)
    combo = win.findChild(QComboBox, "archCombo")
    combo.setCurrentIndex(combo.findData("lenet3x3"))
    pump(app, lambda: summary.summary is not None and summary.summary.total_params != lenet, 60)
    settle(app, 3)
    shot(win, out / "teach_6_3x3_layers.png")

    from gui.lessons.lesson_dock import SaveLessonDialog

    dialog = SaveLessonDialog(win.lessons.lesson.title, win.lessons.lesson.text, win)
    dialog.resize(560, 360)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "teach_7_save_dialog.png"))
    print("wrote", out / "teach_7_save_dialog.png")
    dialog.close()
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
