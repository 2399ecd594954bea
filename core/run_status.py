"""A run's status on disk (``status.json``): running, finished, stopped or failed, on which device, for how long.

The trainer writes it atomically at the start, after every epoch and at the end. A reader cannot trust a
"running" written by a process that was killed: ``read_status`` reads it as "stopped" when the writer's pid is
gone (same host) or, from another host, when it has not been updated for ``STALE_S`` seconds.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from core import checkpoint
from core.messages import ProcessEnded

log = logging.getLogger(__name__)
FILE = "status.json"
STATUSES = ("finished", "stopped", "failed", "running")
STALE_S = 3600  # a "running" from another computer, not updated for an hour, is taken as stopped


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
    """The stored status (a dead writer's "running" read as "stopped"); None when there is none or it is unreadable."""
    try:
        raw = json.loads((Path(run_dir) / FILE).read_text())
        status = RunStatus(**{k: raw[k] for k in RunStatus.__dataclass_fields__ if k in raw})
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if status.status not in STATUSES:
        return None
    if status.status == "running" and not _writer_alive(status):
        return replace(status, status="stopped", message=status.message or str(ProcessEnded()))
    return status


def _writer_alive(status: RunStatus) -> bool:
    if status.host and status.host != socket.gethostname() or os.name == "nt":  # no pid check there
        updated = _parse_time(status.updated)
        return updated is not None and time.time() - updated.timestamp() < STALE_S
    return bool(status.pid) and checkpoint.pid_alive(int(status.pid))


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
