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
from core.messages import Message, as_message
from core.messages import run as said


class Failure(Exception):
    def __init__(self, kind: str, message: Message, hint: Message, epoch: int | None = None, batch: int | None = None):
        super().__init__(str(message))
        self.kind, self.message, self.hint, self.epoch, self.batch = kind, message, hint, epoch, batch

    def event(self, run_dir: Path | None, history: tuple[EpochMetrics, ...], saved_epoch: int) -> RunFailed:
        """The RunFailed that reports this failure of the run in ``run_dir``."""
        return RunFailed(self.kind, self.message, self.hint, run_dir, self.epoch, self.batch, history, saved_epoch)


# errno -> what happened to the folder; any of these is the user's disk, not a bug
DISK_PROBLEMS = {
    errno.ENOSPC: said.DiskFull(),
    errno.EDQUOT: said.QuotaUsedUp(),
    errno.EFBIG: said.FileTooLargeForSystem(),
    errno.EROFS: said.ReadOnlyDisk(),
    errno.EACCES: said.WriteDenied(),
    errno.EPERM: said.WriteDenied(),
    errno.ENOTDIR: said.PathPartIsFile(),
}


def disk_failure(
    exc: OSError, what: Message, saved_epoch: int, run_dir: Path | None, epoch: int | None = None
) -> Failure | None:
    """A Failure naming the folder and what to do, for an OSError that is about the disk; else None.

    ``what`` says what was being written (EpochFiles(3), NewRunFolder()); ``saved_epoch`` is the last epoch on disk.
    """
    reason = DISK_PROBLEMS.get(exc.errno)
    if reason is None:
        return None
    folder = Path(exc.filename).parent if exc.filename and run_dir else Path(exc.filename or run_dir or ".")
    kept = said.EpochsKept(saved_epoch, str(run_dir)) if saved_epoch else said.NothingKept()
    return Failure("disk", said.CouldNotSave(what, str(folder), reason), said.FreeSomeSpace(kept), epoch)


def is_out_of_memory(exc: BaseException) -> bool:
    oom_types = tuple(t for t in (getattr(__import__("torch"), "OutOfMemoryError", None), MemoryError) if t)
    text = str(exc).lower()
    return isinstance(exc, oom_types) or "out of memory" in text or "can't allocate memory" in text


def out_of_memory(where: str, cfg: TrainConfig) -> Failure:
    """Where the memory ran out decides what helps: a smaller batch helps training and evaluation (which uses
    the training batch), not loading the images onto the device."""
    if where == "loading":
        return Failure("oom", said.OutOfMemoryLoading(), said.UseFewerImages())
    what = said.OutOfMemoryEvaluating if where == "evaluation" else said.OutOfMemoryTraining
    return Failure("oom", what(cfg.batch_size), said.UseLessMemory())


def explain(exc: BaseException, cfg: TrainConfig, where: str = "training") -> Failure:
    """``where``: what the run was doing (loading, training, evaluation), for an out-of-memory's message."""
    if isinstance(exc, DatasetError):
        return Failure("data", exc.msg, said.CheckTheDataFolder())
    if isinstance(exc, RunBusy):
        return Failure("checkpoint", exc.msg, said.WaitForTheOtherProcess())
    if isinstance(exc, CheckpointError):
        return Failure("checkpoint", exc.msg, said.StartANewRun())
    if isinstance(exc, FolderError):
        if exc.which == "data":
            return Failure("data", as_message(exc), said.SetTheDataFolder())
        return Failure("disk", as_message(exc), said.SetTheRunsFolder())
    if isinstance(exc, ConfigError):
        return Failure("config", exc.msg, said.ChangeTheSettingsNamed())
    if isinstance(exc, OSError):
        failure = disk_failure(exc, said.TheRun(), 0, None)
        if failure is not None:
            return failure
    if is_out_of_memory(exc):
        return out_of_memory(where, cfg)
    if isinstance(exc, ValueError):
        return Failure("config", as_message(exc), said.ChangeTheSettings())
    return Failure("error", said.UnexpectedError(f"{exc.__class__.__name__}: {exc}"), said.ItIsABug())


def divergence(loss: float, epoch: int, batch: int, cfg: TrainConfig) -> Failure:
    """The loss became NaN or infinite: the network diverged, most often from too high a learning rate."""
    return Failure("nan", said.Diverged(loss, epoch, batch), said.LearningRateTooHigh(cfg.lr), epoch, batch)


def stopped_by_user(epoch: int, batch: int) -> Failure:
    return Failure("stopped", said.StoppedByYou(epoch, batch), said.YouCanResume(), epoch, batch)
