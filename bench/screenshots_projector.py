"""Screenshots of the window at 1024x768, in the normal look and in projector mode, after a short real run.

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshots_projector.py [--out docs/screenshots]

Writes projector_normal.png and projector_on.png (the Train tab, a preset's curves after two epochs),
projector_welcome.png (a first launch: the welcome panel, in projector mode), and for the README, in English
and Chinese: projector_lesson_{en,zh}.png (lesson 2 open beside the Train tab) and projector_compare_{en,zh}.png
(lesson 2's sigmoid run drawn faint under the LeakyReLU run, the lesson panel folded to its slim bar).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("projector_")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv)
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "first.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.show()
    pump(app, lambda: win.train.samples.samples is not None, 60)
    win.grab().save(str(args.out / "projector_welcome.png"))
    win.classroom.welcome.dismiss()
    panel = win.config_panel
    panel.preset.setCurrentIndex(panel.preset.findData("simplecnn-mnist"))
    panel.preset.activated.emit(panel.preset.currentIndex())
    panel.set_values(dict(epochs=2, train_subset=6000))  # a short demo: the preset and its report stay
    win.train.start()
    pump(app, lambda: not win.is_training and len(win.train.history) == 2)
    pump(app, lambda: False, 1)
    for projector, name in ((False, "projector_normal.png"), (True, "projector_on.png")):
        win.classroom.set_projector(projector)
        win.resize(1024, 768)
        pump(app, lambda: False, 1)
        win.train.plots.flush()
        win.grab().save(str(args.out / name))
        print("wrote", args.out / name)
    lesson_shots(app, win, args.out)
    win.classroom.set_projector(False)
    win.set_language("en")
    win.close()
    win.wait_for_tasks(30)
    return 0


def lesson_shots(app, win, out: Path) -> None:
    """Lesson 2 twice, one setting apart, at 1024x768 in projector mode; short runs (1 epoch, 3,000 images)."""
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.lessons.open_lesson(win.lessons.bundled()[1])  # 2. Sigmoid or LeakyReLU?
    short = dict(epochs=1, train_subset=3000)
    for change in ({}, dict(activation="leakyrelu", lr=0.1)):
        win.config_panel.set_values({**short, **change})
        pump(app, lambda: win.config_panel.config is not None, 30)
        win.train.start()
        pump(app, lambda: win.is_training, 30)
        pump(app, lambda: not win.is_training and len(win.train.history) == 1)
    for language in ("en", "zh_CN"):
        win.set_language(language)
        tag = language[:2]
        win.lessons.fold.set_folded(False)
        pump(app, lambda: False, 1)
        win.train.plots.flush()
        save(win, out / f"projector_lesson_{tag}.png")
        win.lessons.fold.set_folded(True)
        pump(app, lambda: False, 1)
        win.train.plots.flush()
        save(win, out / f"projector_compare_{tag}.png")


def save(win, path: Path) -> None:
    win.grab().save(str(path))
    print("wrote", path)


if __name__ == "__main__":
    sys.exit(main())
