"""The first window fits the screen it opens on; a remembered geometry is clamped to the screen of today."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QApplication

from gui.window_fit import DEFAULT_SIZE, FRAME, first_rect, fit_rect

PROJECTOR = QRect(0, 0, 1024, 768)
ROOT = Path(__file__).resolve().parents[2]


def test_a_first_window_on_a_projector_takes_the_screen_less_its_frame():
    rect = first_rect(PROJECTOR)
    assert PROJECTOR.contains(rect.marginsAdded(FRAME))
    assert rect.size() == QSize(1024 - 8, 768 - 36)  # all the room there is, not 1400x900
    big = QRect(0, 0, 2560, 1440)
    assert first_rect(big).size() == DEFAULT_SIZE and first_rect(big).marginsAdded(FRAME).center() == big.center()


def test_a_remembered_geometry_from_a_larger_desktop_is_clamped_to_the_projector():
    desktop_window = QRect(300, 120, 1400, 900)  # closed on a 1920x1080 desktop
    fitted = fit_rect(desktop_window, PROJECTOR)
    assert PROJECTOR.contains(fitted.marginsAdded(FRAME)) and fitted.size() == QSize(1016, 732)
    on_gone_monitor = QRect(2200, 50, 800, 600)  # the second monitor is unplugged
    moved = fit_rect(on_gone_monitor, PROJECTOR)
    assert moved.size() == QSize(800, 600) and PROJECTOR.contains(moved.marginsAdded(FRAME))
    fits = QRect(100, 80, 700, 500)
    assert fit_rect(fits, PROJECTOR) == fits  # a window that fits stays where the teacher put it
    second_screen = QRect(1920, 0, 1024, 768)
    assert fit_rect(QRect(1900, 0, 900, 600), second_screen, QMargins()) == QRect(1920, 0, 900, 600)


def test_the_window_fits_the_real_offscreen_screen(make_window):
    win = make_window()
    available = QApplication.primaryScreen().availableGeometry()  # offscreen: 800x800
    assert available.contains(win.geometry().marginsAdded(FRAME)), (win.geometry(), available)


SCRIPT = """
import sys, torch  # torch before Qt
from PySide6.QtCore import QSettings, QRect
from PySide6.QtWidgets import QApplication
app = QApplication([])
from gui.main_window import MainWindow
settings = QSettings(sys.argv[1], QSettings.IniFormat)
out = []
for _ in range(2):  # a fresh first window, then one reopened from a geometry saved on a 1920x1080 desktop
    win = MainWindow(settings)
    win.show()
    app.processEvents()
    g = win.frameGeometry()
    out.append([g.x(), g.y(), g.width(), g.height()])
    win.setGeometry(QRect(600, 150, 1300, 880))
    settings.setValue("window/geometry", win.saveGeometry())
    win.confirm_close = False
    win.settings.set_geometry = lambda geometry: None  # keep the desktop geometry the test wrote
    win.close()
    win.wait_for_tasks(30)  # as the app does after its window closed: no task left running at exit
    app.processEvents()
a = app.primaryScreen().availableGeometry()
import json
print(json.dumps([[a.x(), a.y(), a.width(), a.height()], out]))
"""


def test_on_a_1024x768_screen_a_first_and_a_remembered_window_fit(tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": 1024, "height": 768}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "CNN_PLAYGROUND_RUNS": str(tmp_path / "runs"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "CNN_PLAYGROUND_NO_CONFIRM": "1",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "settings.ini")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    screen, windows = json.loads(done.stdout.strip().splitlines()[-1])
    assert screen == [0, 0, 1024, 768]
    for x, y, w, h in windows:
        assert x >= 0 and y >= 0 and x + w <= 1024 and y + h <= 768, (x, y, w, h)
    assert windows[0][2] >= 1000 and windows[1][2] >= 1000  # the room is used, not a small window
