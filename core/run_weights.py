"""The one rule for which weights file of a run folder to use: best.pt, else last.pt (before a first best).

The window, the Runs tab, export, the CLI's predict and fine-tuning all ask here, so they never disagree.
"""

from __future__ import annotations

from pathlib import Path

from core.checkpoint import CheckpointError
from core.messages.folders import NoWeightsInRun

PREFERRED = ("best.pt", "last.pt")  # best weights first; last.pt holds weights too (with the optimizer state)


class NoRunWeights(CheckpointError):
    """A run folder without a usable weights file (no finished epoch yet, or its files were removed)."""


def _usable(path: Path) -> bool:
    try:
        return path.is_file() and path.stat().st_size > 0  # an empty file is what a full disk can leave
    except OSError:
        return False


def find_weights(run_dir: Path) -> Path | None:
    """The weights file to use in ``run_dir``, or None when it has none."""
    return next((p for p in (Path(run_dir) / name for name in PREFERRED) if _usable(p)), None)


def has_weights(run_dir: Path) -> bool:
    return find_weights(run_dir) is not None


def weights_file(run_dir: Path) -> Path:
    """best.pt, else last.pt; raises NoRunWeights, saying what to do, when neither is usable."""
    found = find_weights(run_dir)
    if found is None:
        raise NoRunWeights(NoWeightsInRun(str(run_dir)))
    return found
