"""One line per run folder: what the Runs tab and ``main.py runs`` list, read from the folder itself (no index).

A summary joins the run's config and metrics (core.runs), its status (core.run_status) and the user's label
(``label.json``: a name, with its typed parts while it is the name core gave it (core.run_name), and a note).
Old folders without a status say "finished" when every planned epoch is saved, else "stopped". A folder with a
damaged file is listed too, as "unreadable" with the reason (core.run_files), so one bad file never hides the
other runs. Texts are made printable (core.printable).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from core import checkpoint, run_files
from core.messages import Message
from core.printable import printable
from core.run_name import RunName
from core.run_status import load_status
from core.config import TrainConfig
from core.runs import RunInfo, read_config, read_run

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
    status: str  # "finished" | "stopped" | "failed" | "running" | "unreadable"
    problem: Message | None = None  # why the folder is unreadable: the bad file and what is wrong with it
    activation: str | None = None  # None: the recipe's own
    lr: float | None = None
    optimizer: str = ""
    batch_size: int | None = None
    typed_name: RunName | None = None  # the parts of ``name`` while it is the one core gave the run

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
            **({"problem": str(self.problem)} if self.problem else {}),
            "activation": self.activation,
            "lr": self.lr,
            "optimizer": self.optimizer,
            "batch_size": self.batch_size,
        }


@dataclass(frozen=True)
class RunLabel:
    name: str = ""  # "" when it has none: the folder's name serves
    note: str = ""
    typed: RunName | None = None  # the parts of the name core gave it; None once the user renamed it


def read_label(run_dir: Path) -> RunLabel:
    """The run's name and note (empty without label.json). Raises RunFileError for a bad one."""
    raw = run_files.read_json(run_dir, LABEL_FILE, missing={})
    texts = run_files.label(raw)
    name = texts.get("name", "")
    return RunLabel(name, texts.get("note", ""), RunName.from_json(raw, name) if name else None)


def set_label(run_dir: Path, name: str | RunName | None = None, note: str | None = None) -> None:
    """Name a run or change its note (None leaves it as it is); written atomically to ``label.json``. A RunName
    is stored as its English and its parts; a name given as text is the user's, and the parts go."""
    try:
        label = read_label(run_dir)
    except run_files.RunFileError:
        label = RunLabel()  # a damaged label is replaced by the one given now
    if isinstance(name, RunName):
        label = RunLabel(str(name), label.note, name)
    elif name is not None:
        label = RunLabel(name.strip(), label.note)
    if note is not None:
        label = RunLabel(label.name, note.strip(), label.typed)
    raw = {k: v for k, v in (("name", label.name), ("note", label.note)) if v}
    raw |= label.typed.to_json() if label.typed is not None else {}
    checkpoint.atomic_write_text(Path(run_dir) / LABEL_FILE, json.dumps(raw, indent=2, ensure_ascii=False))


def summarize(run_dir: Path) -> RunSummary:
    """The summary of one run folder; never raises: a folder that cannot be read is an "unreadable" summary."""
    run_dir = Path(run_dir)
    try:
        return summary_of(read_run(run_dir))
    except checkpoint.CheckpointError as exc:
        reason = exc.reason if isinstance(exc, run_files.RunFileError) else exc.msg
        return unreadable(run_dir, reason, _config_or_none(run_dir))


def unreadable(run_dir: Path, reason: Message, cfg: TrainConfig | None = None) -> RunSummary:
    """A row for a folder that cannot be read: its name, its time, why, and its settings when those are readable
    (then Resume can rebuild the damaged file from last.pt)."""
    return RunSummary(
        run_dir,
        printable(run_dir.name),
        "",
        cfg.arch if cfg else "",
        cfg.dataset if cfg else "",
        0,
        cfg.epochs if cfg else 0,
        None,
        None,
        0.0,
        _started_from_name(run_dir),
        printable(cfg.device) if cfg else "",
        "unreadable",
        reason,
    )


def _config_or_none(run_dir: Path) -> TrainConfig | None:
    try:
        return read_config(run_dir)[0]
    except checkpoint.CheckpointError:
        return None


def summary_of(info: RunInfo) -> RunSummary:
    """Raises RunFileError when status.json or label.json is damaged."""
    cfg, history = info.config, info.history
    try:
        status, label = load_status(info.path), read_label(info.path)
    except run_files.RunFileError as exc:
        raise exc.in_folder(info.path) from None
    done, planned = len(history), cfg.epochs
    vals = [m.val_acc for m in history if m.val_acc is not None]
    if status is not None:
        state, seconds, device, started = status.status, status.seconds, status.device, status.started_at
    else:  # a folder from before status.json
        state = "finished" if done >= planned else "stopped"
        seconds, device, started = sum(m.seconds or 0.0 for m in history), cfg.device, _started_from_name(info.path)
    return RunSummary(
        info.path,
        printable(label.name or info.path.name),
        printable(label.note, limit=5000),
        cfg.arch,
        cfg.dataset,
        done,
        planned,
        max(vals) if vals else None,
        history[-1].test_acc if history else None,
        float(seconds or 0.0),
        started,
        printable(device),
        state,
        activation=cfg.activation,
        lr=cfg.lr,
        optimizer=cfg.optimizer,
        batch_size=cfg.batch_size,
        typed_name=label.typed,
    )


def list_summaries(root: Path) -> list[RunSummary]:
    """Every run folder directly under ``root`` (the trash left out), newest first; damaged ones as "unreadable"."""
    found = [summarize(config.parent) for config in Path(root).glob("*/config.json") if config.parent.name != TRASH]
    return newest_first(found)


def newest_first(runs: list[RunSummary]) -> list[RunSummary]:
    """The one order every listing of runs uses: newest start first, the folder name breaking ties."""
    oldest = datetime.min.replace(tzinfo=None)
    return sorted(runs, key=lambda s: (_naive(s.started) or oldest, s.path.name), reverse=True)


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
