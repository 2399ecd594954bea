"""Run folders: config, per-epoch metrics (JSON + CSV), last and best weights, all written atomically."""

from __future__ import annotations

import csv
import io
import json
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from core import checkpoint
from core.config import ConfigError, TrainConfig
from core.events import EpochMetrics

METRIC_FIELDS = [f.name for f in fields(EpochMetrics)]


def new_run_dir(root: Path, cfg: TrainConfig) -> Path:
    """A new, empty run folder; unique even when many processes start runs in the same second.

    ``mkdir`` without ``exist_ok`` is the atomic claim: whoever creates a name owns it, the others try the next.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    base = f"{time.strftime('%Y-%m-%d_%H-%M-%S')}_{cfg.arch}_{cfg.dataset}"
    for n in range(1, 100_000):
        path = root / (base if n == 1 else f"{base}-{n}")
        try:
            path.mkdir()
            return path
        except FileExistsError:
            continue
    raise FileExistsError(f"{root} already holds 100000 run folders named {base}: choose another runs folder.")


def discard_if_unused(run_dir: Path) -> None:
    """Remove a run folder that never got a saved epoch (e.g. the disk was full at the start)."""
    try:
        for p in Path(run_dir).iterdir():
            if p.name not in ("config.json", "status.json", "start.pt", "label.json") and not p.name.endswith(".tmp"):
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
    return [EpochMetrics(**{k: r.get(k) for k in METRIC_FIELDS}) for r in rows]


def read_run(run_dir: Path) -> RunInfo:
    run_dir = Path(run_dir)
    checkpoint.clean_stale_tmp(run_dir)  # what a killed writer left; a live writer's files are kept
    try:
        stored = json.loads((run_dir / "config.json").read_text())
        cfg = TrainConfig.from_dict(stored.pop("config"))
        rows = json.loads((run_dir / "metrics.json").read_text()) if (run_dir / "metrics.json").exists() else []
        history = tuple(metrics_from_rows(rows))
    except ConfigError as exc:
        raise checkpoint.CheckpointError(
            f"{run_dir} was saved with settings this version does not accept: {exc} "
            "Start a new run with valid settings; the folder's files are left as they are."
        ) from exc
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise checkpoint.CheckpointError(
            f"{run_dir} is not a readable run folder ({exc}). Choose a folder made by a training run."
        ) from exc
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
