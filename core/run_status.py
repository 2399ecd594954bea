"""A run's status on disk (``status.json``): running, finished, stopped or failed, on which device, for how long.

The trainer writes it atomically at the start, after every epoch and at the end. Whether a run is running now is
decided by its lock (core.run_lock), not by this file: a stored "running" whose lock nobody holds was left by a
process that died, and reads as "stopped".
"""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from core import checkpoint, run_files, run_lock
from core.messages import HeldByPid, HeldByPidOn, Message, ProcessEnded, UnknownStatus
from core.printable import printable

log = logging.getLogger(__name__)
FILE = "status.json"
STATUSES = ("finished", "stopped", "failed", "running")
MAX_SECONDS = 1e9  # about 30 years of training: more is a damaged file


@dataclass(frozen=True)
class RunStatus:
    status: str  # one of STATUSES
    device: str = ""
    started: str = ""  # ISO time the run folder was started
    updated: str = ""  # ISO time of the last write
    seconds: float = 0.0  # training seconds, pauses left out, over every session of the run
    message: str = ""  # why it stopped or failed
    pid: int = 0
    host: str = ""

    @property
    def started_at(self) -> datetime | None:
        return _parse_time(self.started)


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def write_status(run_dir: Path, status: RunStatus) -> None:
    """Best effort: a status that cannot be written is logged; the run's own files decide what is saved."""
    stamped = replace(status, updated=now_iso(), pid=os.getpid(), host=socket.gethostname())
    try:
        checkpoint.atomic_write_text(Path(run_dir) / FILE, json.dumps(asdict(stamped), indent=2))
    except OSError as exc:
        log.warning("could not write %s in %s: %s", FILE, run_dir, exc)


def read_status(run_dir: Path) -> RunStatus | None:
    """The status now, or None when there is none or it is unreadable (``load_status`` says why)."""
    try:
        return load_status(run_dir)
    except run_files.RunFileError:
        return None


def load_status(run_dir: Path) -> RunStatus | None:
    """The status now: "running" exactly while the run's lock is held. Raises RunFileError for a bad file."""
    status = parse_status(run_files.read_json(run_dir, FILE, missing=None))
    if run_lock.is_running(run_dir):
        return replace(status or RunStatus("running"), status="running")
    if status is not None and status.status == "running":
        return replace(status, status="stopped", message=status.message or str(ProcessEnded()))
    return status


def read_stored_status(run_dir: Path) -> RunStatus | None:
    """What status.json says, lock not asked; None when there is none or it is unreadable."""
    try:
        return parse_status(run_files.read_json(run_dir, FILE, missing=None))
    except run_files.RunFileError:
        return None


def holder(run_dir: Path) -> Message | None:
    """ "pid 123 on lab-pc-4": who trains the run, from the status it wrote (None when that is unreadable)."""
    status = read_stored_status(run_dir)
    if status is None or not status.pid:
        return None
    return HeldByPidOn(status.pid, printable(status.host, 60)) if status.host else HeldByPid(status.pid)


def parse_status(raw) -> RunStatus | None:
    """A RunStatus from status.json's contents (None for no file), every field checked."""
    if raw is None:
        return None
    raw, where = run_files.record(raw, FILE), FILE
    status = run_files.text(raw, "status", where)
    if status not in STATUSES:
        raise run_files.RunFileError(UnknownStatus(FILE, ", ".join(STATUSES)))
    return RunStatus(
        status,
        device=run_files.text(raw, "device", where),
        started=run_files.moment(raw, "started", where),
        updated=run_files.moment(raw, "updated", where),
        seconds=float(run_files.number(raw, "seconds", run_files.Range(0, MAX_SECONDS), where) or 0.0),
        message=run_files.text(raw, "message", where, limit=5000),
        pid=int(run_files.number(raw, "pid", run_files.Range(0, 2**31 - 1, whole=True), where) or 0),
        host=run_files.text(raw, "host", where, limit=255),
    )


def _parse_time(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def resumed(run_dir: Path, device: str, seconds_saved: float) -> RunStatus:
    """The status of a run continued in its folder: its first start and the seconds it has trained so far."""
    previous = read_status(run_dir)
    if previous is None:  # a folder from before status.json: the epochs' own seconds
        return RunStatus("running", device, seconds=seconds_saved)
    return RunStatus("running", device, started=previous.started, seconds=previous.seconds)


def final_status(kind: str) -> str:
    """A RunFailed kind ("stopped", "nan", "disk", ...) or "finished" as the status a run ends with."""
    return kind if kind in ("finished", "stopped") else "failed"
