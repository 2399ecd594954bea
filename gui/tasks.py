"""The task service: everything slow the window does (training, sweeps, fine-tuning, evaluations, saliency, feature
maps, datasets, run listings) is a task on a QThread worker that this service owns.

    state.tasks.submit("evaluate", "confusion", run, on_done=self._show, on_error=self._say_why)

``on_error`` gets the failure as core's typed message (``core.messages.Message``), not as a sentence: a widget
says it (``gui.messages.say``) in ``retranslate()``, so it follows a live language switch.

A task is a plain function ``run(ctx)`` (``core.tasks.TaskContext``: ``ctx.cancelled``, ``ctx.progress``,
``ctx.emit``). What it emits, its progress and its result reach the GUI thread as one queued signal of this object,
in order, and call the task's callbacks there, never on a worker. Short tasks share a small pool: tasks of one
group run one after another in the order they were submitted (a later one may rely on an earlier one), groups side
by side. Long tasks (a training run, a sweep, a fine-tune) have a worker of their own, one at a time. Newest wins per
key: submitting a key again cancels the older task and drops its answer.

Workers are made once and parented to no widget; this module keeps them, so a window dropped without closing never
destroys a running QThread (that aborts the process). ``cancel_all`` asks every task to stop and the workers to end,
``wait`` joins them within a bound, and at interpreter exit whatever still runs gets a last short wait.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import time
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal, Slot

from core.messages import Message
from core.tasks import TaskContext
from gui.gc_on_gui_thread import collect_anywhere, collect_on_gui_thread
from gui.task_workers import EXPECTED, LIVE_WORKERS, Scheduler, Task, TaskWorker, prune_finished, release_at_exit

__all__ = ["EXPECTED", "Task", "TaskService"]
log = logging.getLogger(__name__)
POOL_SIZE = 3  # short tasks at once: a model build, a dataset load and a tab's job need not wait for each other
PROGRESS_EVERY_S = 0.033  # at most about 30 progress updates a second reach the event loop
LONG_KINDS = ("training", "sweep", "finetune")
_ids = itertools.count(1)


class TaskService(QObject):
    changed = Signal()  # a long task started or ended, or was asked to pause or stop
    _report = Signal(object, str, object)  # task, "event" | "progress" | "done" | "error" | "dropped", payload

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool, self._long = Scheduler(), Scheduler()
        self._latest: dict[tuple[str, str], Task] = {}  # newest task per (group, key), until it reports back
        self._active: dict[int, Task] = {}  # submitted and not yet reported back, on the GUI thread's books
        self._closing = False
        self._report.connect(self._on_report)
        prune_finished()
        collect_on_gui_thread()
        workers = [TaskWorker(self._pool, self._send, f"tasks-{i}") for i in range(POOL_SIZE)]
        self._workers = [*workers, TaskWorker(self._long, self._send, "tasks-long", background=True)]
        for worker in self._workers:
            LIVE_WORKERS.add(worker)
            worker.start()

    # -- submitting ---------------------------------------------------------------------------------------------
    def submit(
        self,
        group: str,
        key: str,
        run: Callable[[TaskContext], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[Message], None] | None = None,
        *,
        on_event: Callable[[Any], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        kind: str = "job",
    ) -> Task | None:
        """Queue ``run(ctx)``; None when the service is closing, or when ``kind`` is long and one runs already."""
        long = kind in LONG_KINDS
        if self._closing or (long and self.long_task() is not None):
            return None
        task = Task(next(_ids), group, key, kind, run, on_done, on_error, on_event, on_progress)
        task.ctx = TaskContext(lambda event: self._send(task, "event", event), _throttled(task, self._send))
        older = self._latest.get((group, key))
        if older is not None:
            older.ctx.cancel()
        self._latest[(group, key)] = self._active[task.id] = task
        (self._long if long else self._pool).put(task)
        if long:
            self.changed.emit()
        return task

    # -- what runs ---------------------------------------------------------------------------------------------
    def long_task(self, kind: str | None = None) -> Task | None:
        """The long task under way (of ``kind``, if given), until its result has reached the GUI thread."""
        return next((t for t in self._active.values() if t.long and kind in (None, t.kind)), None)

    def busy(self, group: str, key: str) -> bool:
        """The newest task of (group, key) has not reported back yet."""
        return (group, key) in self._latest

    def is_active(self, task: Task) -> bool:
        return task.id in self._active

    def active(self) -> list[Task]:
        return list(self._active.values())

    # -- stopping -------------------------------------------------------------------------------------------------
    def cancel(self, task: Task) -> None:
        """Ask ``task`` to stop (a run saves its finished epochs and reports "stopped")."""
        task.ctx.cancel()
        if task.long:
            self.changed.emit()

    def cancel_all(self) -> None:
        """Ask every task to stop and every worker to end once its task has; queued tasks are dropped. Touches no
        Qt object, so it is safe while the window is being deleted. The service takes no task afterwards."""
        self._closing = True
        for task in list(self._active.values()):
            task.ctx.cancel()
        self._pool.close()
        self._long.close()

    def stopper(self) -> Callable[[], None]:
        """``cancel_all`` as a plain function holding no Qt object: for a window dropped without closing, whose
        objects may already be deleted when it runs."""
        active, schedulers = self._active, (self._pool, self._long)

        def stop() -> None:
            for task in list(active.values()):
                task.ctx.cancel()
            for scheduler in schedulers:
                scheduler.close()

        return stop

    def wait(self, timeout_s: float = 3.0) -> bool:
        """Join the workers (after ``cancel_all``) for at most ``timeout_s`` in all; True when every one has ended."""
        end = time.monotonic() + timeout_s
        for worker in self._workers:
            worker.wait(max(0, int(1000 * (end - time.monotonic()))))
        ended = all(worker.isFinished() for worker in self._workers)
        prune_finished()
        if not LIVE_WORKERS:
            collect_anywhere()
        return ended

    # -- reports, on the GUI thread ---------------------------------------------------------------------------
    def _send(self, task: Task, what: str, payload: Any) -> None:
        """Worker side. Kept signal objects would outlive a deleted service (PySide6 crashes collecting them), so
        the signal is looked up at each report; RuntimeError once the service is gone."""
        self._report.emit(task, what, payload)

    @Slot(object, str, object)
    def _on_report(self, task: Task, what: str, payload: Any) -> None:
        current = not self._closing and self._latest.get((task.group, task.key)) is task
        if what == "event":
            if current and task.on_event is not None:
                task.on_event(payload)
            return
        if what == "progress":
            if current and task.on_progress is not None:
                task.on_progress(*payload)
            return
        self._active.pop(task.id, None)
        callback = task.on_done if what == "done" else task.on_error if what == "error" else None
        task.release()
        if current:
            del self._latest[(task.group, task.key)]
            if callback is not None:
                callback(payload)  # an error: core's message, said by the widget that shows it
        if task.long:
            self.changed.emit()


def _throttled(task: Task, send: Callable[[Task, str, Any], None]) -> Callable[[int, int, str], None]:
    """A progress callback for the worker side: a new message or the last step always goes out, else ~30 a second."""
    last = [0.0, None]

    def progress(done: int, total: int, message: str = "") -> None:
        now = time.perf_counter()
        if now - last[0] >= PROGRESS_EVERY_S or message != last[1] or (total and done >= total):
            last[0], last[1] = now, message
            send(task, "progress", (done, total, message))

    return progress


atexit.register(release_at_exit)
