"""A sweep on a thread of its own (the training worker's pattern): the GUI thread starts it, pauses or stops it,
and gets its events as queued signals; it never waits for a trial."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from core.control import RunControl
from core.events import EpochEnd, Progress, RunStarted
from core.sweep_events import SweepDone, TrialDone, TrialStarted
from gui.messages import say

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so every slot runs on the GUI thread."""

    event = Signal(object)


class SweepRunner(QObject):
    trialStarted = Signal(object)  # TrialStarted
    runStarted = Signal(object)  # RunStarted of the trial's run
    epochEnded = Signal(object)  # EpochEnd of the trial's run
    trialDone = Signal(object)  # TrialDone (with the whole study as it stands)
    progress = Signal(str)
    finished = Signal(object)  # SweepDone, or a sentence when the sweep could not run at all
    stateChanged = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.control: RunControl | None = None
        self.thread: threading.Thread | None = None
        self._relay = _Relay(self)
        self._relay.event.connect(self._on_event)
        self._signals = {
            TrialStarted: self.trialStarted,
            RunStarted: self.runStarted,
            EpochEnd: self.epochEnded,
            TrialDone: self.trialDone,
        }

    @property
    def running(self) -> bool:
        return self.thread is not None

    @property
    def paused(self) -> bool:
        return self.running and self.control.paused

    def start(self, spec, data_root: Path, runs_root: Path) -> bool:
        if self.running:
            return False
        self.control = RunControl()
        control, emit = self.control, self._relay.event.emit

        def work() -> None:
            from core.sweep import run_sweep  # Optuna's import stays off the GUI thread

            try:
                run_sweep(spec, lambda e: _forward(e, emit), control, data_root=data_root, runs_root=runs_root)
            except Exception as exc:  # a storage that cannot be opened, a locked database ...
                log.exception("sweep failed")
                emit(f"The sweep stopped: {exc}")

        self.thread = threading.Thread(target=work, name="sweep", daemon=True)
        self.thread.start()
        self.stateChanged.emit()
        return True

    def toggle_pause(self) -> None:
        if self.running:
            self.control.resume() if self.control.paused else self.control.pause()
            self.stateChanged.emit()

    def stop(self) -> None:
        if self.running:
            self.control.stop()
            self.stateChanged.emit()

    def shutdown(self, timeout_s: float = 60.0) -> None:
        """Stop the sweep (the trial under way keeps its finished epochs) and wait for its thread."""
        if self.running:
            self.control.stop()
            self.thread.join(timeout_s)

    @Slot(object)
    def _on_event(self, event) -> None:
        if isinstance(event, (SweepDone, str)):
            thread, self.thread = self.thread, None
            if thread is not None:
                thread.join()  # run_sweep has returned: only the thread's last lines are left
            self.stateChanged.emit()
            self.finished.emit(event)
        elif isinstance(event, Progress):
            self.progress.emit(say(event.message))
        elif type(event) in self._signals:
            self._signals[type(event)].emit(event)


def _forward(event, emit) -> None:
    """Worker side: only what the view shows crosses to the GUI thread (no per-batch events)."""
    if isinstance(event, (TrialStarted, RunStarted, EpochEnd, TrialDone, SweepDone, Progress)):
        emit(event)
