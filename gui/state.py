"""The app state: what the window is about right now, in one object every tab reads, writes and listens to.

It owns the folders, the training session, the current model (card + weights + where it came from, built
once on a background job and shared read-only), the test images of its dataset, the picture the views look
at, and every background job runner, so that one ``shutdown`` ends them all. Tabs get it at construction and
never talk to each other or to the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

import numpy as np
import torch
from PySide6.QtCore import QObject, Signal

from core.card import ModelCard, read_weights
from core.config import ConfigError, TrainConfig
from core.events import EpochEnd, RunFailed, RunFinished, RunStarted
from core.paths import data_dir, runs_dir
from core.runs import RunInfo, read_run
from core.threads import one_thread
from gui.jobs import Jobs
from gui.session import TrainingSession
from gui.state_pictures import PicturePlumbing
from gui.state_types import (  # re-exported: tabs import them from here
    CurrentModel,
    InputImage,
    ModelSource,
    TestImages,
    TrainSettings,
    images_key,
    load_test_images,
)
from gui.theme import Theme

__all__ = [
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


def build_model(card: ModelCard, weights: Mapping[str, torch.Tensor]) -> torch.nn.Module:
    """Background job: the one place a model for the views is built."""
    return one_thread(lambda: card.load(weights))


class AppState(QObject, PicturePlumbing):
    foldersChanged = Signal()
    modelChanged = Signal(object)  # CurrentModel | None
    modelFailed = Signal(str)  # a model could not be loaded; the previous one stays
    loadingModel = Signal(object)  # ModelSource being loaded
    testImagesChanged = Signal(object)  # TestImages | None
    testImagesMissing = Signal(str)  # why the test images of the current model are not here, and what to do
    inputChanged = Signal(object)  # InputImage | None
    drawingChanged = Signal(object)  # float 28x28 drawing from the canvas, or None when cleared
    runOpened = Signal(object)  # RunInfo of a run folder opened from disk
    runFolderChanged = Signal(object)  # Path of a run folder written outside the training session (a sweep's trial)
    settingsRequested = Signal(object)  # TrainSettings to put on the Train tab (a lesson opened or closed)
    settingsChanged = Signal(object)  # TrainSettings: the Train tab's settings as they are now
    referencePinned = Signal(object)  # Path of a run the Train tab draws under every run (Runs > Pin on Train)
    # the training session, re-emitted so that tabs need nothing else
    runStarted = Signal(object)  # RunStarted
    batches = Signal(object)  # list[BatchEnd]
    epochEnded = Signal(object)  # EpochEnd
    runFinished = Signal(object)  # RunFinished | RunFailed
    progress = Signal(object)  # Progress
    paused = Signal(object)  # Paused
    trainingChanged = Signal()  # a run or a sweep started or ended, or pause / stop was asked for
    shuttingDown = Signal()  # the window is closing: long jobs should stop now (their runners are joined next)

    def __init__(self, data_setting: str | None = None, runs_setting: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._data_setting, self._runs_setting = data_setting or None, runs_setting or None
        self._jobs: list[Jobs] = []
        self.model_jobs, self.data_jobs = self.jobs("models"), self.jobs("test-images")
        self.session = TrainingSession(self)
        self.model: CurrentModel | None = None
        self.follow_training = False  # the current model follows the run being trained
        self.test_images: TestImages | None = None
        self.input: InputImage | None = None
        self.drawing: np.ndarray | None = None
        self.theme = Theme(self)  # normal or projector look: tabs follow theme.changed
        self.train_settings: TrainSettings | None = None  # what the Train tab last reported
        self.sweeping = False  # a sweep trains: no other run may start meanwhile
        self.save_folder: Path | None = None  # where the user last saved a file: the next save dialog starts there
        for name in ("progress", "batches", "paused"):
            getattr(self.session, name).connect(getattr(self, name).emit)
        self.session.stateChanged.connect(self.trainingChanged.emit)
        self.session.started.connect(self._on_run_started)
        self.session.epochEnded.connect(self._on_epoch)
        self.session.finished.connect(self._on_run_finished)

    # -- background jobs: one mechanism, one shutdown path ----------------------------------------------------
    def jobs(self, name: str) -> Jobs:
        """A job runner of its own thread (newest job per key wins), ended by ``shutdown``."""
        runner = Jobs(name, self)
        self._jobs.append(runner)
        return runner

    def shutdown(self) -> None:
        """Stop the run (finished epochs stay saved) and end every background thread. Safe to call twice."""
        self.shuttingDown.emit()
        self.session.shutdown()
        for runner in self._jobs:
            runner.shutdown()

    def stopper(self):
        """A plain function that stops the run and the job threads without touching a Qt object: for a
        window dropped without closing, whose objects are already being deleted when it runs."""
        session, runners = self.session, self._jobs  # the list itself: runners made later are stopped too

        def stop() -> None:
            if session.control is not None:
                session.control.stop()
            for runner in runners:
                runner.stop()

        return stop

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

    def pin_reference(self, path: Path | None) -> None:
        """Compare the runs on the Train tab with this run folder (None: with the previous run again)."""
        self.referencePinned.emit(path)

    def report_settings(self, settings: TrainSettings) -> None:
        """The Train tab says what its settings are now."""
        self.train_settings = settings
        self.settingsChanged.emit(settings)

    # -- training ------------------------------------------------------------------------------------------------
    @property
    def training(self) -> bool:
        """A run or a sweep is under way."""
        return self.session.running or self.sweeping

    def current_config(self) -> TrainConfig | None:
        """The Train tab's settings as a config (what a sweep starts from); None while one of them is invalid."""
        if self.train_settings is None:
            return None
        try:
            return TrainConfig.from_dict(dict(self.train_settings.values))
        except (ConfigError, TypeError):
            return None

    def set_sweeping(self, on: bool) -> None:
        self.sweeping = on
        self.trainingChanged.emit()

    def start_run(
        self,
        cfg: TrainConfig,
        step_first: bool = False,
        resume_from: Path | None = None,
        init_weights: Path | None = None,
    ) -> bool:
        """Train ``cfg``: a new run, a run folder continued (``resume_from``), or a new run that starts from
        another run's weights (``init_weights``: fine-tuning). Refused while a sweep trains."""
        if self.sweeping:
            return False
        return self.session.start(
            cfg, self.data_root, self.runs_root, resume_from, step_first_epoch=step_first, init_weights=init_weights
        )

    def _on_run_started(self, event: RunStarted) -> None:
        self.follow_training = True
        self.set_test_images(TestImages(images_key(event.card), event.test_x, event.test_y))
        self.set_model(event.card, event.weights, ModelSource("training", event.run_dir))
        self.runStarted.emit(event)

    def _on_epoch(self, event: EpochEnd) -> None:
        if self.follow_training and event.card is not None:
            self.set_model(event.card, event.weights, ModelSource("training", self.session.run_dir), event)
        self.epochEnded.emit(event)

    def _on_run_finished(self, event: RunFinished | RunFailed) -> None:
        self.runFinished.emit(event)

    # -- the current model ---------------------------------------------------------------------------------------
    def load_model(self, source: ModelSource, fallback: ModelCard | None = None) -> None:
        """Read a weights file (bundled, a run folder's best or last, any file) on a job; modelChanged follows."""
        path = source.path
        if source.kind == "run":
            path = path / "best.pt" if (path / "best.pt").is_file() else path / "last.pt"
        self.follow_training = source.kind == "training"
        if source.kind == "training":
            return self._follow_run()
        self.loadingModel.emit(source)
        self.model_jobs.submit(
            "model",
            lambda: _read_and_build(path, fallback),
            lambda result: self._model_built(source, *result),
            self.modelFailed.emit,
        )

    def _follow_run(self) -> None:
        run_dir = self.session.run_dir
        last = self.session.last_epoch
        if last is not None and last.card is not None:
            self.set_model(last.card, last.weights, ModelSource("training", run_dir), last)
        elif self.session.started_event is not None:
            started = self.session.started_event
            self.set_model(started.card, started.weights, ModelSource("training", run_dir))
        else:
            self.follow_training = False
            self.modelFailed.emit(
                self.tr(
                    "No run has started yet: press Start on the Train tab, and the network "
                    "in training is copied here after every epoch."
                )
            )

    def set_model(
        self,
        card: ModelCard,
        weights: Mapping[str, torch.Tensor],
        source: ModelSource,
        epoch_end: EpochEnd | None = None,
    ) -> None:
        """Make (card, weights) the current model: built on a job, then modelChanged."""
        self.follow_training = source.kind == "training"
        self.loadingModel.emit(source)
        self.model_jobs.submit(
            "model",
            lambda: (card, weights, build_model(card, weights)),
            lambda result: self._model_built(source, *result, epoch_end=epoch_end),
            self.modelFailed.emit,
        )

    def _model_built(self, source: ModelSource, card: ModelCard, weights, model, epoch_end=None) -> None:
        if source.kind != "training" and self.follow_training:
            return  # a run took over while the file was loading
        previous, self.model = self.model, CurrentModel(card, weights, source, model, epoch_end)
        self.modelChanged.emit(self.model)
        if previous is None or images_key(previous.card) != images_key(card) or self.test_images is None:
            self._request_test_images(card)

    def open_run(self, path: Path) -> RunInfo:
        """Show a saved run: it becomes the current model; raises CheckpointError for a folder that is not one."""
        info = read_run(Path(path))
        self.load_model(ModelSource("run", info.path))
        self.runOpened.emit(info)
        return info


def _read_and_build(path: Path, fallback: ModelCard | None) -> tuple[ModelCard, dict, torch.nn.Module]:
    card, weights = read_weights(path, fallback)
    return card, weights, build_model(card, weights)
