"""The one-folder app: resources/cnn_playground.spec builds with PyInstaller, the folder holds the bundled
model, lessons and translations, and the built program opens its window and quits (``--smoke``, exit 0).

Skipped only where PyInstaller is not installed (it is the optional extra ``package``: the build takes
many minutes, see README)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (uv sync --extra package installs it)",
    ),
    pytest.mark.slow,
]


def test_the_one_folder_app_builds_and_smoke_starts(tmp_path):
    spec = ROOT / "resources" / "cnn_playground.spec"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(spec), "--noconfirm", "--log-level", "WARN"]
        + ["--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "build")],
        capture_output=True,
        text=True,
        timeout=3600,
        cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "cnn-playground"
    program = folder / ("cnn-playground.exe" if sys.platform == "win32" else "cnn-playground")
    assert program.is_file()
    resources = folder / "_internal" / "resources"  # PyInstaller 6 keeps all but the program in _internal/
    assert (resources / "digit_model.pt").is_file() and (resources / "icon.png").is_file()
    assert len(list((resources / "lessons").glob("*.lesson"))) == len(
        list((ROOT / "resources" / "lessons").glob("*.lesson"))
    )
    shipped = {qm.name for qm in (resources / "i18n").glob("*.qm")}
    assert shipped == {qm.name for qm in (ROOT / "resources" / "i18n").glob("*.qm")}  # English plurals too
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    started = subprocess.run([str(program), "--smoke"], env=env, capture_output=True, text=True, timeout=300)
    assert started.returncode == 0, started.stderr[-3000:]
    assert "smoke: the window showed (True)" in started.stdout
