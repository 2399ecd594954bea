"""Exceptions from anywhere in a run, turned into plain words and a hint of what to do."""

from __future__ import annotations

import errno
from pathlib import Path

from core.checkpoint import CheckpointError
from core.config import ConfigError, TrainConfig
from core.data import DatasetError
from core.events import EpochMetrics, RunFailed
from core.folders import FolderError
from core.run_lock import RunBusy


class Failure(Exception):
    def __init__(self, kind: str, message: str, hint: str, epoch: int | None = None, batch: int | None = None):
        super().__init__(message)
        self.kind, self.message, self.hint, self.epoch, self.batch = kind, message, hint, epoch, batch

    def event(self, run_dir: Path | None, history: tuple[EpochMetrics, ...], saved_epoch: int) -> RunFailed:
        """The RunFailed that reports this failure of the run in ``run_dir``."""
        return RunFailed(self.kind, self.message, self.hint, run_dir, self.epoch, self.batch, history, saved_epoch)


# errno -> what happened to the folder, in words; any of these is the user's disk, not a bug
DISK_PROBLEMS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file would be larger than this system allows",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "permission to write there is denied",
    errno.EPERM: "permission to write there is denied",
    errno.ENOTDIR: "part of the path is a file, not a folder",
}


def disk_failure(
    exc: OSError, what: str, saved_epoch: int, run_dir: Path | None, epoch: int | None = None
) -> Failure | None:
    """A Failure naming the folder and what to do, for an OSError that is about the disk; else None.

    ``what`` says what was being written ("epoch 3", "the run folder"); ``saved_epoch`` is the last epoch on disk.
    """
    reason = DISK_PROBLEMS.get(exc.errno)
    if reason is None:
        return None
    folder = Path(exc.filename).parent if exc.filename and run_dir else Path(exc.filename or run_dir or ".")
    kept = (
        f"Epochs 1-{saved_epoch} are saved in {run_dir}; after fixing it, continue with --resume {run_dir} "
        "(or Resume in the window)."
        if saved_epoch
        else "No epoch was saved."
    )
    return Failure(
        "disk",
        f"Could not save {what} in {folder}: {reason}.",
        f"Free some space or choose another runs folder (--runs-dir, or the runs folder setting). {kept}",
        epoch,
    )


def is_out_of_memory(exc: BaseException) -> bool:
    oom_types = tuple(t for t in (getattr(__import__("torch"), "OutOfMemoryError", None), MemoryError) if t)
    text = str(exc).lower()
    return isinstance(exc, oom_types) or "out of memory" in text or "can't allocate memory" in text


def out_of_memory(where: str, cfg: TrainConfig) -> Failure:
    """Where the memory ran out decides what helps: a smaller batch helps training and evaluation (which uses
    the training batch), not loading the images onto the device."""
    if where == "loading":
        return Failure(
            "oom",
            "The device ran out of memory while the images were put on it.",
            "Use a smaller image size or fewer training images (training subset), or train on the CPU.",
        )
    what = "evaluating the network" if where == "evaluation" else "training"
    return Failure(
        "oom",
        f"The device ran out of memory while {what}, with batch size {cfg.batch_size}.",
        "Lower the batch size, pick a smaller network or image size, or train on the CPU.",
    )


def explain(exc: BaseException, cfg: TrainConfig, where: str = "training") -> Failure:
    """``where``: what the run was doing (loading, training, evaluation), for an out-of-memory's message."""
    if isinstance(exc, DatasetError):
        return Failure("data", str(exc), "Check the data folder in the settings, or use the built-in 'shapes' set.")
    if isinstance(exc, RunBusy):
        return Failure("checkpoint", str(exc), exc.hint)
    if isinstance(exc, CheckpointError):
        return Failure("checkpoint", str(exc), "Start a new run, or choose another run folder or weights file.")
    if isinstance(exc, FolderError):
        which = {"data": ("data", "--data-dir"), "runs": ("runs", "--runs-dir")}[exc.which]
        kind = "data" if exc.which == "data" else "disk"
        return Failure(kind, str(exc), f"Set the {which[0]} folder ({which[1]}, or the setting), then start again.")
    if isinstance(exc, ConfigError):
        return Failure("config", str(exc), "Change the settings named above and start again.")
    if isinstance(exc, OSError):
        failure = disk_failure(exc, "the run", 0, None)
        if failure is not None:
            return failure
    if is_out_of_memory(exc):
        return out_of_memory(where, cfg)
    if isinstance(exc, ValueError):
        return Failure("config", str(exc), "Change the settings and start again.")
    return Failure(
        "error",
        f"Training stopped on an unexpected error: {exc.__class__.__name__}: {exc}",
        "This is a bug in CNN Playground; the details are in the log. Try other settings meanwhile.",
    )


def divergence(loss: float, epoch: int, batch: int, cfg: TrainConfig) -> Failure:
    """The loss became NaN or infinite: the network diverged, most often from too high a learning rate."""
    return Failure(
        "nan",
        f"The loss became {loss} at epoch {epoch}, batch {batch}: the network diverged.",
        f"The learning rate ({cfg.lr:g}) is probably too high: try it 10 times smaller "
        "(0.001 suits Adam, 0.01-0.1 suits SGD), or turn on gradient clipping.",
        epoch,
        batch,
    )


def stopped_by_user(epoch: int, batch: int) -> Failure:
    return Failure(
        "stopped",
        f"Stopped by you at epoch {epoch}, batch {batch}.",
        "Finished epochs are saved in the run folder; you can resume it.",
        epoch,
        batch,
    )
