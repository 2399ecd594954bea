"""A one-thread executor for short jobs (model summaries, dataset previews), results on the GUI thread.

    jobs = Background("summaries")
    jobs.submit("summary", partial(compute, arch), on_done=self._show_summary, on_error=self._show_error)

Jobs are plain functions run on a QThread. Only the newest job per key matters: older queued jobs of
the same key are skipped and their results dropped, so flipping through a combo box never shows a
stale answer. Callbacks are called from a bound slot of this GUI-thread object, never on the worker.
"""
from __future__ import annotations

import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from core.checkpoint import CheckpointError
from core.data import DatasetError

log = logging.getLogger(__name__)


class _Runner(QObject):
    """Lives on the worker thread; parentless, because moveToThread refuses objects with a parent."""

    done = Signal(int, object, object)  # job id, result, error sentence (None when it worked)

    def __init__(self, latest: dict[str, int], lock: threading.Lock):
        super().__init__()
        self._latest, self._lock = latest, lock

    @Slot(int, str, object)
    def run_job(self, job_id: int, key: str, fn: Callable[[], Any]) -> None:
        with self._lock:
            superseded = self._latest.get(key) != job_id
        if superseded:
            return
        try:
            self.done.emit(job_id, fn(), None)
        except (DatasetError, CheckpointError) as exc:  # expected: the message tells the user what to do
            log.info("background job %r: %s", key, exc)
            self.done.emit(job_id, None, str(exc))
        except Exception as exc:  # a job's failure is shown to the user, never fatal to the app
            log.exception("background job %r failed", key)
            self.done.emit(job_id, None, str(exc) or exc.__class__.__name__)


class Background(QObject):
    _submit = Signal(int, str, object)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.cancelled = threading.Event()  # jobs that can stop early (dataset loads) watch this
        self._latest: dict[str, int] = {}
        self._lock = threading.Lock()
        self._callbacks: dict[int, tuple[str, Callable, Callable | None]] = {}
        self._next_id = 0
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner(self._latest, self._lock)
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run_job)
        self._runner.done.connect(self._on_done)
        self._thread.start()

    def submit(self, key: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[str], None] | None = None) -> int:
        """Queue ``fn``; ``on_done(result)`` or ``on_error(sentence)`` runs later on the GUI thread."""
        if not self._thread.isRunning():
            return -1
        self._next_id += 1
        job_id = self._next_id
        with self._lock:
            self._latest[key] = job_id
        self._callbacks[job_id] = (key, on_done, on_error)
        self._submit.emit(job_id, key, fn)
        return job_id

    def busy(self, key: str) -> bool:
        """True while the newest job of ``key`` has not reported back."""
        with self._lock:
            return self._latest.get(key) in self._callbacks

    @Slot(int, object, object)
    def _on_done(self, job_id: int, result: Any, error: str | None) -> None:
        key, on_done, on_error = self._callbacks.pop(job_id, ("", None, None))
        # drop superseded callbacks too, so the dict cannot grow while a key is resubmitted quickly
        for stale in [j for j, (k, _, _) in self._callbacks.items() if k == key and j < job_id]:
            del self._callbacks[stale]
        with self._lock:
            if self._latest.get(key) != job_id:
                return
        if error is None and on_done is not None:
            on_done(result)
        elif error is not None and on_error is not None:
            on_error(error)

    def shutdown(self) -> None:
        """Finish the running job, drop the queued ones and end the thread (call before the app quits)."""
        self.cancelled.set()
        with self._lock:
            self._latest.clear()
        self._thread.quit()
        self._thread.wait()
