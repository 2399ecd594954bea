"""Double-click start: the desktop shortcut (Linux .desktop file and icon; words on Windows and macOS) and the
installed ``cnn-playground`` entry point, smoke-started."""

from __future__ import annotations

import configparser
import os
import shlex
import subprocess
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from gui import desktop_shortcut
from gui.desktop_shortcut import install_shortcut, write_desktop_entry

ROOT = Path(__file__).resolve().parents[2]


def _read_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_shortcut_goes_to_xdg_data_home_with_an_icon_and_a_command_that_exists(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: messages.append(text))
    entry = install_shortcut(None, platform="linux")
    assert entry == tmp_path / "share" / "applications" / "cnn-playground.desktop"
    fields = _read_entry(entry)
    assert fields["Type"] == "Application" and fields["Name"] == "CNN Playground"
    assert not QImage(fields["Icon"]).isNull() and Path(fields["Icon"]).is_relative_to(tmp_path)
    program = shlex.split(fields["Exec"])[0]
    assert Path(program).is_file() and os.access(program, os.X_OK)
    assert str(entry) in messages[0]


def test_the_exec_line_quotes_paths_with_spaces(tmp_path):
    entry = write_desktop_entry(tmp_path, ["/opt/my apps/python", "/home/x/CNN Playground/main.py"])
    assert shlex.split(_read_entry(entry)["Exec"]) == ["/opt/my apps/python", "/home/x/CNN Playground/main.py"]


def test_an_unwritable_data_folder_says_so_and_what_to_check(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert install_shortcut(None, platform="linux") is None
    assert "Could not write the shortcut" in warnings[0] and str(blocked) in warnings[0]


@pytest.mark.parametrize("platform, words", [("win32", "Send to > Desktop"), ("darwin", "Dock")])
def test_windows_and_macos_get_plain_instructions(tmp_path, monkeypatch, platform, words):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: messages.append(text))
    assert install_shortcut(None, platform=platform) is None
    assert words in messages[0] and not any(tmp_path.iterdir())


def test_the_entry_point_is_installed_and_smoke_starts_the_window(tmp_path):
    (script,) = [e for e in entry_points(group="gui_scripts") if e.name == "cnn-playground"]
    assert script.value == "gui.app:main"
    program = desktop_shortcut.launch_command()[0]
    assert Path(program).name.startswith("cnn-playground"), "uv sync installs the project with its entry point"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run([program, "--smoke"], env=env, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "smoke: the window showed (True)" in done.stdout
