"""The one validating reader of a run folder's JSON files: typed, ranges checked, unknown keys ignored, size-limited.

Every reader of ``config.json``, ``metrics.json``, ``status.json`` and ``label.json`` goes through here, so a file
written by hand, by another version or by a hostile user becomes one ``RunFileError`` that names the file and what
is wrong with it, never a TypeError three calls later. Texts come back as stored; ``core.printable`` makes them
safe to show.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path
from typing import Any

from core.checkpoint import CheckpointError
from core.events import EpochMetrics
from core.messages import Message
from core.messages import run_files as said
from core.printable import printable

KIB = 1024
LIMITS = {"config.json": 1024 * KIB, "metrics.json": 16 * 1024 * KIB, "status.json": 64 * KIB, "label.json": 64 * KIB}
MAX_EPOCHS = 1_000_000
_MISSING = object()


class RunFileError(CheckpointError):
    """A file of a run folder that cannot be used: ``reason`` names the file and what is wrong with it.

    With ``run_dir`` the message also names the folder and says what to do (for a command line or a dialog).
    """

    def __init__(self, reason: Message, run_dir: Path | None = None):
        self.reason, self.run_dir = reason, run_dir
        super().__init__(said.NotAReadableRunFolder(printable(run_dir), reason) if run_dir is not None else reason)

    def in_folder(self, run_dir: Path) -> RunFileError:
        return RunFileError(self.reason, Path(run_dir))


@dataclass(frozen=True)
class Range:
    """The valid values of one number field; ``optional``: null (or absent) is allowed."""

    low: float
    high: float
    optional: bool = True
    whole: bool = False
    unmeasured: bool = False  # NaN allowed: a score with nothing to score on (a run without test images)


_METRIC_RANGES = {
    "epoch": Range(1, MAX_EPOCHS, optional=False, whole=True),
    "train_loss": Range(0, math.inf),
    "train_acc": Range(0, 1),
    "val_loss": Range(0, math.inf),
    "val_acc": Range(0, 1),
    "test_loss": Range(0, math.inf, unmeasured=True),
    "test_acc": Range(0, 1, unmeasured=True),
    "lr": Range(0, math.inf),
    "images_per_s": Range(0, math.inf),
    "seconds": Range(0, math.inf),
}
assert set(_METRIC_RANGES) == {f.name for f in fields(EpochMetrics)}


def read_json(run_dir: Path, name: str, missing: Any = _MISSING) -> Any:
    """The parsed JSON of ``run_dir/name``; ``missing`` when the file does not exist (if given), else RunFileError."""
    path = Path(run_dir) / name
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise RunFileError(said.NotAFile(name))
        if size > LIMITS[name]:
            raise RunFileError(said.FileTooLarge(name, size // KIB, LIMITS[name] // KIB))
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        if missing is _MISSING:
            raise RunFileError(said.FileMissing(name)) from None
        return missing
    except UnicodeDecodeError:
        raise RunFileError(said.NotUtf8(name)) from None
    except OSError as exc:
        raise RunFileError(said.FileUnreadable(name, exc.strerror or exc.__class__.__name__)) from None
    try:
        return json.loads(text)
    except RecursionError:
        raise RunFileError(said.FileNestedTooDeeply(name)) from None
    except ValueError as exc:
        bad = said.NotJsonAtLine(name, exc.lineno) if isinstance(exc, json.JSONDecodeError) else said.NotJson(name)
        raise RunFileError(bad) from None


def number(raw: dict, key: str, valid: Range, where: Message | str) -> float | int | None:
    """``raw[key]`` checked against ``valid``: a finite number (an integer when ``valid.whole``) in range."""
    value = raw.get(key)
    if value is None:
        if valid.optional:
            return None
        raise RunFileError(said.FieldMissing(where, key))
    kinds = (int,) if valid.whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds):
        kind = said.NotWholeNumber if valid.whole else said.NotNumber
        raise RunFileError(kind(where, key, _shown(value)))
    if valid.unmeasured and isinstance(value, float) and math.isnan(value):
        return value
    if not (valid.low <= value <= valid.high) or (isinstance(value, float) and not math.isfinite(value)):
        if math.isinf(valid.high):
            raise RunFileError(said.NotAtLeast(where, key, _shown(value), f"{valid.low:g}"))
        high = f"{valid.high:,.0f}" if valid.whole else f"{valid.high:g}"
        raise RunFileError(said.NotInRange(where, key, _shown(value), f"{valid.low:g}", high))
    return value


def text(raw: dict, key: str, where: Message | str, limit: int = 200, default: str = "") -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise RunFileError(said.NotTextValue(where, key, _shown(value)))
    if len(value) > limit:
        raise RunFileError(said.TextTooLong(where, key, len(value), limit))
    return value


def moment(raw: dict, key: str, where: Message | str) -> str:
    """An ISO date and time between 1970 and 9999 (or "" for none), as stored."""
    value = text(raw, key, where, limit=64)
    if not value:
        return value
    try:
        parsed = datetime.fromisoformat(value)
        parsed.astimezone()  # a year-1 date overflows here, not later in a sort
    except (ValueError, OverflowError, OSError):
        raise RunFileError(said.NotADate(where, key, _shown(value))) from None
    if not 1970 <= parsed.year <= 9999:
        raise RunFileError(said.DateOutOfRange(where, key, _shown(value)))
    return value


def record(raw: Any, where: Message | str) -> dict:
    if not isinstance(raw, dict):
        raise RunFileError(said.NotAnObject(where, type(raw).__name__))
    return raw


def metrics(rows: Any, where: Message | str = "metrics.json") -> tuple[EpochMetrics, ...]:
    """The per-epoch metrics of a run, epochs increasing; a missing value is None (older versions wrote fewer)."""
    if not isinstance(rows, list):
        raise RunFileError(said.NotAListOfEpochs(where, type(rows).__name__))
    history, previous = [], 0
    for i, row in enumerate(rows):
        place = said.EntryOf(where, i + 1)
        values = {k: number(record(row, place), k, valid, place) for k, valid in _METRIC_RANGES.items()}
        if values["epoch"] <= previous:
            raise RunFileError(said.EpochOutOfOrder(place, values["epoch"], previous))
        previous = values["epoch"]
        history.append(EpochMetrics(**values))
    return tuple(history)


def label(raw: Any) -> dict[str, str]:
    """The user's name and note of a run (either may be absent)."""
    raw = record(raw, "label.json")
    return {k: text(raw, k, "label.json", limit) for k, limit in (("name", 500), ("note", 5000)) if k in raw}


def _shown(value: Any) -> str:
    """A value quoted in a message: short and printable, whatever the file held."""
    return printable(json.dumps(value) if isinstance(value, str) else repr(value), limit=40)
