"""Set-up shared by the benchmark and screenshot scripts: repo on the path, offscreen Qt, data, temp runs."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def prepare(prefix: str) -> Path:
    """Make the repo importable, run Qt offscreen, find the dev datasets, keep run folders in a temp dir."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    shared = ROOT.parent / "shared" / "datasets"
    if not os.environ.get("CNN_PLAYGROUND_DATA") and shared.is_dir():
        os.environ["CNN_PLAYGROUND_DATA"] = str(shared)
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["CNN_PLAYGROUND_RUNS"] = str(tmp / "runs")
    os.environ.setdefault("XDG_CONFIG_HOME", str(tmp / "config"))  # a language or look chosen here stays here
    return tmp


def pump(app, until, timeout: float = 300) -> bool:
    """Run the app's events until ``until()`` holds or ``timeout`` seconds pass; whether it holds."""
    end = time.perf_counter() + timeout
    while not until() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
    return bool(until())


def wait_for(app, until, timeout: float = 300) -> None:
    """``pump``, for a measurement that is void if the window never gets there."""
    if not pump(app, until, timeout):
        raise TimeoutError("the window did not get there in time")
