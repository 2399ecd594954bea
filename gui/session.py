"""The Qt side of a training run: a long task on the app's task service, and the GUI-thread session that starts it,
controls it and re-emits what it reports as typed signals.

On the worker, ``Coalescer`` turns the Trainer's events into what crosses to the GUI thread: BatchEnd events are
buffered and sent as one list at most every FLUSH_S seconds, Progress is throttled the same way, everything else goes
out at once (after flushing the buffer, so the order is kept). The run's last event (RunFinished | RunFailed) is the
task's result. Pause, resume, stop and step go straight to the task's RunControl (threading.Events): a queued slot
would never run while the run keeps its worker busy.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from core.config import TrainConfig
from core.control import RunControl
from core.events import BatchEnd, EpochEnd, Paused, Progress, RunFailed, RunFinished, RunStarted
from core.knobs import Knob, KnobChange, KnobIgnored
from core.messages import ItIsABug, Message, UnexpectedError
from core.tasks import TaskContext
from core.trainer import Trainer
from gui.tasks import Task, TaskService

log = logging.getLogger(__name__)
FLUSH_S = 0.033  # about 30 updates a second: smooth to the eye, cheap for the event loop


class Coalescer:
    """Worker side: the Trainer's ``on_event``; passes events on to ``emit`` (the task context's), batched."""

    def __init__(self, emit: Callable[[object], None]):
        self._emit = emit
        self._pending: list[BatchEnd] = []
        self._last_flush = self._last_progress = 0.0
        self._last_message = ""

    def on_event(self, event) -> None:
        now = time.perf_counter()
        if isinstance(event, BatchEnd):
            self._pending.append(event)
            if now - self._last_flush >= FLUSH_S:
                self.flush(now)
            return
        if isinstance(event, Progress):
            news = event.message != self._last_message or (event.total and event.done >= event.total)
            if now - self._last_progress >= FLUSH_S or news:  # a new step or the last byte always shows
                self._last_progress, self._last_message = now, event.message
                self._emit(event)
            return
        self.flush(now)
        if not isinstance(event, (RunFinished, RunFailed)):  # the last event is the task's result
            self._emit(event)

    def flush(self, now: float | None = None) -> None:
        self._last_flush = now if now is not None else time.perf_counter()
        if self._pending:
            chunk, self._pending = self._pending, []
            self._emit(chunk)


@dataclass(frozen=True)
class RunRequest:
    """What a run is started with, besides its settings."""

    data_root: Path | None = None
    runs_root: Path | None = None
    resume_from: Path | None = None  # a run folder to continue
    init_weights: Path | None = None  # a weights file a new run starts from (fine-tuning)


def train(cfg: TrainConfig, request: RunRequest, ctx: TaskContext) -> RunFinished | RunFailed:
    """The training task: the Trainer on the task's control, its events coalesced onto the task's channel."""
    coalescer = Coalescer(ctx.emit)
    try:
        return Trainer(
            cfg,
            coalescer.on_event,
            ctx.control,
            data_root=request.data_root,
            runs_root=request.runs_root,
            resume_from=request.resume_from,
            init_weights=request.init_weights,
        ).run()
    except Exception as exc:  # Trainer.run never raises for user errors; this is the last guard
        log.exception("trainer crashed")
        coalescer.flush()
        return RunFailed("error", UnexpectedError(f"{type(exc).__name__}: {exc}"), ItIsABug())


class TrainingSession(QObject):
    """Starts runs on the task service and controls the one under way; everything it emits is on the GUI thread."""

    progress = Signal(object)  # Progress
    started = Signal(object)  # RunStarted
    batches = Signal(object)  # list[BatchEnd], oldest first
    epochEnded = Signal(object)  # EpochEnd
    paused = Signal(object)  # Paused
    knobChanged = Signal(object)  # KnobChange (took effect) | KnobIgnored (the network cannot take it)
    finished = Signal(object)  # RunFinished | RunFailed, always the last signal of a run
    stateChanged = Signal()  # a run started or ended, or pause / stop was asked for

    def __init__(self, tasks: TaskService, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.cfg: TrainConfig | None = None
        self.task: Task | None = None  # the run under way, until its result has arrived
        self.final = None  # the last run's RunFinished | RunFailed
        self.started_event: RunStarted | None = None  # of the latest run
        self.last_epoch: EpochEnd | None = None  # its latest epoch
        self._signals = {
            RunStarted: self._on_started,
            EpochEnd: self._on_epoch,
            Paused: self._on_paused,
            Progress: self.progress.emit,
            list: self.batches.emit,
            KnobChange: self.knobChanged.emit,
            KnobIgnored: self.knobChanged.emit,
        }

    @property
    def running(self) -> bool:
        """Derived from the task service: the run's task has not reported its end."""
        return self.task is not None and self.tasks.is_active(self.task)

    @property
    def control(self) -> RunControl | None:
        return self.task.ctx.control if self.task is not None else None

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
        """Start a run; False while another long task (a run, a sweep, a fine-tune) is under way."""
        request = RunRequest(data_root, runs_root, resume_from, init_weights)
        task = self.tasks.submit(
            "training",
            "run",
            lambda ctx: train(cfg, request, ctx),
            self._on_finished,
            self._on_crashed,
            on_event=self._on_event,
            kind="training",
        )
        if task is None:
            return False
        self.cfg, self.task, self.final = cfg, task, None
        self.started_event = self.last_epoch = None
        if step_first_epoch:
            task.ctx.control.step_epoch()  # the run pauses after its first epoch
        self.stateChanged.emit()
        return True

    def step_epoch(self) -> None:
        if self.running:
            self.control.step_epoch()
            self.stateChanged.emit()

    def change_knob(self, knob: Knob) -> None:
        """A live knob (core.knobs) for the run under way: it acts from the next batch, paused or not."""
        if self.running:
            self.control.change(knob)

    # -- what the task reports, on the GUI thread ------------------------------------------------------------
    def _on_event(self, event) -> None:
        handler = self._signals.get(type(event))
        if handler is not None:
            handler(event)

    def _on_started(self, event: RunStarted) -> None:
        self.started_event = event
        self.started.emit(event)

    def _on_epoch(self, event: EpochEnd) -> None:
        self.last_epoch = event
        self.epochEnded.emit(event)

    def _on_paused(self, event: Paused) -> None:
        self.paused.emit(event)
        self.stateChanged.emit()

    def _on_crashed(self, message: Message) -> None:
        self._on_finished(RunFailed("error", message, ItIsABug()))

    def _on_finished(self, event: RunFinished | RunFailed) -> None:
        self.task, self.final = None, event
        self.stateChanged.emit()
        self.finished.emit(event)
