"""A sweep as a long task on the app's task service (the training session's pattern): the GUI thread starts it,
pauses or stops it, and gets its events as typed signals; it never waits for a trial."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.control import RunControl
from core.events import EpochEnd, Progress, RunStarted
from core.sweep_events import SweepDone, TrialDone, TrialStarted
from core.tasks import TaskContext
from gui.tasks import Task, TaskService

log = logging.getLogger(__name__)
FORWARDED = (TrialStarted, RunStarted, EpochEnd, TrialDone, Progress)  # what the view shows: no per-batch events


def sweep(spec, data_root: Path, runs_root: Path, ctx: TaskContext) -> SweepDone | str:
    """The sweep task: its result is SweepDone, or a sentence when the sweep could not run at all."""
    from core.sweep import run_sweep  # Optuna's import stays off the GUI thread

    try:
        forward = lambda e: ctx.emit(e) if isinstance(e, FORWARDED) else None
        return run_sweep(spec, forward, ctx.control, data_root=data_root, runs_root=runs_root)
    except Exception as exc:  # a storage that cannot be opened, a locked database ...
        log.exception("sweep failed")
        return f"The sweep stopped: {exc}"


class SweepSession(QObject):
    trialStarted = Signal(object)  # TrialStarted
    runStarted = Signal(object)  # RunStarted of the trial's run
    epochEnded = Signal(object)  # EpochEnd of the trial's run
    trialDone = Signal(object)  # TrialDone (with the whole study as it stands)
    progress = Signal(object)  # core's message of the sweep's progress
    finished = Signal(object)  # SweepDone, or core's message when the sweep could not run at all
    stateChanged = Signal()

    def __init__(self, tasks: TaskService, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.task: Task | None = None
        self._signals = {
            TrialStarted: self.trialStarted,
            RunStarted: self.runStarted,
            EpochEnd: self.epochEnded,
            TrialDone: self.trialDone,
        }

    @property
    def running(self) -> bool:
        return self.task is not None and self.tasks.is_active(self.task)

    @property
    def control(self) -> RunControl | None:
        return self.task.ctx.control if self.task is not None else None

    @property
    def paused(self) -> bool:
        return self.running and self.control.paused

    @property
    def stopping(self) -> bool:
        return self.running and self.control.stopped

    def start(self, spec, data_root: Path, runs_root: Path) -> bool:
        """Start a sweep; False while another long task (a run, a sweep, a fine-tune) is under way."""
        task = self.tasks.submit(
            "sweep",
            "sweep",
            lambda ctx: sweep(spec, data_root, runs_root, ctx),
            self._on_finished,
            self._on_finished,
            on_event=self._on_event,
            kind="sweep",
        )
        if task is None:
            return False
        self.task = task
        self.stateChanged.emit()
        return True

    def _on_event(self, event) -> None:
        if isinstance(event, Progress):
            self.progress.emit(event.message)
        elif type(event) in self._signals:
            self._signals[type(event)].emit(event)

    def _on_finished(self, event) -> None:
        self.task = None
        self.stateChanged.emit()
        self.finished.emit(event)
