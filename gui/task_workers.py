"""The worker side of the task service: the queues, the QThreads that take tasks from them, and their lifetime.

A Scheduler holds a FIFO per group and lends each group to one worker at a time, so a group's tasks keep their order
while other groups run beside them. A TaskWorker is a QThread that takes tasks until its scheduler is closed and
reports every outcome through a plain callable (the service's queued signal).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QThread

from core.checkpoint import CheckpointError
from core.data import DatasetError
from core.export import ExportError
from core.finetune import FinetuneCancelled, FinetuneFailed
from core.lessons import LessonError
from core.messages import Message, MessageError, as_message
from core.tasks import TaskCancelled, TaskContext

log = logging.getLogger(__name__)
# the message tells the user what to do: no traceback in the log
EXPECTED = (DatasetError, CheckpointError, ExportError, FinetuneCancelled, FinetuneFailed, LessonError, MessageError)
# every worker ever started and not yet seen finished: a running QThread must never be garbage collected
LIVE_WORKERS: set["TaskWorker"] = set()
EXIT_WAIT_S = 0.5  # at interpreter exit, how long tasks still running get to stop (the window waited already)
# Long tasks (training, sweeps, fine-tunes) run at a lower priority: on 2 cores their torch threads otherwise take
# the CPU from the window's thread, which then paints a tab switch half as fast. Idle, the window costs them nothing.
BACKGROUND_NICE = 10


@dataclass(eq=False)
class Task:
    id: int
    group: str  # tasks of one group run in order, one at a time
    key: str  # newest wins per (group, key)
    kind: str  # "job", or a long kind: "training", "sweep", "finetune"
    run: Callable[[TaskContext], Any]
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[Message], None] | None = None  # the failure as core's message
    on_event: Callable[[Any], None] | None = None
    on_progress: Callable[[int, int, str], None] | None = None
    ctx: TaskContext = field(default_factory=TaskContext)

    @property
    def long(self) -> bool:
        return self.kind != "job"

    @property
    def cancelled(self) -> bool:
        return self.ctx.cancelled

    def release(self) -> None:
        """Drop the callbacks and the function (which hold widgets) on the GUI thread, once the task has reported:
        a widget's wrapper freed on a worker thread (the worker's last reference, or a garbage collection run
        there) makes PySide6 delete it later from the GUI thread, and that crashes."""
        self.run = self.on_done = self.on_error = self.on_event = self.on_progress = None
        self.ctx._emit = self.ctx._progress = None


class Scheduler:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queues: dict[str, deque[Task]] = {}
        self._lent: set[str] = set()  # groups a worker is running a task of
        self.closed = False

    def put(self, task: Task) -> None:
        with self._cond:
            self._queues.setdefault(task.group, deque()).append(task)
            self._cond.notify()

    def take(self) -> Task | None:
        """The next task of a group no other worker holds; blocks; None once closed."""
        with self._cond:
            while not self.closed:
                for group, queue in self._queues.items():
                    if queue and group not in self._lent:
                        self._lent.add(group)
                        return queue.popleft()
                self._cond.wait()
            return None

    def release(self, task: Task) -> None:
        with self._cond:
            self._lent.discard(task.group)
            self._cond.notify_all()

    def close(self) -> list[Task]:
        """No more tasks: waiting workers end, queued tasks are returned unrun."""
        with self._cond:
            self.closed = True
            dropped = [t for q in self._queues.values() for t in q]
            self._queues.clear()
            self._cond.notify_all()
            return dropped


class TaskWorker(QThread):
    def __init__(
        self, scheduler: Scheduler, report: Callable[[Task, str, Any], None], name: str, background: bool = False
    ):
        super().__init__()  # no parent: the service's owner may be deleted while this runs
        self.setObjectName(name)
        self._scheduler, self._report, self._background = scheduler, report, background
        self.current: Task | None = None  # the task it runs now (read at exit, to say what did not stop)

    def run(self) -> None:
        if self._background:
            self._yield_cpu_to_the_window()
        while (task := self._scheduler.take()) is not None:
            self.current = task
            try:
                what, payload = _outcome(task)
            finally:
                self.current = None
                self._scheduler.release(task)
            try:
                self._report(task, what, payload)
            except RuntimeError:  # the service was deleted with its window: nobody is waiting any more
                pass
            del task, payload  # what the task made is the GUI thread's now

    def _yield_cpu_to_the_window(self) -> None:
        """Lower this thread's priority; the threads torch starts from it (its intra-op team) inherit it."""
        if not sys.platform.startswith("linux"):
            self.setPriority(QThread.LowPriority)  # Windows and macOS map it to a real thread priority
            return
        # Linux ignores Qt's priorities for ordinary threads, but a thread has a nice value of its own
        thread = threading.get_native_id()
        try:
            os.setpriority(os.PRIO_PROCESS, thread, min(19, os.getpriority(os.PRIO_PROCESS, thread) + BACKGROUND_NICE))
        except OSError:  # a sandbox may refuse it: the tasks still run, at the window's priority
            log.info("could not lower the priority of %s", self.objectName())


def _outcome(task: Task) -> tuple[str, Any]:
    if task.ctx.cancelled and not task.long:
        return "dropped", None  # superseded or cancelled before it started (a long task reports its own stop)
    try:
        return "done", task.run(task.ctx)
    except TaskCancelled:
        return "dropped", None
    except EXPECTED as exc:
        log.info("task %s/%s: %s", task.group, task.key, exc)
        return "error", as_message(exc)
    except Exception as exc:  # a task's failure is shown to the user, never fatal to the app
        log.exception("task %s/%s failed", task.group, task.key)
        return "error", as_message(exc)  # said on the GUI thread, in the language installed then


def release_at_exit() -> None:
    """Interpreter exit: stop what still runs, wait briefly, and never let Python destroy a running QThread."""
    workers = [w for w in LIVE_WORKERS if not w.isFinished()]
    for worker in workers:
        worker._scheduler.close()
    end = time.monotonic() + EXIT_WAIT_S
    for worker in workers:
        worker.wait(max(0, int(1000 * (end - time.monotonic()))))
    stuck = [w for w in workers if not w.isFinished()]
    if stuck:  # Python's teardown would destroy a running QThread, which aborts: leave without the teardown
        names = ", ".join(f"{w.current.group}/{w.current.key}" if w.current else w.objectName() for w in stuck)
        print(f"Tasks still running at exit after {EXIT_WAIT_S} s ({names}): leaving without them.", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


def prune_finished() -> None:
    for worker in [w for w in LIVE_WORKERS if w.isFinished()]:
        LIVE_WORKERS.discard(worker)
