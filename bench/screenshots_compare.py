"""Screenshots at 1024x768, English and Chinese, of lesson 2 done twice: the two runs named by what they are
(Runs tab: name, activation, learning rate, optimizer, batch size) and compared on the Train tab (the
previous run faint under the live one, named in every legend).

    uv run python bench/screenshots_compare.py [--out DIR] [--projector] [--lang en|zh_CN]

Writes compare_train_<lang>.png and compare_runs_<lang>.png (en or zh).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_compare_")

from PySide6.QtCore import QSettings  # noqa: E402

from gui.app import create_app  # noqa: E402
from gui.i18n import language  # noqa: E402
from screenshots_window import pump, shot  # noqa: E402


def train(app, win) -> None:
    ended = []
    win.state.runFinished.connect(ended.append)
    win.train.buttons["start"].click()
    pump(app, lambda: ended, 600)
    win.state.runFinished.disconnect(ended.append)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--projector", action="store_true", help="projector mode on")
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"), help="the language, from the start")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv)
    language().install(args.lang)  # from the start, as a Chinese classroom opens it
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "screens.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.classroom.set_projector(args.projector)
    win.resize(1024, 768)
    win.show()
    win.lessons.menu_actions()[1].trigger()  # lesson 2: sigmoid or LeakyReLU?
    pump(app, lambda: False, 0.5)
    win.config_panel.set_values({"train_subset": 3000, "epochs": 3})  # a short class: seconds, not minutes
    train(app, win)  # step 1: sigmoid
    win.config_panel.set_values({"activation": "leakyrelu", "lr": 0.1})  # steps 2 and 3
    train(app, win)  # step 4: LeakyReLU, drawn over the sigmoid run
    pump(app, lambda: win.train.reference.curves is not None)
    code = args.lang[:2]
    pump(app, lambda: False, 0.5)
    shot(win, args.out / f"compare_train_{code}.png")
    win.tabs.setCurrentWidget(win.runs)
    win.runs.select_paths([run.path for run in win.runs.model.runs])
    pump(app, lambda: False, 1.5)
    shot(win, args.out / f"compare_runs_{code}.png")
    win.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
