"""Where datasets and runs live. The environment variable wins over the user's setting."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cnn-playground"
DATA_ENV = "CNN_PLAYGROUND_DATA"
RUNS_ENV = "CNN_PLAYGROUND_RUNS"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir(setting: str | os.PathLike | None = None) -> Path:
    """The data directory: $CNN_PLAYGROUND_DATA, else the user's setting, else the platform default."""
    chosen = os.environ.get(DATA_ENV) or setting
    return Path(chosen).expanduser() if chosen else default_data_dir()


def runs_dir(setting: str | os.PathLike | None = None) -> Path:
    """Run folders: $CNN_PLAYGROUND_RUNS, else the user's setting, else ``runs`` in the platform's data folder.
    Never inside a chosen datasets folder, which may be shared or read-only."""
    chosen = os.environ.get(RUNS_ENV) or setting
    return Path(chosen).expanduser() if chosen else default_data_dir() / "runs"
