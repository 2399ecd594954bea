"""Help > Install desktop shortcut: on Linux a .desktop file and an icon in the user's data folder
($XDG_DATA_HOME, else ~/.local/share), so the app shows in the applications menu; on Windows and macOS the
dialog says in plain words how to make one.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

ROOT = Path(__file__).resolve().parents[1]
ICON = ROOT / "resources" / "icon.png"
APP_ID = "cnn-playground"


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def launch_command() -> list[str]:
    """What starts this app as it is installed: the frozen app, the entry point beside Python, else main.py."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.executable).with_name(APP_ID + (".exe" if sys.platform == "win32" else ""))
    return [str(script)] if script.is_file() else [sys.executable, str(ROOT / "main.py")]


def _quote(arg: str) -> str:
    """An Exec argument as the Desktop Entry spec wants it: quoted when it holds a space or a special character."""
    if not any(c in arg for c in " \t\"'\\><~|&;$*?#()`"):
        return arg
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'


def write_desktop_entry(home: Path | None = None, command: list[str] | None = None) -> Path:
    """Write applications/cnn-playground.desktop and its icon under ``home`` (default: data_home())."""
    home = Path(home) if home is not None else data_home()
    icon = home / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png"
    icon.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICON, icon)
    entry = home / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        "Name=CNN Playground",
        "Comment=Train convolutional neural networks and watch them learn",
        "Comment[zh_CN]=训练卷积神经网络，观察它们如何学习",
        f"Exec={' '.join(_quote(a) for a in (command or launch_command()))}",
        f"Path={ROOT}",
        f"Icon={icon}",
        "Terminal=false",
        "Categories=Education;Science;ArtificialIntelligence;",
        "StartupWMClass=CNN Playground",
    ]
    entry.write_text("\n".join(lines) + "\n", encoding="utf-8")
    entry.chmod(0o755)  # some desktops only start entries marked executable
    return entry


def instructions(platform: str) -> str:
    """How to make a shortcut by hand on Windows and macOS, in plain words."""
    if platform == "win32":
        return QCoreApplication.translate(
            "DesktopShortcut",
            "Open this app's folder in File Explorer, then the folder .venv\\Scripts. Right-click "
            "cnn-playground.exe, choose Show more options > Send to > Desktop (create shortcut). "
            "Double-click the new shortcut on the desktop to start CNN Playground.",
        )
    return QCoreApplication.translate(
        "DesktopShortcut",
        "In Finder, open this app's folder, then .venv/bin. Hold Option and Command and drag cnn-playground "
        "to the Desktop or the Dock: that makes a shortcut. Or build a stand-alone CNN Playground.app with "
        "PyInstaller (see the README) and drag it to Applications.",
    )


def install_shortcut(parent: QWidget | None = None, platform: str | None = None) -> Path | None:
    """The Help menu entry: write the shortcut on Linux and say where, elsewhere say how."""
    platform = platform or sys.platform
    title = QCoreApplication.translate("DesktopShortcut", "Install desktop shortcut")
    if not platform.startswith("linux"):
        QMessageBox.information(parent, title, instructions(platform))
        return None
    try:
        entry = write_desktop_entry()
    except OSError as exc:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "DesktopShortcut", "Could not write the shortcut: {error}. Check that {folder} is writable."
            ).format(error=exc.strerror or exc, folder=data_home()),
        )
        return None
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "DesktopShortcut",
            "CNN Playground is now in your applications menu (under Education). The shortcut is {path}; "
            "copy it to your Desktop folder to start the app from there too.",
        ).format(path=entry),
    )
    return entry
