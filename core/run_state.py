"""A run's training state on disk: written in an order a kill cannot break, read back with checks.

``last.pt`` holds weights, optimizer and random state *and* the per-epoch history, so it is the whole
truth: a kill between writing it and ``metrics.json`` loses nothing, as resuming rewrites the metrics
from it (an empty or damaged metrics.json too). ``best.pt`` is written first, so a kill never leaves a best
older than last claims. The trainer appends the epoch's batches to ``batches.csv`` after all this
(core.batch_log); restoring cuts that log back too.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import torch
from torch import nn

from core import batch_log, checkpoint, run_files, runs
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
            "rng_device": gen.device.type,  # a CUDA generator's state (16 bytes) fits no CPU one (5,056)
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
) -> tuple[int, list[EpochMetrics], str]:
    """Load last.pt into the model, optimizer and generator: (epoch it holds, history up to it, reseeded).

    ``reseeded``: the device type the random state was saved on, when it is not the generator's (a run trained
    on a GPU resumed on a laptop): that state cannot be loaded, so the generator is seeded afresh from its seed
    and the epoch (the same on every process), and the caller says so. Empty when the state was restored.

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
        reseeded = _restore_random_state(gen, state, epoch)
    except (ValueError, RuntimeError, TypeError, KeyError) as exc:
        raise checkpoint.CheckpointError(said.DoesNotMatchSettings(str(path), exc.__class__.__name__)) from exc
    history = _history(run_dir, state, epoch)
    if tidy:
        runs.write_metrics(run_dir, history)  # metrics.json agrees with last.pt again
        batch_log.truncate(run_dir, epoch)  # and so does the batch log: no batch of an epoch about to be redone
    return epoch, history, reseeded


def _restore_random_state(gen: torch.Generator, state: dict, epoch: int) -> str:
    saved_on = state.get("rng_device") or _device_type_of(state["rng"], gen)
    if saved_on == gen.device.type:
        gen.set_state(state["rng"])
        return ""
    gen.manual_seed(gen.initial_seed() + epoch)
    return saved_on


def _device_type_of(rng: torch.Tensor, gen: torch.Generator) -> str:
    """For run folders saved before the device type was: a CPU generator's state is 5,056 bytes, others' 16."""
    if len(rng) == len(gen.get_state()):
        return gen.device.type
    return "cpu" if len(rng) == len(torch.Generator().get_state()) else "cuda"


def _history(run_dir: Path, state: dict, epoch: int) -> list[EpochMetrics]:
    """The per-epoch metrics up to ``epoch``: from last.pt, or from metrics.json for older run folders."""
    try:
        rows = state.get("history")
        history = runs.metrics_from_rows(rows) if isinstance(rows, list) else []
    except run_files.RunFileError as exc:
        log.warning("%s: the history in last.pt is damaged (%s)", run_dir, exc.reason)
        history = []
    if len(history) < epoch:  # an older last.pt without its history: metrics.json, if it can be read
        try:
            history = list(runs.read_run(run_dir).history)
        except checkpoint.CheckpointError as exc:
            log.warning("%s: %s", run_dir, exc)
    if len(history) < epoch:
        log.warning("%s: metrics of epochs %d-%d are lost; resuming without them", run_dir, len(history) + 1, epoch)
    return history[:epoch]
