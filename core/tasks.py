"""What a background task is handed: ``run(ctx)`` checks ``ctx.cancelled``, reports ``ctx.progress(...)`` and sends
``ctx.emit(event)``. Plain Python (no Qt): the window's task service makes the context and carries what it reports
to the GUI thread; a script or a test can make one itself.

The context's ``control`` is the run's RunControl, so a long run's Stop, Pause and Step and a short job's
cancellation are one mechanism: cancelling a task is ``control.stop()``.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from core.control import RunControl


class TaskCancelled(Exception):
    """The task saw that it was cancelled and stopped early; whatever it would have reported is dropped."""


class TaskContext:
    def __init__(
        self,
        emit: Callable[[Any], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        control: RunControl | None = None,
    ) -> None:
        self.control = control or RunControl()
        self._emit, self._progress = emit, progress

    @property
    def cancelled(self) -> bool:
        return self.control.stopped

    @property
    def cancel_event(self) -> threading.Event:
        """For core functions that take a ``cancel`` event (dataset loads, evaluations, saliency)."""
        return self.control.stop_requested

    def cancel(self) -> None:
        self.control.stop()

    def check(self) -> None:
        """Raise TaskCancelled once the task has been cancelled: a cheap call between steps of a long task."""
        if self.control.stopped:
            raise TaskCancelled()

    def emit(self, event: Any) -> None:
        if self._emit is not None:
            self._emit(event)

    def progress(self, done: int, total: int, message: str = "") -> None:
        if self._progress is not None:
            self._progress(done, total, message)


def check_cancel(cancel: threading.Event | None) -> None:
    """For loops in core that take a plain ``cancel`` event."""
    if cancel is not None and cancel.is_set():
        raise TaskCancelled()
