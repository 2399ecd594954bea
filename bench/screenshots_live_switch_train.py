"""Screenshots of a live language switch on the Train and Draw & predict tabs and the View menu.

    uv run python bench/screenshots_live_switch_train.py [--out docs/screenshots] [--size 1024x768] [--projector]

Starts in English, trains one short real MNIST epoch (status line, tiles, run log, sample grid and coach then
hold texts made from data), switches to Chinese and back, and writes live_{zh,en}_{train,draw,menu}.png.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import ROOT, prepare  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_live_train_")

from PySide6.QtCore import QEvent, QSettings  # noqa: E402

from gui import i18n  # noqa: E402
from gui.app import create_app  # noqa: E402
from screenshots_window import draw_three, pump, shot  # noqa: E402

RUN = dict(dataset="mnist", arch="lenet", epochs=1, batch_size=64, train_subset=3000, lr=2e-3, optimizer="adam")


def settle(app, seconds: float = 0.5) -> None:
    pump(app, lambda: False, seconds)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # message rows replaced by the switch


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1024x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--projector", action="store_true", help="projector mode on")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = create_app(sys.argv)
    i18n.language().install("en")
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "screens.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(width, height)
    win.show()
    win.classroom.set_projector(args.projector)
    win.config_panel.set_values(RUN)
    ended = []
    win.state.runFinished.connect(ended.append)
    win.train.buttons["start"].click()
    pump(app, lambda: ended, 300)
    pump(app, lambda: win.state.model is not None and win.state.model.card.epoch == RUN["epochs"])
    win.tabs.setCurrentWidget(win.predict)
    settle(app, 0.3)
    draw_three(win.predict.draw_view.canvas)
    win.tabs.setCurrentWidget(win.train)
    settle(app)
    for code, tag in (("zh_CN", "zh"), ("en", "en")):
        win.set_language(code)
        settle(app)
        shot(win, args.out / f"live_{tag}_train.png")
        win.tabs.setCurrentWidget(win.predict)
        settle(app)
        shot(win, args.out / f"live_{tag}_draw.png")
        win.tabs.setCurrentWidget(win.train)
        view = win.menus["view"]
        view.popup(win.mapToGlobal(win.menuBar().geometry().bottomLeft()))
        settle(app, 0.3)
        view.grab().save(str(args.out / f"live_{tag}_menu.png"))
        view.close()
    win.close()
    win.wait_for_tasks()
    return 0


if __name__ == "__main__":
    sys.exit(main())
