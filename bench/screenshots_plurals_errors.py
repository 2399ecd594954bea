"""Screenshots of what lang4 changed, at 1024x768 in projector mode, in English then after a live switch to
Chinese: English plural forms ("Moved 1 run", "You train 1 epoch"), a task's failure said again after the switch
(the code view of settings it cannot write code for), and pyqtgraph's right-click menu of a plot.

    uv run python bench/screenshots_plurals_errors.py [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_lang4_")

from PySide6.QtCore import QPoint, QSettings  # noqa: E402

from core.config import TrainConfig  # noqa: E402
from gui import i18n  # noqa: E402
from gui.app import create_app  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TMP / "shots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    runs_root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    (runs_root / "an-old-run").mkdir(parents=True)
    app = create_app(sys.argv)
    i18n.language().install("en")
    from gui.main_window import MainWindow
    from gui.widgets.code_view import CodeView, script_of_settings
    from gui.widgets.plot_widgets import PlotWidget

    win = MainWindow(QSettings(str(TMP / "screens.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.show()
    pump(app, lambda: win.state.model is not None)
    win.config_panel.preset_chooser.chosen.emit("lenet-fashion")  # a preset of 10 epochs, trained for 1
    pump(app, lambda: False, 1.0)
    win.config_panel.set_values({"epochs": 1})
    win.tabs.setCurrentWidget(win.runs)
    win.runs.trash.delete([runs_root / "an-old-run"])
    pump(app, lambda: bool(win.runs.trash.moved), 30)
    code = CodeView(win.state, script_of_settings(TrainConfig(dataset="my-digits")), win)
    code.resize(700, 300)
    code.show()
    pump(app, lambda: code.failure is not None, 30)
    plot = PlotWidget()  # most of the window's plots turn the menu off; those that keep it are made like this
    menu = plot.getPlotItem().getViewBox().menu
    for lang in ("en", "zh_CN"):
        if lang != "en":
            win.set_language(lang)
        shots = {}
        for name, tab in (("train", win.train), ("runs", win.runs)):
            win.tabs.setCurrentWidget(tab)
            pump(app, lambda: False, 1.0)
            shots[name] = win.grab()
        menu.popup(win.mapToGlobal(QPoint(200, 200)))
        menu.actions()[-1].menu().popup(win.mapToGlobal(QPoint(420, 300)))  # Mouse Mode's 3 button / 1 button
        pump(app, lambda: False, 0.5)
        shots["plot_menu"] = menu.grab()
        shots["plot_mouse_modes"] = menu.actions()[-1].menu().grab()
        menu.actions()[-1].menu().hide()
        menu.hide()
        shots["code_error"] = code.grab()
        for name, pixmap in shots.items():
            path = args.out / f"lang4_{name}_{lang}.png"
            pixmap.save(str(path))
            print("wrote", path, flush=True)
        print(lang, "| trash bar:", win.runs.trash.label.text(), "| code:", code.text.toPlainText(), flush=True)
        print(lang, "| preset note:", win.config_panel.preset_chooser.note.text(), flush=True)
        print(lang, "| menu:", menu.title(), [a.text() for a in menu.actions()], flush=True)
        print(lang, "| plot options:", [a.text() for a in plot.getPlotItem().ctrlMenu.actions()], flush=True)
    code.close()
    win.close()
    win.wait_for_tasks(60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
