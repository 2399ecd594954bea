"""Screenshots of the Runs tab's Export menu and of the message after an ONNX export (offscreen, 1400x900).

    uv run python bench/screenshots_export.py RUN_DIR [--out docs/screenshots]

RUN_DIR (a finished run folder) is copied into a temp runs folder. Writes app_export_menu.png (the menu open
over the selected run) and app_export_done.png (the result: saved, checked with onnxruntime on 64 test images).
Popups are separate windows offscreen, so each is painted onto the window's picture where it would appear.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

import torch  # noqa: F401  -- before Qt, as in main.py

from _env import prepare, pump  # noqa: E402  (bench/ is on the path when run as a script)

TMP = prepare("screens_export_")

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from gui.app import create_app  # noqa: E402


def with_popup(win, popup, path: Path, at: QPoint | None = None) -> None:
    picture = win.grab()
    painter = QPainter(picture)
    where = at if at is not None else win.mapFromGlobal(popup.pos())
    painter.drawPixmap(where, popup.grab())
    painter.end()
    picture.save(str(path))
    print("wrote", path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("run", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args()
    runs = TMP / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    run = Path(shutil.copytree(args.run, runs / args.run.name))
    app = create_app(sys.argv[:1])
    from gui.main_window import MainWindow

    win = MainWindow(QSettings(str(TMP / "settings.ini"), QSettings.IniFormat))
    win.confirm_close = False
    win.resize(1400, 900)
    win.show()
    tab = win.runs
    win.tabs.setCurrentWidget(tab)
    pump(app, lambda: tab.model.row_of(run) >= 0)
    tab.select_paths([run])
    pump(app, lambda: False, 3)  # the comparison view draws the run's curves
    menu = tab.export_button.menu()
    below = tab.export_button.mapToGlobal(QPoint(0, tab.export_button.height()))
    menu.popup(below)
    menu.setActiveAction(menu.actions()[2])
    pump(app, lambda: False, 1)
    args.out.mkdir(parents=True, exist_ok=True)
    with_popup(win, menu, args.out / "app_export_menu.png", win.mapFromGlobal(below))
    menu.hide()

    out = TMP / f"{run.name}.onnx"
    QFileDialog.getSaveFileName = lambda *a, **k: (str(out), "")
    menu.actions()[2].trigger()
    actions = menu.export_actions
    pump(app, lambda: actions.box is not None and actions.box.text().startswith("Saved"))
    box = actions.box
    box.adjustSize()
    pump(app, lambda: False, 0.5)
    centre = QPoint((win.width() - box.width()) // 2, (win.height() - box.height()) // 2)
    with_popup(win, box, args.out / "app_export_done.png", centre)
    print(box.text())
    win.close()


if __name__ == "__main__":
    main()
