"""One line per run folder: what the Runs tab and ``main.py runs`` list, read from the folder itself (no index).

A summary joins the run's config and metrics (core.runs), its status (core.run_status) and the user's label
(``label.json``: a name and a note). Old folders without a status say "finished" when every planned epoch is
saved, else "stopped".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core import checkpoint
from core.run_status import read_status
from core.runs import RunInfo, read_run

LABEL_FILE = "label.json"
TRASH = ".trash"  # the Runs tab's own trash folder inside the runs folder: never listed


@dataclass(frozen=True)
class RunSummary:
    path: Path
    name: str  # the user's name for it; the folder name until renamed
    note: str
    arch: str
    dataset: str
    epochs_done: int
    epochs_planned: int
    best_val_acc: float | None
    test_acc: float | None  # test accuracy of the last saved epoch
    seconds: float  # training time, pauses left out
    started: datetime | None
    device: str
    status: str  # "finished" | "stopped" | "failed" | "running"
    activation: str | None = None  # None: the recipe's own
    lr: float | None = None
    optimizer: str = ""
    batch_size: int | None = None

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "name": self.name,
            "note": self.note,
            "arch": self.arch,
            "dataset": self.dataset,
            "epochs": self.epochs_done,
            "epochs_planned": self.epochs_planned,
            "best_val_acc": self.best_val_acc,
            "test_acc": self.test_acc,
            "seconds": round(self.seconds, 3),
            "started": self.started.isoformat() if self.started else None,
            "device": self.device,
            "status": self.status,
            "activation": self.activation,
            "lr": self.lr,
            "optimizer": self.optimizer,
            "batch_size": self.batch_size,
        }


def read_label(run_dir: Path) -> dict[str, str]:
    try:
        raw = json.loads((Path(run_dir) / LABEL_FILE).read_text())
    except (OSError, ValueError):
        return {}
    return {k: raw[k] for k in ("name", "note") if isinstance(raw, dict) and isinstance(raw.get(k), str)}


def set_label(run_dir: Path, name: str | None = None, note: str | None = None) -> None:
    """Rename a run or change its note (None leaves it as it is); written atomically to ``label.json``."""
    label = read_label(run_dir)
    for key, value in (("name", name), ("note", note)):
        if value is not None:
            label[key] = value.strip()
    checkpoint.atomic_write_text(Path(run_dir) / LABEL_FILE, json.dumps(label, indent=2, ensure_ascii=False))


def summarize(run_dir: Path) -> RunSummary:
    """The summary of one run folder; raises CheckpointError when the folder is not a readable run."""
    return summary_of(read_run(Path(run_dir)))


def summary_of(info: RunInfo) -> RunSummary:
    cfg, history = info.config, info.history
    status = read_status(info.path)
    done, planned = len(history), cfg.epochs
    vals = [m.val_acc for m in history if m.val_acc is not None]
    label = read_label(info.path)
    if status is not None:
        state, seconds, device, started = status.status, status.seconds, status.device, status.started_at
    else:  # a folder from before status.json
        state = "finished" if done >= planned else "stopped"
        seconds, device, started = sum(m.seconds or 0.0 for m in history), cfg.device, _started_from_name(info.path)
    return RunSummary(
        info.path,
        label.get("name") or info.path.name,
        label.get("note", ""),
        cfg.arch,
        cfg.dataset,
        done,
        planned,
        max(vals) if vals else None,
        history[-1].test_acc if history else None,
        float(seconds or 0.0),
        started,
        device,
        state,
        cfg.activation,
        cfg.lr,
        cfg.optimizer,
        cfg.batch_size,
    )


def list_summaries(root: Path) -> list[RunSummary]:
    """Every readable run folder directly under ``root`` (the trash left out), newest first."""
    found = []
    for config in Path(root).glob("*/config.json"):
        if config.parent.name == TRASH:
            continue
        try:
            found.append(summarize(config.parent))
        except checkpoint.CheckpointError:
            continue
    oldest = datetime.min.replace(tzinfo=None)
    return sorted(found, key=lambda s: (_naive(s.started) or oldest, s.path.name), reverse=True)


def _naive(moment: datetime | None) -> datetime | None:
    """Local naive time, so folders with and without a time zone sort together."""
    return moment.astimezone().replace(tzinfo=None) if moment and moment.tzinfo else moment


def _started_from_name(path: Path) -> datetime | None:
    """Run folders are named ``YYYY-mm-dd_HH-MM-SS_arch_dataset``; others fall back to the folder's time."""
    try:
        return datetime.strptime(path.name[:19], "%Y-%m-%d_%H-%M-%S")
    except ValueError:
        try:
            return datetime.fromtimestamp((path / "config.json").stat().st_mtime)
        except OSError:
            return None
