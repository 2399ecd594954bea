"""The app state's current model: a weights file, a run folder or the run in training, built once on a task and
shared read-only by every tab. A mixin of ``AppState`` (which holds the signals and the fields); its texts keep the
``AppState`` context.
"""

from __future__ import annotations

from pathlib import Path
from typing import Mapping

import torch
from PySide6.QtCore import QCoreApplication

from core.card import ModelCard, read_weights
from core.events import EpochEnd
from core.messages import Message
from core.run_weights import weights_file
from core.runs import RunInfo, read_run
from core.threads import one_thread
from gui.messages import say
from gui.state_types import CurrentModel, ModelSource, images_key


def build_model(card: ModelCard, weights: Mapping[str, torch.Tensor]) -> torch.nn.Module:
    """A task: the one place a model for the views is built."""
    return one_thread(lambda: card.load(weights))


class ModelPlumbing:
    def load_model(self, source: ModelSource, fallback: ModelCard | None = None) -> None:
        """Read a weights file (bundled, a run folder's best or last, any file) on a job; modelChanged follows."""
        path, in_run = source.path, source.kind == "run"
        self.follow_training = source.kind == "training"
        if source.kind == "training":
            return self._follow_run()
        self.loadingModel.emit(source)
        self.model_jobs.submit(
            "model",
            lambda: _read_and_build(weights_file(path) if in_run else path, fallback),
            lambda result: self._model_built(source, *result),
            self._model_failed,
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
                lambda: QCoreApplication.translate(
                    "AppState",
                    "No run has started yet: press Start on the Train tab, and the network "
                    "in training is copied here after every epoch.",
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
            self._model_failed,
        )

    def _model_failed(self, message: Message) -> None:
        self.modelFailed.emit(lambda: say(message))  # said again after a language switch

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
