"""The app state: what the window is about right now, in one object every tab reads, writes and listens to.

It owns the folders, the task service (every background job, run, sweep and fine-tune), the training and sweep
sessions on it, the current model (card + weights + where it came from, built once on a task and shared
read-only), the test images of its dataset and the picture the views look at; one ``shutdown`` cancels it all.
Tabs get it at construction and never talk to each other or to the window.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal

from core.config import TrainConfig
from core.events import EpochEnd, RunFailed, RunFinished, RunStarted
from core.paths import data_dir, runs_dir
from gui.jobs import Jobs
from gui.session import TrainingSession
from gui.sweep_session import SweepSession
from gui.state_pictures import PicturePlumbing
from gui.state_runs import RunListing
from gui.state_model import ModelPlumbing, build_model
from gui.state_types import (  # re-exported: tabs import them from here
    TIMELINE_EPOCH,
    CurrentModel,
    InputImage,
    ModelSource,
    TestImages,
    TrainSettings,
    images_key,
    load_test_images,
)
from gui.tasks import TaskService
from gui.theme import Theme

__all__ = [
    "TIMELINE_EPOCH",
    "AppState",
    "CurrentModel",
    "InputImage",
    "ModelSource",
    "TestImages",
    "TrainSettings",
    "build_model",
    "images_key",
    "load_test_images",
]


class AppState(QObject, PicturePlumbing, RunListing, ModelPlumbing):
    foldersChanged = Signal()
    modelChanged = Signal(object)  # CurrentModel | None
    modelFailed = Signal(object)  # a model could not be loaded (why, as Words); the previous one stays
    loadingModel = Signal(object)  # ModelSource being loaded
    testImagesChanged = Signal(object)  # TestImages | None
    testImagesMissing = Signal(object)  # Words: why the test images of the current model are not here, and what to do
    inputChanged = Signal(object)  # InputImage | None
    drawingChanged = Signal(object)  # float 28x28 drawing from the canvas, or None when cleared
    runOpened = Signal(object)  # RunInfo of a run folder opened from disk
    runFolderChanged = Signal(object)  # Path of a run folder written outside the training session (a sweep's trial)
    settingsRequested = Signal(object)  # TrainSettings to put on the Train tab (a lesson opened or closed)
    settingsChanged = Signal(object)  # TrainSettings: the Train tab's settings as they are now
    designRequested = Signal(str)  # a network file's text to open in the network editor ("": just show it)
    runsListed = Signal(object)  # list[RunSummary]: every run of the runs folder, newest first
    runUpdated = Signal(object)  # RunSummary of one run read again (it trained an epoch, ended, was renamed)
    runsFailed = Signal(object)  # the runs folder could not be listed: why, as core's message
    referencePinned = Signal(object)  # Path of a run the Train tab draws under every run (Runs > Pin on Train)
    # the training session, re-emitted so that tabs need nothing else
    runStarted = Signal(object)  # RunStarted
    batches = Signal(object)  # list[BatchEnd]
    epochEnded = Signal(object)  # EpochEnd
    runFinished = Signal(object)  # RunFinished | RunFailed
    progress = Signal(object)  # Progress
    paused = Signal(object)  # Paused
    knobChanged = Signal(object)  # KnobChange | KnobIgnored: a live knob of the run under way acted, or could not
    trainingChanged = Signal()  # a run, a sweep or a fine-tune started or ended, or pause / stop was asked for
    shuttingDown = Signal()  # the window is closing: every task is cancelled next

    def __init__(self, data_setting: str | None = None, runs_setting: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._data_setting, self._runs_setting = data_setting or None, runs_setting or None
        self.tasks = TaskService(self)  # every background job, run and sweep: one mechanism, one shutdown
        self.model_jobs, self.data_jobs, self.runs_jobs = (
            self.jobs("models"),
            self.jobs("test-images"),
            self.jobs("runs"),
        )
        self.runs: list = []  # RunSummary of every run folder, newest first (gui.state_runs)
        self.session = TrainingSession(self.tasks, self)
        self.sweep = SweepSession(self.tasks, self)
        self.model: CurrentModel | None = None
        self.follow_training = False  # the current model follows the run being trained
        self.test_images: TestImages | None = None
        self.input: InputImage | None = None
        self.drawing: np.ndarray | None = None
        self.theme = Theme(self)  # normal or projector look: tabs follow theme.changed
        self.train_settings: TrainSettings | None = None  # what the Train tab last reported
        self.save_folder: Path | None = None  # where the user last saved a file: the next save dialog starts there
        for name in ("progress", "batches", "paused", "knobChanged"):
            getattr(self.session, name).connect(getattr(self, name).emit)
        for source in (self.tasks.changed, self.session.stateChanged, self.sweep.stateChanged):
            source.connect(self.trainingChanged.emit)
        self.session.started.connect(self._on_run_started)
        self.session.epochEnded.connect(self._on_epoch)
        self.session.finished.connect(self._on_run_finished)
        self.sweep.runStarted.connect(self._on_trial_run)
        self.sweep.trialDone.connect(self._on_trial_done)
        self.sweep.epochEnded.connect(self._on_trial_epoch)
        self._trial_dir: Path | None = None  # the run folder of the sweep's trial under way
        self.foldersChanged.connect(self.refresh_runs)
        self.runFolderChanged.connect(self.refresh_run)
        self.refresh_runs()

    # -- background tasks: one service, one shutdown path ----------------------------------------------------
    def jobs(self, name: str) -> Jobs:
        """A group of short jobs on the task service (in order within the group, newest job per key wins)."""
        return Jobs(self.tasks, name)

    def shutdown(self) -> None:
        """Cancel every task (a run keeps its finished epochs and reads "stopped") and let the workers end; returns
        at once: ``wait`` joins them. Safe to call twice."""
        self.shuttingDown.emit()
        self.tasks.cancel_all()

    def wait(self, timeout_s: float = 3.0) -> bool:
        """After ``shutdown``: wait at most ``timeout_s`` for the workers to end; True when they all have."""
        return self.tasks.wait(timeout_s)

    def stopper(self):
        """``shutdown`` as a plain function that touches no Qt object: for a window dropped without closing."""
        return self.tasks.stopper()

    # -- folders ------------------------------------------------------------------------------------------------
    @property
    def data_root(self) -> Path:
        return data_dir(self._data_setting)

    @property
    def runs_root(self) -> Path:
        return runs_dir(self._runs_setting)

    def set_folders(self, data_setting: str | None = None, runs_setting: str | None = None) -> None:
        new = (data_setting or None, runs_setting or None)
        if new != (self._data_setting, self._runs_setting):
            self._data_setting, self._runs_setting = new
            self.foldersChanged.emit()

    # -- the Train tab's settings, for those who are not the Train tab ----------------------------------------------
    def request_settings(self, settings: TrainSettings) -> None:
        """Ask the Train tab to take these values (the others stay) and show only ``settings.shown``."""
        self.settingsRequested.emit(settings)

    def request_design(self, network: str = "") -> None:
        """Show the network editor, on ``network`` (a network file's text) when given (a lesson, the Train tab)."""
        self.designRequested.emit(network)

    def pin_reference(self, path: Path | None) -> None:
        """Compare the runs on the Train tab with this run folder (None: with the previous run again)."""
        self.referencePinned.emit(path)

    def report_settings(self, settings: TrainSettings) -> None:
        """The Train tab says what its settings are now."""
        self.train_settings = settings
        self.settingsChanged.emit(settings)

    # -- training: a run, a sweep or a fine-tune, each a long task ---------------------------------------------------
    @property
    def training(self) -> bool:
        """A long task (a run, a sweep, a fine-tune) is under way: derived from the task service."""
        return self.tasks.long_task() is not None

    @property
    def is_paused(self) -> bool:
        task = self.tasks.long_task()
        return task is not None and task.ctx.control.paused

    @property
    def stopping(self) -> bool:
        task = self.tasks.long_task()
        return task is not None and task.ctx.control.stopped

    @property
    def run_active(self) -> bool:
        """A training run (not a sweep or a fine-tune) is under way."""
        return self.session.running

    @property
    def run_config(self) -> TrainConfig | None:
        """The settings of the latest training run."""
        return self.session.cfg

    @property
    def run_dir(self) -> Path | None:
        """The folder of the latest training run."""
        return self.session.run_dir

    def stop_training(self) -> None:
        """Stop whatever long task runs (finished epochs stay saved)."""
        task = self.tasks.long_task()
        if task is not None:
            self.tasks.cancel(task)

    def toggle_pause(self) -> None:
        task = self.tasks.long_task()
        if task is not None:
            control = task.ctx.control
            control.resume() if control.paused else control.pause()
            self.trainingChanged.emit()

    def step_epoch(self) -> None:
        """Train one more epoch of the run under way, then pause."""
        if self.session.running:
            self.session.step_epoch()

    def change_knob(self, knob) -> None:
        """A live knob (core.knobs) for the run under way: it acts from the next batch, paused or not."""
        self.session.change_knob(knob)

    def current_config(self) -> TrainConfig | None:
        """The Train tab's settings (what a sweep starts from), as validated there; None while one is invalid."""
        return self.train_settings.config if self.train_settings is not None else None

    def start_run(
        self,
        cfg: TrainConfig,
        step_first: bool = False,
        resume_from: Path | None = None,
        init_weights: Path | None = None,
    ) -> bool:
        """Train ``cfg``: a new run, a run folder continued (``resume_from``), or a new run that starts from
        another run's weights (``init_weights``: fine-tuning). Refused while another long task runs."""
        return self.session.start(
            cfg, self.data_root, self.runs_root, resume_from, step_first_epoch=step_first, init_weights=init_weights
        )

    def start_sweep(self, spec) -> bool:
        """Run a sweep (core.sweep_spec.SweepSpec); refused while another long task runs."""
        return self.sweep.start(spec, self.data_root, self.runs_root)

    def _on_trial_run(self, event: RunStarted) -> None:
        self._trial_dir = event.run_dir
        self.runFolderChanged.emit(event.run_dir)  # every run listing shows the trial's folder

    def _on_trial_epoch(self, _event: EpochEnd) -> None:
        self.refresh_run(self._trial_dir)

    def _on_trial_done(self, event) -> None:
        if event.trial.run_dir:
            self.runFolderChanged.emit(Path(event.trial.run_dir))

    def _on_run_started(self, event: RunStarted) -> None:
        self.follow_training = True
        self.set_test_images(TestImages(images_key(event.card), event.test_x, event.test_y))
        self.set_model(event.card, event.weights, ModelSource("training", event.run_dir))
        self.runStarted.emit(event)
        self.refresh_run(event.run_dir)

    def _on_epoch(self, event: EpochEnd) -> None:
        if self.follow_training and event.card is not None:
            self.set_model(event.card, event.weights, ModelSource("training", self.session.run_dir), event)
        self.epochEnded.emit(event)
        self.refresh_run(self.session.run_dir)

    def _on_run_finished(self, event: RunFinished | RunFailed) -> None:
        self.runFinished.emit(event)
        self.refresh_run(event.run_dir)
