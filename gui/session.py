"""The Qt side of a training run: a worker on a thread of its own, and the GUI-thread session that owns it.

The worker turns the Trainer's plain events into Qt signals. Its ``on_event`` callback runs on the
worker thread and coalesces: BatchEnd events are buffered and sent as one ``batches(list)`` signal at
most every FLUSH_S seconds, Progress is throttled the same way, everything else goes out at once (after
flushing the buffer, so the order of events is kept). Pause, resume, stop and step go straight to the
RunControl's threading.Events: a queued slot would never run while ``run()`` keeps the thread busy.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from core.config import TrainConfig
from core.control import RunControl
from core.events import BatchEnd, EpochEnd, Paused, Progress, RunFailed, RunFinished, RunStarted
from core.knobs import Knob, KnobChange, KnobIgnored
from core.trainer import Trainer

log = logging.getLogger(__name__)
FLUSH_S = 0.033  # about 30 updates a second: smooth to the eye, cheap for the event loop


class TrainingWorker(QObject):
    progress = Signal(object)  # Progress
    started = Signal(object)  # RunStarted
    batches = Signal(object)  # list[BatchEnd], oldest first
    epochEnded = Signal(object)  # EpochEnd
    paused = Signal(object)  # Paused
    knobChanged = Signal(object)  # KnobChange (took effect) | KnobIgnored (the network cannot take it)
    finished = Signal(object)  # RunFinished | RunFailed, always the last signal

    def __init__(
        self,
        cfg: TrainConfig,
        control: RunControl,
        data_root: Path | None = None,
        runs_root: Path | None = None,
        resume_from: Path | None = None,
        init_weights: Path | None = None,
    ):
        super().__init__()
        self.cfg, self.control = cfg, control
        self._trainer_args = dict(
            data_root=data_root, runs_root=runs_root, resume_from=resume_from, init_weights=init_weights
        )
        self._pending: list[BatchEnd] = []
        self._last_flush = self._last_progress = 0.0
        self._last_message = ""

    @Slot()
    def run(self) -> None:
        try:
            Trainer(self.cfg, self.on_event, self.control, **self._trainer_args).run()
        except Exception as exc:  # Trainer.run never raises for user errors; this is the last guard
            log.exception("trainer crashed")
            self._flush()
            self.finished.emit(
                RunFailed(
                    "error",
                    f"Training stopped on an unexpected error: {exc}",
                    "This is a bug in CNN Playground; the details are in the log.",
                )
            )

    def on_event(self, event) -> None:
        """Called by the Trainer on the worker thread."""
        now = time.perf_counter()
        if isinstance(event, BatchEnd):
            self._pending.append(event)
            if now - self._last_flush >= FLUSH_S:
                self._flush(now)
            return
        if isinstance(event, Progress):
            news = event.message != self._last_message or (event.total and event.done >= event.total)
            if now - self._last_progress >= FLUSH_S or news:  # a new step or the last byte always shows
                self._last_progress, self._last_message = now, event.message
                self.progress.emit(event)
            return
        self._flush(now)
        signal = {
            RunStarted: self.started,
            EpochEnd: self.epochEnded,
            Paused: self.paused,
            KnobChange: self.knobChanged,
            KnobIgnored: self.knobChanged,
            RunFinished: self.finished,
            RunFailed: self.finished,
        }.get(type(event))
        if signal is not None:
            signal.emit(event)

    def _flush(self, now: float | None = None) -> None:
        self._last_flush = now if now is not None else time.perf_counter()
        if self._pending:
            chunk, self._pending = self._pending, []
            self.batches.emit(chunk)


class TrainingSession(QObject):
    """Starts runs and controls the one under way; lives on the GUI thread and re-emits the worker's signals.

    Each run gets a fresh thread, worker and RunControl. Worker signals are connected to bound methods of
    this object, so Qt queues them onto the GUI thread (lambdas would run on the worker thread).
    """

    progress = Signal(object)
    started = Signal(object)
    batches = Signal(object)
    epochEnded = Signal(object)
    paused = Signal(object)
    knobChanged = Signal(object)
    finished = Signal(object)
    stateChanged = Signal()  # a run started or ended, or pause / stop was asked for

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.cfg: TrainConfig | None = None
        self.control: RunControl | None = None
        self.thread: threading.Thread | None = None
        self.worker: TrainingWorker | None = None
        self.final = None  # the last run's RunFinished | RunFailed
        self.started_event: RunStarted | None = None  # of the latest run
        self.last_epoch: EpochEnd | None = None  # its latest epoch

    @property
    def running(self) -> bool:
        return self.thread is not None

    @property
    def run_dir(self) -> Path | None:
        return self.started_event.run_dir if self.started_event else None

    @property
    def is_paused(self) -> bool:
        return self.running and self.control.paused

    @property
    def stopping(self) -> bool:
        return self.running and self.control.stopped

    def start(
        self,
        cfg: TrainConfig,
        data_root: Path | None = None,
        runs_root: Path | None = None,
        resume_from: Path | None = None,
        step_first_epoch: bool = False,
        init_weights: Path | None = None,
    ) -> bool:
        if self.running:
            return False
        self.cfg, self.control, self.final = cfg, RunControl(), None
        self.started_event = self.last_epoch = None
        if step_first_epoch:
            self.control.step_epoch()  # the run pauses after its first epoch
        self.worker = TrainingWorker(cfg, self.control, data_root, runs_root, resume_from, init_weights)
        for name in ("progress", "started", "batches", "epochEnded", "paused", "knobChanged"):
            getattr(self.worker, name).connect(getattr(self, f"_relay_{name}"))
        self.worker.finished.connect(self._on_finished)
        # a daemon Python thread: signals it emits reach this GUI-thread object queued, and unlike a QThread
        # it cannot abort the process if the window is dropped while it runs
        self.thread = threading.Thread(target=self.worker.run, name="training", daemon=True)
        self.thread.start()
        self.stateChanged.emit()
        return True

    def toggle_pause(self) -> None:
        if self.running:
            self.control.resume() if self.control.paused else self.control.pause()
            self.stateChanged.emit()

    def step_epoch(self) -> None:
        if self.running:
            self.control.step_epoch()
            self.stateChanged.emit()

    def stop(self) -> None:
        if self.running:
            self.control.stop()
            self.stateChanged.emit()

    def change_knob(self, knob: Knob) -> None:
        """A live knob (core.knobs) for the run under way: it acts from the next batch, paused or not."""
        if self.running:
            self.control.change(knob)

    def shutdown(self, timeout_ms: int = 60_000) -> bool:
        """Stop the run and wait for its thread (the engine saves finished epochs); True once it has ended."""
        if not self.running:
            return True
        self.control.stop()
        self.thread.join(timeout_ms / 1000)
        return not self.thread.is_alive()

    # Bound relays: each runs on the GUI thread because this object lives there.
    @Slot(object)
    def _relay_progress(self, event: Progress) -> None:
        self.progress.emit(event)

    @Slot(object)
    def _relay_started(self, event: RunStarted) -> None:
        self.started_event = event
        self.started.emit(event)

    @Slot(object)
    def _relay_batches(self, events: list) -> None:
        self.batches.emit(events)

    @Slot(object)
    def _relay_epochEnded(self, event: EpochEnd) -> None:
        self.last_epoch = event
        self.epochEnded.emit(event)

    @Slot(object)
    def _relay_paused(self, event: Paused) -> None:
        self.paused.emit(event)
        self.stateChanged.emit()

    @Slot(object)
    def _relay_knobChanged(self, event: KnobChange | KnobIgnored) -> None:
        self.knobChanged.emit(event)

    @Slot(object)
    def _on_finished(self, event) -> None:
        thread, self.thread, self.worker = self.thread, None, None
        if thread is not None:  # run() has returned or is about to: let the thread end before dropping it
            thread.join()
        self.final = event
        self.stateChanged.emit()
        self.finished.emit(event)
