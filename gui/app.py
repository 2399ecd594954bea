"""The application: QApplication, translations, the main window. ``main.py`` calls ``run_app``; the installed
``cnn-playground`` entry point (pyproject's gui-scripts, the PyInstaller app) calls ``main``.

``--smoke`` (or CNN_PLAYGROUND_SMOKE=1) opens the window and quits once it has shown, exit code 0: a check
that an installed or frozen app starts.
"""

from __future__ import annotations

import atexit
import logging
import os
import sys
from typing import NoReturn

import torch  # noqa: F401  -- before Qt: on Windows, torch's DLLs can fail to load after Qt's

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gui.desktop_shortcut import ICON
from gui.gc_on_gui_thread import freeze_imports
from gui.i18n import language
from gui.main_window import MainWindow
from gui.settings import AppSettings

APP_NAME, ORG_NAME = "CNN Playground", "CNN Playground"


def install_translators(app: QApplication, setting: str = "system") -> str:
    """Qt's own strings and ours (resources/i18n/cnn_playground_<lang>.qm) in the language of ``setting``
    ("system", "en", "zh_CN"); returns the language in use. The window switches it live from its View menu."""
    return language().install(setting)


def create_app(argv: list[str]) -> QApplication:
    # Qt hands every fill of 96 rows or more (a scroll bar's groove, a plot's background) to a pool of threads and
    # waits for them; beside a training thread on 2 cores the hand-off cost more than the fill. Painting stays on
    # the GUI thread (bench/bench_window.py; a switch to the Train tab took 58 ms with the pool, 50 without).
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(ICON)))
    install_translators(app, AppSettings().language)
    return app


def run_app(argv: list[str]) -> NoReturn:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    app = create_app(argv)
    freeze_imports()
    window = MainWindow()
    window.show()
    if "--smoke" in argv or os.environ.get("CNN_PLAYGROUND_SMOKE") == "1":
        QTimer.singleShot(0, lambda: _smoke_quit(window))
    code = app.exec()
    window.wait_for_tasks()  # the window is already gone: nobody waits on a frozen screen
    leave(code)


def leave(code: int) -> NoReturn:
    """End the process once the window has closed and its tasks have ended (or been given up on, see
    gui.task_workers): what libraries registered to run at exit runs (loggers, temporary folders, PySide's, which
    destroys the application and so hands the clipboard to the system's), but Python does not take every module
    apart one by one, which took 2-3 s after the window had gone (torch, Optuna, SQLAlchemy). Nothing is left
    to save: the settings were written at close, the run folders by their tasks."""
    atexit._run_exitfuncs()  # PySide's among them: it destroys the QApplication
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _smoke_quit(window: MainWindow) -> None:
    print(f"smoke: the window showed ({window.isVisible()}); quitting", flush=True)
    window.confirm_close = False
    window.close()
    QApplication.instance().quit()


def main() -> None:
    """The entry point of the installed app: the window (``main.py`` also offers the command line)."""
    sys.exit(run_app(sys.argv))


if __name__ == "__main__":
    main()
