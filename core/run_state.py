"""A run's training state on disk: written in an order a kill cannot break, read back with checks.

``last.pt`` holds weights, optimizer and random state *and* the per-epoch history, so it is the whole
truth: a kill between writing it and ``metrics.json`` loses nothing, as resuming rewrites the metrics
from it. ``best.pt`` is written first, so a kill never leaves a best older than last claims. The trainer
appends the epoch's batches to ``batches.csv`` after all this (core.batch_log); restoring cuts that log back too.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import torch
from torch import nn

from core import batch_log, checkpoint, runs
from core.events import EpochMetrics
from core import messages as said

log = logging.getLogger(__name__)
NEEDED = ("model", "optimizer", "rng", "meta")


def save_epoch(
    run_dir: Path,
    weights: dict,
    meta: dict,
    optimizer: torch.optim.Optimizer,
    gen: torch.Generator,
    history: list[EpochMetrics],
    is_best: bool,
) -> None:
    """best.pt (when best), then last.pt with the history, then metrics.json/.csv. Raises OSError."""
    if is_best:
        checkpoint.save(run_dir / "best.pt", {"model": weights, "meta": meta})
    checkpoint.save(
        run_dir / "last.pt",
        {
            "model": weights,
            "meta": meta,
            "optimizer": optimizer.state_dict(),
            "rng": gen.get_state(),
            "history": [dataclasses.asdict(m) for m in history],
        },
    )
    runs.write_metrics(run_dir, history)


def restore(
    run_dir: Path,
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    gen: torch.Generator,
    arch: str,
    tidy: bool = True,
) -> tuple[int, list[EpochMetrics]]:
    """Load last.pt into the model, optimizer and generator: (epoch it holds, history up to it).

    ``tidy``: also make the folder agree with last.pt (stale temporary files, metrics, batch log); False only
    reads, for the processes of a distributed run other than the one that writes.
    Raises CheckpointError, with what to do, for a file that cannot continue the run (e.g. a best.pt copy).
    """
    if tidy:
        checkpoint.clean_stale_tmp(run_dir)
    path = run_dir / "last.pt"
    state = checkpoint.load(path)
    missing = [k for k in NEEDED if k not in state]
    epoch = state["meta"].get("epoch") if isinstance(state.get("meta"), dict) else None
    if missing or not isinstance(epoch, int) or isinstance(epoch, bool) or epoch < 0:
        raise checkpoint.CheckpointError(
            said.CannotContinueMissing(str(path), ", ".join(missing))
            if missing
            else said.CannotContinueNoEpoch(str(path))
        )
    try:
        checkpoint.apply_weights(model, state["model"], arch)
        optimizer.load_state_dict(state["optimizer"])
        gen.set_state(state["rng"])
    except (ValueError, RuntimeError, TypeError, KeyError) as exc:
        raise checkpoint.CheckpointError(said.DoesNotMatchSettings(str(path), exc.__class__.__name__)) from exc
    history = _history(run_dir, state, epoch)
    if tidy:
        runs.write_metrics(run_dir, history)  # metrics.json agrees with last.pt again
        batch_log.truncate(run_dir, epoch)  # and so does the batch log: no batch of an epoch about to be redone
    return epoch, history


def _history(run_dir: Path, state: dict, epoch: int) -> list[EpochMetrics]:
    """The per-epoch metrics up to ``epoch``: from last.pt, or from metrics.json for older run folders."""
    try:
        rows = state.get("history")
        history = runs.metrics_from_rows(rows) if isinstance(rows, list) else []
    except (TypeError, AttributeError):
        history = []
    if len(history) < epoch:
        history = list(runs.read_run(run_dir).history)
    if len(history) < epoch:
        log.warning("%s: metrics of epochs %d-%d are lost; resuming without them", run_dir, len(history) + 1, epoch)
    return history[:epoch]
