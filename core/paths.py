"""Where datasets and runs live: two separate folders, so a shared or read-only datasets folder gets no runs.

For each, the environment variable wins over the user's setting, which wins over the platform default.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cnn-playground"
DATA_ENV = "CNN_PLAYGROUND_DATA"
RUNS_ENV = "CNN_PLAYGROUND_RUNS"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_runs_dir() -> Path:
    """The user's own data folder, never the datasets folder (which may be shared or read-only)."""
    return default_data_dir() / "runs"


def data_dir(setting: str | os.PathLike | None = None) -> Path:
    """The data directory: $CNN_PLAYGROUND_DATA, else the user's setting, else the platform default."""
    chosen = os.environ.get(DATA_ENV) or setting
    return Path(chosen).expanduser() if chosen else default_data_dir()


def runs_dir(setting: str | os.PathLike | None = None) -> Path:
    """The runs folder: $CNN_PLAYGROUND_RUNS, else the user's runs-folder setting, else the platform default.

    ``setting`` is the runs folder itself; it has nothing to do with the datasets folder.
    """
    chosen = os.environ.get(RUNS_ENV) or setting
    return Path(chosen).expanduser() if chosen else default_runs_dir()
