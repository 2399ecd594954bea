"""The per-batch curve of a run: ``batches.csv`` in its folder, one row per trained batch of every saved epoch.

Rows are appended once per epoch, after that epoch's ``last.pt`` (core.trainer, core.run_state), in a single write: the
log never holds batches of an epoch the weights have not seen. A kill in the middle of the append can only
leave a last line without its newline, which readers skip; resuming cuts the log back to the restored epoch
(and drops such a line) before it appends again, so steps never repeat. A log that is not text (or too large)
is moved aside to ``batches.csv.unreadable`` on resume, and the run goes on with a new one.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np

from core import checkpoint
from core.events import BatchEnd

log = logging.getLogger(__name__)
FILE = "batches.csv"
COLUMNS = ("step", "epoch", "batch", "loss", "accuracy", "lr")
HEADER = ",".join(COLUMNS) + "\n"
MAX_BYTES = 256 * 2**20  # about 5 million batches; a larger file is not one this app wrote


@dataclass(frozen=True)
class BatchCurves:
    """One value per logged batch, oldest first (``step`` counts batches since the run began)."""

    step: np.ndarray  # int64
    epoch: np.ndarray  # int64
    batch: np.ndarray  # int64, 1-based within its epoch
    loss: np.ndarray  # float64
    accuracy: np.ndarray  # float64, 0..1
    lr: np.ndarray  # float64

    def __len__(self) -> int:
        return len(self.step)

    @property
    def epoch_position(self) -> np.ndarray:
        """Where each batch lies in epochs (epoch 2, batch 50 of 100 -> 1.5): runs with other batch sizes align."""
        per_epoch = max(int(self.batch.max()), 1) if len(self) else 1
        return (self.epoch - 1) + self.batch / per_epoch


def row_text(event: BatchEnd) -> str:
    """One line of the log, short but exact enough for a curve (6 significant digits)."""
    return f"{event.step},{event.epoch},{event.batch},{event.loss:.6g},{event.accuracy:.6g},{event.lr:.6g}\n"


def append(run_dir: Path, rows: Iterable[str]) -> None:
    """Add one epoch's lines (from ``row_text``) in one write. Raises OSError (a full disk) like the other files."""
    text = "".join(rows)
    if not text:
        return
    path = Path(run_dir) / FILE
    fresh = not path.exists() or path.stat().st_size == 0
    with open(path, "a", encoding="utf-8", newline="") as f:
        f.write((HEADER if fresh else "") + text)
        f.flush()
        os.fsync(f.fileno())


def truncate(run_dir: Path, epoch: int) -> None:
    """Keep only the batches of epochs 1..``epoch`` (a resume continues after it); a missing log stays missing."""
    path = Path(run_dir) / FILE
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"more than {MAX_BYTES // 2**20} MB")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return
    except (ValueError, OSError) as exc:  # binary junk or a huge file: kept aside, the log starts again
        aside = path.with_name(FILE + ".unreadable")
        log.warning("%s: %s is unreadable (%s); moved to %s", run_dir, FILE, exc, aside.name)
        os.replace(path, aside)
        return
    lines = _complete_lines(text)
    kept = [line for line in lines[1:] if (e := _epoch_of(line)) is not None and e <= epoch]
    if len(kept) != len(lines) - 1 or not text.endswith("\n") or lines[:1] != [HEADER.strip()]:
        checkpoint.atomic_write_text(path, HEADER + "".join(line + "\n" for line in kept))


def read(run_dir: Path, max_epoch: int | None = None) -> BatchCurves:
    """The logged batches (those of epochs up to ``max_epoch`` when given); empty arrays when there is no log.

    Lines that do not parse (a damaged or foreign file) are skipped, and logged, never raised."""
    path = Path(run_dir) / FILE
    try:
        if path.stat().st_size > MAX_BYTES:
            log.warning("%s: %s is over %d MB; no batch curve", run_dir, FILE, MAX_BYTES // 2**20)
            return _curves([])
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return _curves([])
    lines = _complete_lines(text)
    names = lines[0].split(",") if lines else []
    if not set(COLUMNS) <= set(names):
        log.warning("%s: %s has no %s header; no batch curve", run_dir, FILE, ",".join(COLUMNS))
        return _curves([])
    where = [names.index(c) for c in COLUMNS]
    values, bad = [], 0
    for line in lines[1:]:
        cells = line.split(",")
        try:
            row = [float(cells[i]) for i in where]
        except (IndexError, ValueError):
            bad += 1
            continue
        if max_epoch is None or row[1] <= max_epoch:
            values.append(row)
    if bad:
        log.warning("%s: %d unreadable lines of %s skipped", run_dir, bad, FILE)
    return _curves(values)


def _complete_lines(text: str) -> list[str]:
    """The lines that end with a newline: a last line without one is what a killed append left."""
    lines = text.split("\n")
    return [line for line in lines[:-1] if line]  # lines[-1] is "" after a final newline, else the torn line


def _epoch_of(line: str) -> int | None:
    try:
        return int(line.split(",")[COLUMNS.index("epoch")])
    except (IndexError, ValueError):
        return None


def _curves(values: list[list[float]]) -> BatchCurves:
    a = np.asarray(values, dtype=np.float64).reshape(-1, len(COLUMNS))
    ints = [a[:, i].astype(np.int64) for i in range(3)]
    return BatchCurves(*ints, a[:, 3], a[:, 4], a[:, 5])
