"""Shared fixtures. Real datasets come from $CNN_PLAYGROUND_DATA (CI points it at ../shared/datasets)."""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path

import torch  # noqa: F401  (torch before Qt, as in main.py)
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The processes tests start (the command line, windows that quit, racing run folders: about 70) keep the byte-code
# they compile, as a user's Python does. This machine and CI set PYTHONDONTWRITEBYTECODE, which made each one compile
# our modules from source again: 0.5 s a start.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
# Run folders of session-scoped fixtures (made before any per-test override) go to a temp dir too,
# never into the shared data dir.
os.environ["CNN_PLAYGROUND_RUNS"] = tempfile.mkdtemp(prefix="cnn-playground-test-runs-")


def pytest_collection_finish(session):
    """Freeze what the test modules imported (torch, Qt, pyqtgraph: 400,000 objects, kept all session), as the app
    freezes its imports: a full collection then walks only what the tests made. Unfrozen, each one took 0.2 s, and
    every window's teardown and pyqtgraph's collector timer run them."""
    gc.collect()
    gc.freeze()


def _shared_root() -> Path | None:
    """$CNN_PLAYGROUND_DATA, else the development copy in ../shared/datasets beside the checkout."""
    root = os.environ.get("CNN_PLAYGROUND_DATA")
    if root:
        return Path(root)
    beside = Path(__file__).resolve().parents[2] / "shared" / "datasets"
    return beside if beside.is_dir() else None


def _listing(root: Path | None) -> list[tuple[str, int]]:
    if root is None or not root.is_dir():
        return []
    return sorted((str(p.relative_to(root)), p.stat().st_mtime_ns) for p in root.rglob("*"))


@pytest.fixture(scope="session", autouse=True)
def _shared_data_untouched():
    """Tests write runs, settings and digits to temporary folders, never into the shared data folder (as root they
    could: its read-only bits do not bind root). Its files and their times after the session are those before."""
    root = _shared_root()
    before = _listing(root)
    yield
    changed = sorted(set(_listing(root)) ^ set(before))
    assert not changed, f"a test wrote into the shared data folder {root}: {changed[:10]}"


@pytest.fixture(scope="session")
def data_root() -> Path:
    root = _shared_root()
    if root is None or not (root / "MNIST" / "raw").is_dir():
        pytest.skip(
            "real MNIST not found: set CNN_PLAYGROUND_DATA to a folder holding MNIST/raw (CI uses ../shared/datasets)"
        )
    os.environ["CNN_PLAYGROUND_DATA"] = str(root)  # for CLI subprocesses
    return root


@pytest.fixture(scope="session")
def mnist(data_root):
    """Real MNIST loaded once per test session."""
    from core import data

    return data.load("mnist", data_root, download=False)


@pytest.fixture(autouse=True)
def _runs_in_tmp(tmp_path, monkeypatch):
    """Run folders of a test never land in the shared data dir."""
    monkeypatch.setenv("CNN_PLAYGROUND_RUNS", str(tmp_path / "runs"))


@pytest.fixture(scope="session")
def tiny_model(data_root, tmp_path_factory):
    """A small CNN trained for a few seconds on real MNIST, once per test session."""
    from tests.helpers import train_tiny_mnist

    return train_tiny_mnist(data_root, tmp_path_factory.mktemp("tiny_model"))


@pytest.fixture
def one_torch_thread():
    """One intra-op thread: on a busy 2-core machine two threads can make small models 100x slower."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
