"""One mechanism for background work (networks, evaluations, saliency, datasets, decoded pictures): a job runner
with a thread of its own, results on the GUI thread.

    jobs = state.jobs("inside")
    jobs.submit("saliency", partial(compute, image), on_done=self._show, on_error=self._say_why)

Jobs are plain functions. Only the newest job per key matters: older queued jobs of the same key are skipped
and their results dropped, so flipping through a combo box never shows a stale answer. Callbacks run on the
GUI thread (a queued signal to this object), never on the worker. The worker is a daemon Python thread, not a
QThread: a window dropped without closing can never abort the process on a thread still running.
"""

from __future__ import annotations

import logging
import queue
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

from core.checkpoint import CheckpointError
from core.data import DatasetError
from core.export import ExportError
from core.finetune import FinetuneCancelled
from core.messages import Message, MessageError, as_message
from gui.messages import say

log = logging.getLogger(__name__)
# the message tells the user what to do (or the user asked for it): no traceback in the log
EXPECTED = (DatasetError, CheckpointError, FinetuneCancelled, ExportError, MessageError)


class Jobs(QObject):
    _done = Signal(int, object, object)  # job id, result, error sentence (None when it worked); emitted by the worker

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.cancelled = threading.Event()  # jobs that can stop early (dataset loads) watch this
        self._latest: dict[str, int] = {}
        self._lock = threading.Lock()
        self._callbacks: dict[int, tuple[str, Callable | None, Callable | None]] = {}
        self._next_id = 0
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._done.connect(self._on_done)
        self._thread = threading.Thread(target=self._work, name=f"jobs-{name}", daemon=True)
        self._thread.start()

    def submit(
        self,
        key: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> int:
        """Queue ``fn``; ``on_done(result)`` or ``on_error(sentence)`` runs later on the GUI thread."""
        if self.cancelled.is_set():
            return -1
        self._next_id += 1
        job_id = self._next_id
        with self._lock:
            self._latest[key] = job_id
        self._callbacks[job_id] = (key, on_done, on_error)
        self._queue.put((job_id, key, fn))
        return job_id

    def busy(self, key: str) -> bool:
        """True while the newest job of ``key`` has not reported back."""
        with self._lock:
            return self._latest.get(key) in self._callbacks

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _work(self) -> None:
        while (item := self._queue.get()) is not None:
            job_id, key, fn = item
            with self._lock:
                if self._latest.get(key) != job_id:
                    continue
            try:
                outcome = (fn(), None)
            except EXPECTED as exc:
                log.info("background job %s/%r: %s", self.name, key, exc)
                outcome = (None, as_message(exc))
            except Exception as exc:  # a job's failure is shown to the user, never fatal to the app
                log.exception("background job %s/%r failed", self.name, key)
                outcome = (None, as_message(exc))
            try:
                self._done.emit(job_id, *outcome)
            except RuntimeError:  # this object was deleted with its window: nobody is waiting any more
                return

    @Slot(int, object, object)
    def _on_done(self, job_id: int, result: Any, error: Message | None) -> None:
        key, on_done, on_error = self._callbacks.pop(job_id, ("", None, None))
        # drop superseded callbacks too, so the dict cannot grow while a key is resubmitted quickly
        for stale in [j for j, (k, _, _) in self._callbacks.items() if k == key and j < job_id]:
            del self._callbacks[stale]
        with self._lock:
            if self._latest.get(key) != job_id or self.cancelled.is_set():
                return
        if error is None and on_done is not None:
            on_done(result)
        elif error is not None and on_error is not None:
            on_error(say(error))  # said here, on the GUI thread, in the language now installed

    def stop(self) -> None:
        """Drop the queued jobs and let the thread end after the running one; touches no Qt object, so it is
        safe while this object is being deleted."""
        self.cancelled.set()
        with self._lock:
            self._latest.clear()
        self._queue.put(None)

    def shutdown(self, timeout_s: float = 30.0) -> None:
        """Finish the running job, drop the queued ones and end the thread (safe to call twice)."""
        self.stop()
        self._thread.join(timeout_s)
