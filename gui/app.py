"""The application: QApplication, translations, the main window. ``main.py`` calls ``run_app``."""

from __future__ import annotations

import logging
import sys

import torch  # noqa: F401  -- before Qt: on Windows, torch's DLLs can fail to load after Qt's

from PySide6.QtWidgets import QApplication

from gui.i18n import language
from gui.main_window import MainWindow
from gui.settings import AppSettings

APP_NAME, ORG_NAME = "CNN Playground", "CNN Playground"


def install_translators(app: QApplication, setting: str = "system") -> str:
    """Qt's own strings and ours (resources/i18n/cnn_playground_<lang>.qm) in the language of ``setting``
    ("system", "en", "zh_CN"); returns the language in use. The window switches it live from its View menu."""
    return language().install(setting)


def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName(APP_NAME)
    install_translators(app, AppSettings().language)
    return app


def run_app(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    app = create_app(argv)
    window = MainWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(run_app(sys.argv))
