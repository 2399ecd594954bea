"""Screenshots for the teacher's guide (docs/teaching.md): the real window offscreen, the bundled lessons
opened from its Lessons menu, real runs on the real datasets.

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshots_lessons.py [--out docs/screenshots]

Writes teach_1_lenet_open.png, teach_2_lenet_trained.png, teach_3_sigmoid_run.png, teach_4_leakyrelu_run.png,
teach_5_lr_diverged.png, teach_6_lr_fixed.png, teach_7_3x3_layers.png, teach_8_save_dialog.png and
lesson_zh.png (lesson 7 in Chinese), and prints the accuracies the guide quotes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("lesson_screens_")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QComboBox, QPushButton  # noqa: E402

from gui.app import create_app  # noqa: E402


def settle(app, seconds: float = 1.5) -> None:
    pump(app, lambda: False, seconds)


def shot(win, path: Path) -> None:
    win.train.plots.flush()
    win.grab().save(str(path))
    print("wrote", path, flush=True)


def open_from_menu(win, number: int) -> None:
    win.lessons.menu_actions()[number - 1].trigger()


def run_to_end(app, win):
    ended = []
    on_end = ended.append
    win.state.runFinished.connect(on_end)
    win.train.start()
    pump(app, lambda: bool(ended), 900)
    pump(app, lambda: win.config_panel.isEnabled(), 10)
    settle(app)
    win.state.runFinished.disconnect(on_end)
    return ended[0]


def report(what: str, event) -> None:
    """The numbers the teacher's guide quotes."""
    history = getattr(event, "history", ())
    last = f"test accuracy {history[-1].test_acc:.1%} after {len(history)} epochs" if history else "no epoch finished"
    print(f"{what}: {type(event).__name__} {getattr(event, 'message', '')} {last}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    out = Path(parser.parse_args().out)
    out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv[:1])
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "settings.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(1600, 900)
    win.show()
    settle(app, 3)
    win.findChild(QPushButton, "welcomeDismiss").click()  # a class that has started the app before

    open_from_menu(win, 1)  # LeNet learns clothes
    pump(app, lambda: win.config_panel.summary.summary is not None, 60)
    settle(app, 3)
    shot(win, out / "teach_1_lenet_open.png")
    report("LeNet, Fashion-MNIST", run_to_end(app, win))
    shot(win, out / "teach_2_lenet_trained.png")

    open_from_menu(win, 2)  # sigmoid or LeakyReLU
    report("LeNet-5, sigmoid", run_to_end(app, win))
    shot(win, out / "teach_3_sigmoid_run.png")
    combo = win.findChild(QComboBox, "activationCombo")
    combo.setCurrentIndex(combo.findData("leakyrelu"))
    win.config_panel.widgets["lr"].setValue(0.1)
    report("LeNet-5, LeakyReLU, lr 0.1", run_to_end(app, win))
    shot(win, out / "teach_4_leakyrelu_run.png")

    open_from_menu(win, 7)  # a learning rate that is too high
    report("LeNet, MNIST, SGD lr 5", run_to_end(app, win))
    shot(win, out / "teach_5_lr_diverged.png")
    win.config_panel.widgets["lr"].setValue(0.01)
    report("LeNet, MNIST, SGD lr 0.01", run_to_end(app, win))
    shot(win, out / "teach_6_lr_fixed.png")

    open_from_menu(win, 3)  # one 5x5 or two 3x3
    summary = win.config_panel.summary
    pump(app, lambda: summary.summary is not None, 60)
    lenet = summary.summary.total_params
    win.lessons.panel.next_step()
    win.lessons.panel.next_step()  # (step 2's run is the one of lesson 1)
    combo = win.findChild(QComboBox, "archCombo")
    combo.setCurrentIndex(combo.findData("lenet3x3"))
    pump(app, lambda: summary.summary is not None and summary.summary.total_params != lenet, 60)
    settle(app, 3)
    print(f"weights: LeNet {lenet:,}, deeper 3x3 LeNet {summary.summary.total_params:,}", flush=True)
    shot(win, out / "teach_7_3x3_layers.png")

    from gui.lessons.lesson_editor import LessonEditor

    dialog = LessonEditor(win.lessons.lesson, False, True, win)
    dialog.show()
    settle(app)
    dialog.grab().save(str(out / "teach_8_save_dialog.png"))
    print("wrote", out / "teach_8_save_dialog.png")
    dialog.close()
    win.close()
    chinese(app, out)
    return 0


def chinese(app, out: Path) -> None:
    """lesson_zh.png: lesson 7 in Chinese, after its first run diverged and the learning rate was lowered."""
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "settings_zh.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(1600, 900)
    win.show()
    win.set_language("zh_CN")
    settle(app)
    win.findChild(QPushButton, "welcomeDismiss").click()
    open_from_menu(win, 7)
    report("zh: LeNet, MNIST, SGD lr 5", run_to_end(app, win))
    win.config_panel.widgets["lr"].setValue(0.01)
    settle(app)
    shot(win, out / "lesson_zh.png")
    win.set_language("en")
    win.close()


if __name__ == "__main__":
    sys.exit(main())
