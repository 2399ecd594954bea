"""Exceptions from anywhere in a run, turned into plain words and a hint of what to do."""
from __future__ import annotations

from core.checkpoint import CheckpointError
from core.config import ConfigError, TrainConfig
from core.data import DatasetError


class Failure(Exception):
    def __init__(self, kind: str, message: str, hint: str, epoch: int | None = None, batch: int | None = None):
        super().__init__(message)
        self.kind, self.message, self.hint, self.epoch, self.batch = kind, message, hint, epoch, batch


def _is_out_of_memory(exc: BaseException) -> bool:
    oom_types = tuple(t for t in (getattr(__import__("torch"), "OutOfMemoryError", None), MemoryError) if t)
    text = str(exc).lower()
    return isinstance(exc, oom_types) or "out of memory" in text or "can't allocate memory" in text


def explain(exc: BaseException, cfg: TrainConfig) -> Failure:
    if isinstance(exc, DatasetError):
        return Failure("data", str(exc), "Check the data folder in the settings, or use the built-in 'shapes' set.")
    if isinstance(exc, CheckpointError):
        return Failure("checkpoint", str(exc), "Start a new run, or choose another run folder or weights file.")
    if isinstance(exc, ConfigError):
        return Failure("config", str(exc), "Change the settings named above and start again.")
    if _is_out_of_memory(exc):
        return Failure("oom", f"The device ran out of memory with batch size {cfg.batch_size}.",
                       "Lower the batch size, pick a smaller network or image size, or train on the CPU.")
    if isinstance(exc, ValueError):
        return Failure("config", str(exc), "Change the settings and start again.")
    return Failure("error", f"Training stopped on an unexpected error: {exc.__class__.__name__}: {exc}",
                   "This is a bug in CNN Playground; the details are in the log. Try other settings meanwhile.")
