"""The training timeline: the weights after each epoch, kept in the run folder within a size budget.

``timeline/epoch-003.pt`` is an ordinary weights file (weights and card, read weights-only), so any view that
opens a checkpoint can show epoch 3. A small network keeps every epoch; a large one keeps evenly spaced epochs
(always the first and the latest), as many as the budget (``TrainConfig.timeline_mb``) holds. Runs trained
before the timeline existed have no folder: ``epochs`` is then empty, which the views read as "no timeline".
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import torch

from core import checkpoint

FOLDER = "timeline"
_NAME = re.compile(r"^epoch-(\d+)\.pt$")
_FILE_OVERHEAD = 4096  # bytes per file beyond the tensors (names, card, zip directory): budget with a margin


def snapshot_path(run_dir: Path, epoch: int) -> Path:
    return Path(run_dir) / FOLDER / f"epoch-{epoch:03d}.pt"


def snapshot_bytes(weights: dict[str, torch.Tensor]) -> int:
    """About the size of one snapshot file."""
    return sum(t.numel() * t.element_size() for t in weights.values()) + _FILE_OVERHEAD


def capacity(weights: dict[str, torch.Tensor], budget_mb: float) -> int:
    """How many snapshots of these weights fit in ``budget_mb``."""
    return int(budget_mb * 1e6 // snapshot_bytes(weights))


def kept_epochs(planned: int, room: int) -> set[int]:
    """Of epochs 1..``planned``, the ones to keep when ``room`` snapshots fit: all, or evenly spaced with the ends."""
    if room >= planned:
        return set(range(1, planned + 1))
    if room <= 1:
        return {planned} if room == 1 else set()
    return {int(e) for e in np.round(np.linspace(1, planned, room))}


def epochs(run_dir: Path) -> list[int]:
    """The epochs whose weights the run folder keeps, in order; empty for a run without a timeline."""
    folder = Path(run_dir) / FOLDER
    if not folder.is_dir():
        return []
    found = (_NAME.match(p.name) for p in folder.iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def load(run_dir: Path, epoch: int) -> dict:
    """The snapshot of ``epoch`` as a checkpoint dict ({"model": weights, "meta": card}), read weights-only."""
    return checkpoint.load(snapshot_path(run_dir, epoch))


def save(run_dir: Path, epoch: int, weights: dict[str, torch.Tensor], meta: dict, planned: int, budget_mb: float):
    """Keep ``epoch``'s weights if the budget allows, then drop snapshots the thinning no longer keeps.

    The latest epoch is always kept (so a stopped run ends on its last epoch); the others only when they are in
    the evenly spaced set for ``planned`` epochs. That set holds the planned last epoch, so at most ``room``
    files exist at any time. Raises OSError (the run record turns it into a disk failure)."""
    room = capacity(weights, budget_mb)
    if room < 1:
        return
    path = snapshot_path(run_dir, epoch)
    if path.parent.is_dir():
        checkpoint.clean_stale_tmp(path.parent)  # what a writer killed mid-snapshot left behind
    checkpoint.save(path, {"model": weights, "meta": meta})
    keep = kept_epochs(max(planned, epoch), room) | {epoch}
    for old in epochs(run_dir):
        if old not in keep:
            snapshot_path(run_dir, old).unlink(missing_ok=True)
