"""The run lock: held by the one process training or resuming a run folder, released by the OS when it dies.

"Running" means "someone holds the lock", not "status.json says running": a killed process, a pid reused by another
program or a status copied from another computer can no longer keep a run "running". A second process that tries to
train the same folder (two terminals, or the window and a terminal) is refused and told who holds it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

from filelock import FileLock, Timeout

from core.checkpoint import CheckpointError
from core.messages import Message
from core.messages import folders as said
from core.printable import printable

log = logging.getLogger(__name__)
FILE = ".run.lock"


class RunBusy(CheckpointError):
    """Another process trains this run folder (core.failures adds what to do)."""


class RunLock:
    """``acquire()`` before the first write into a run folder, ``release()`` when done (safe to call twice)."""

    def __init__(self, run_dir: Path, holder: Callable[[Path], Message | None] = lambda run_dir: None):
        """``holder(run_dir)`` says who holds the lock ("pid 123 on lab-pc-4"; None: unknown), for the refusal."""
        self.run_dir, self._holder = Path(run_dir), holder
        # a short wait, so that a listing probing the lock at that instant never refuses a real start
        self._lock = FileLock(self.run_dir / FILE, timeout=2, thread_local=False)

    def acquire(self) -> None:
        """Raises RunBusy (another process holds it) or CheckpointError (the folder cannot hold a lock)."""
        try:
            self._lock.acquire()
        except Timeout:
            who, run = self._holder(self.run_dir), printable(self.run_dir.name)
            raise RunBusy(said.BeingTrainedBy(run, who) if who else said.BeingTrained(run)) from None
        except OSError as exc:
            raise CheckpointError(said.CannotLock(printable(self.run_dir.name), str(exc.strerror or exc))) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)


def is_running(run_dir: Path) -> bool:
    """Whether some process (this one included) holds the run's lock now."""
    path = Path(run_dir) / FILE
    if not path.exists():
        return False  # never locked: no probe, so listing never writes into the folder
    probe = FileLock(path, timeout=0, thread_local=False)
    try:
        probe.acquire()
    except Timeout:
        return True
    except OSError as exc:  # a read-only copy of a runs folder: nobody trains there
        log.debug("no lock probe in %s: %s", run_dir, exc)
        return False
    probe.release(force=True)
    return False
