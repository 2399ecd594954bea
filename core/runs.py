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
from core.config import TrainConfig
from core.events import EpochMetrics

METRIC_FIELDS = [f.name for f in fields(EpochMetrics)]


def new_run_dir(root: Path, cfg: TrainConfig) -> Path:
    stamp = time.strftime("%Y-%m-%d_%H-%M-%S")
    base = root / f"{stamp}_{cfg.arch}_{cfg.dataset}"
    path, n = base, 1
    while path.exists():
        n += 1
        path = base.with_name(f"{base.name}-{n}")
    path.mkdir(parents=True)
    return path


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


def read_run(run_dir: Path) -> RunInfo:
    run_dir = Path(run_dir)
    try:
        stored = json.loads((run_dir / "config.json").read_text())
        cfg = TrainConfig.from_dict(stored.pop("config"))
        rows = json.loads((run_dir / "metrics.json").read_text()) if (run_dir / "metrics.json").exists() else []
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise checkpoint.CheckpointError(f"{run_dir} is not a readable run folder ({exc}).") from exc
    history = tuple(EpochMetrics(**{k: r.get(k) for k in METRIC_FIELDS}) for r in rows)
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
