"""Screenshots of the tuning coach at 1024x768 in projector mode, in English and Chinese: the coach speaking
after lesson 7's learning rate of 5, with a rate changed live on the curves, and the learning-rate finder.

    CNN_PLAYGROUND_DATA=/path/to/datasets uv run python bench/screenshots_coach.py --lang en|zh [--out DIR]

Writes coach_lesson7_LANG.png, coach_knob_LANG.png, lr_finder_LANG.png and data_view_LANG.png (the Data page
beside the curves, with the 'handwriting' augmentation previewed). One language per process: a second
window after a language switch in the same process kept some English texts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare  # noqa: E402  (bench/ is on the path when run as a script)
from screenshots_projector import pump  # noqa: E402

TMP = prepare("coach_")

from PySide6.QtCore import QSettings  # noqa: E402

from core.knobs import LearningRate  # noqa: E402
from gui.app import create_app  # noqa: E402
from gui.i18n import language  # noqa: E402

SHORT = dict(dataset="mnist", arch="lenet", epochs=2, batch_size=64, train_subset=1280, threads=1)


def shoot(app, out: Path, lang: str) -> None:
    from gui.main_window import MainWindow

    language().install("zh_CN" if lang == "zh" else "en")
    win = MainWindow(QSettings(str(TMP / f"{lang}.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.show()
    win.classroom.welcome.dismiss()
    tuning = win.train.tuning
    # a run whose rate is lowered live after its first epoch: the marker on the curves
    win.config_panel.set_values({**SHORT, "optimizer": "adam", "lr": 0.01})
    win.train.start(step_first=True)
    pump(app, lambda: win.session.is_paused)
    win.session.change_knob(LearningRate(0.001))
    win.train.toggle_pause()
    pump(app, lambda: not win.is_training)
    pump(app, lambda: False, 2)
    win.train.plots.flush()
    win.grab().save(str(out / f"coach_knob_{lang}.png"))
    # lesson 7: SGD at a rate of 5
    win.config_panel.set_values({**SHORT, "epochs": 1, "optimizer": "sgd", "momentum": 0.9, "lr": 5.0})
    win.train.start()
    pump(app, lambda: not win.is_training)
    pump(app, lambda: bool(tuning.diagnoses), 60)
    pump(app, lambda: False, 1)
    win.grab().save(str(out / f"coach_lesson7_{lang}.png"))
    win.config_panel.set_values({**SHORT, "optimizer": "adam", "lr": 0.001})
    tuning.open_finder()
    pump(app, lambda: tuning.finder.finding is not None, 300)
    pump(app, lambda: False, 1)
    tuning.finder.grab().save(str(out / f"lr_finder_{lang}.png"))
    tuning.finder.close()
    view = win.train.data_view
    win.config_panel.set_values({**SHORT, "augment": "handwriting"})
    win.train.pages.setCurrentWidget(view)
    pump(app, lambda: view.current is not None and not view.preview.pixmap().isNull(), 120)
    pump(app, lambda: False, 1)
    win.grab().save(str(out / f"data_view_{lang}.png"))
    win.close()
    for name in ("coach_knob", "coach_lesson7", "lr_finder", "data_view"):
        print("wrote", out / f"{name}_{lang}.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("en", "zh"), default="en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    shoot(create_app(sys.argv[:1]), args.out, args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())
