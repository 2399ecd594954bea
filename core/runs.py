"""Run folders: config, per-epoch metrics (JSON + CSV), last and best weights, all written atomically."""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from core import checkpoint, run_files
from core.messages import run_files as run_files_said
from core.config import ConfigError, TrainConfig
from core.events import EpochMetrics
from core.folders import FolderError, check_runs_folder
from core.messages import folders as folders_said
from core.printable import printable

METRIC_FIELDS = [f.name for f in fields(EpochMetrics)]
SAME_NAME_LIMIT = 100_000  # run folders of one name (same second, network and data): "-2" ... "-99999"


def new_run_dir(root: Path, cfg: TrainConfig) -> Path:
    """A new, empty run folder; unique even when many processes start runs in the same second.

    ``mkdir`` without ``exist_ok`` is the atomic claim: whoever creates a name owns it, the others try the next.
    """
    root = check_runs_folder(root)  # FolderError, in words, for a file or a missing drive
    base = f"{time.strftime('%Y-%m-%d_%H-%M-%S')}_{cfg.arch}_{cfg.dataset}"
    for n in range(1, SAME_NAME_LIMIT):
        path = root / (base if n == 1 else f"{base}-{n}")
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
    raise FolderError(folders_said.RunsFolderFull(str(root), SAME_NAME_LIMIT, base))


def discard_if_unused(run_dir: Path) -> None:
    """Remove a run folder that never got a saved epoch (e.g. the disk was full at the start)."""
    try:
        for p in Path(run_dir).iterdir():
            if p.name not in (
                "config.json",
                "status.json",
                "start.pt",
                "label.json",
                ".run.lock",
            ) and not p.name.endswith(".tmp"):
                return
            p.unlink()
        Path(run_dir).rmdir()
    except OSError:
        pass  # nothing more can be done; the failure message names the folder


def write_config(run_dir: Path, cfg: TrainConfig, extra: dict[str, Any]) -> None:
    checkpoint.atomic_write_text(run_dir / "config.json", json.dumps({"config": cfg.to_dict(), **extra}, indent=2))


def metrics_csv(history: list[EpochMetrics] | tuple[EpochMetrics, ...]) -> str:
    """One row per epoch: the run folder's metrics.csv, and what the window exports."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=METRIC_FIELDS)
    writer.writeheader()
    writer.writerows(asdict(m) for m in history)
    return buffer.getvalue()


def write_metrics(run_dir: Path, history: list[EpochMetrics]) -> None:
    checkpoint.atomic_write_text(run_dir / "metrics.json", json.dumps([asdict(m) for m in history], indent=2))
    checkpoint.atomic_write_text(run_dir / "metrics.csv", metrics_csv(history))


@dataclass(frozen=True)
class RunInfo:
    path: Path
    config: TrainConfig
    meta: dict[str, Any]
    history: tuple[EpochMetrics, ...]

    @property
    def best_weights(self) -> Path:
        return self.path / "best.pt"

    @property
    def last_weights(self) -> Path:
        return self.path / "last.pt"


def metrics_from_rows(rows: list[dict[str, Any]]) -> list[EpochMetrics]:
    """Rows as written by ``write_metrics`` (or kept in last.pt), checked; raises RunFileError."""
    return list(run_files.metrics(rows))


def read_config(run_dir: Path) -> tuple[TrainConfig, dict[str, Any]]:
    """The run's settings and what else config.json keeps (meta, init_weights); raises CheckpointError."""
    run_dir = Path(run_dir)
    try:
        return _read_config(run_dir)
    except run_files.RunFileError as exc:
        raise exc.in_folder(run_dir) from None


def _read_config(run_dir: Path) -> tuple[TrainConfig, dict[str, Any]]:
    try:
        stored = dict(run_files.record(run_files.read_json(run_dir, "config.json"), "config.json"))
        cfg = TrainConfig.from_dict(run_files.record(stored.pop("config", None), "config.json: config"))
    except ConfigError as exc:
        raise run_files.RunFileError(run_files_said.SettingsNotAccepted(exc.msg)) from None
    except (TypeError, ValueError, AttributeError, RecursionError) as exc:  # e.g. a value of a wrong kind
        raise run_files.RunFileError(run_files_said.SettingsOfWrongKind(printable(exc))) from None
    return cfg, stored


def read_run(run_dir: Path) -> RunInfo:
    """Settings and per-epoch metrics of a run folder; raises RunFileError (a CheckpointError) naming the bad file."""
    run_dir = Path(run_dir)
    checkpoint.clean_stale_tmp(run_dir)  # what a killed writer left; a live writer's files are kept
    cfg, stored = read_config(run_dir)
    try:
        history = run_files.metrics(run_files.read_json(run_dir, "metrics.json", missing=[]))
    except run_files.RunFileError as exc:
        raise exc.in_folder(run_dir) from None
    return RunInfo(run_dir, cfg, stored, history)


def list_runs(root: Path) -> list[RunInfo]:
    """Every readable run under ``root``, newest first; unreadable folders are skipped."""
    found = []
    for path in sorted(Path(root).glob("*/config.json"), reverse=True):
        try:
            found.append(read_run(path.parent))
        except checkpoint.CheckpointError:
            continue
    return found
