"""The training timeline: a slider over the epochs a run kept (core.timeline) and a play button.

Moving it makes that epoch's weights the app's current model, so every view follows at once: the filters, the
feature maps and saliency of the drawing, the confusion matrix and the map. At the last epoch of the run being
trained it goes back to following the training. Runs trained before timelines existed say they have none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from core import timeline
from gui.state import TIMELINE_EPOCH as SNAPSHOT, AppState, CurrentModel, ModelSource
from gui.widgets.retranslating import Retranslating

PLAY_EVERY_MS = 1200  # an epoch per tick: time for the views to redraw


def run_folder(model: CurrentModel | None) -> Path | None:
    """The run folder a model comes from (a run, the run in training, or one of its timeline epochs)."""
    if model is None or model.source.path is None:
        return None
    if model.source.kind in ("run", "training"):
        return Path(model.source.path)
    if model.source.kind == SNAPSHOT:
        return Path(model.source.path).parent.parent
    return None


class TimelineBar(Retranslating, QWidget):
    epochsListed = Signal()  # the slider shows the epochs of the current run

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.jobs = state, state.jobs("timeline")
        self.run_dir: Path | None = None
        self.epochs: list[int] = []
        self._note: Callable[[], str] = self._no_run  # what the note says, asked again after a language switch
        self.title = QLabel(self)
        self.play_btn = QPushButton(self)
        self.play_btn.setCheckable(True)
        self.play_btn.toggled.connect(self._play_toggled)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.valueChanged.connect(self._moved)
        self.label = QLabel(self)
        self.label.setMinimumWidth(60)
        self.note = QLabel(self)
        self.note.setWordWrap(True)  # a long note never makes the window wider than a 1024-pixel projector
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_EVERY_MS)
        self.timer.timeout.connect(self._tick)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in ((self.title, 0), (self.play_btn, 0), (self.slider, 2), (self.label, 0)):
            lay.addWidget(widget, stretch)
        lay.addWidget(self.note, 3)
        state.modelChanged.connect(self._on_model)
        state.epochEnded.connect(self._on_epoch)
        self.retranslate()
        self._show_epochs([])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Timeline:"))
        self.play_btn.setText(self.tr("Pause") if self.play_btn.isChecked() else self.tr("Play"))
        self.play_btn.setToolTip(self.tr("Step through the epochs one after another, as the network learnt."))
        self.slider.setToolTip(
            self.tr("The network after each epoch: the filters, maps, saliency, confusion matrix and map follow.")
        )
        self._show_label()
        self.note.setText(self._note())

    def _say(self, note: Callable[[], str]) -> None:
        self._note = note
        self.note.setText(note())

    def _no_run(self) -> str:
        return self.tr("Open a run or train one to scrub through its epochs.")

    def _no_timeline(self) -> str:
        return self.tr("This run has no timeline: it was trained before runs kept their epochs.")

    def _kept(self) -> str:
        return self.tr("(%n epochs kept)", "", len(self.epochs))

    # -- which run, which epochs ---------------------------------------------------------------------------------
    def _on_model(self, model: CurrentModel | None) -> None:
        folder = run_folder(model)
        if folder is None:
            self.run_dir = None
            self._show_epochs([])
            self._say(self._no_run)
            return
        if folder != self.run_dir or model.source.kind != SNAPSHOT:
            self.run_dir = folder
            self._list()
        else:
            self._place(model.card.epoch)

    def _on_epoch(self, _event) -> None:
        if self.run_dir is not None and self.run_dir == self.state.run_dir:
            self._list()

    def _list(self) -> None:
        folder = self.run_dir
        self.jobs.submit("timeline-epochs", lambda: timeline.epochs(folder), self._show_epochs)

    def _show_epochs(self, epochs: list[int]) -> None:
        self.epochs = list(epochs)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(len(self.epochs) - 1, 0))
        self.slider.blockSignals(False)
        has = bool(self.epochs)
        for widget in (self.play_btn, self.slider):
            widget.setEnabled(len(self.epochs) > 1)
        if self.run_dir is not None and not has:
            self.play_btn.setChecked(False)
            self._say(self._no_timeline)
        elif has:
            self._say(self._kept)
        model = self.state.model
        self._place(model.card.epoch if model is not None and model.source.kind == SNAPSHOT else None)
        self.epochsListed.emit()

    def _place(self, epoch: int | None) -> None:
        """Put the slider on ``epoch`` (None: the latest) without loading anything."""
        index = self.epochs.index(epoch) if epoch in self.epochs else len(self.epochs) - 1
        self.slider.blockSignals(True)
        self.slider.setValue(max(index, 0))
        self.slider.blockSignals(False)
        self._show_label()

    def _show_label(self) -> None:
        epoch = self.current_epoch()
        self.label.setText(self.tr("epoch {e}").format(e=epoch) if epoch is not None else "")

    def current_epoch(self) -> int | None:
        return self.epochs[self.slider.value()] if self.epochs else None

    # -- moving -------------------------------------------------------------------------------------------------
    def show_epoch(self, epoch: int) -> None:
        """Make ``epoch``'s weights the current model (what moving the slider there does)."""
        self.slider.setValue(self.epochs.index(epoch))

    def _moved(self, _index: int) -> None:
        self._show_label()
        epoch, folder = self.current_epoch(), self.run_dir
        if epoch is None or folder is None:
            return
        training = self.state.run_active and folder == self.state.run_dir
        if training and epoch == self.epochs[-1]:
            self.state.load_model(ModelSource("training"))  # the end of the slider follows the run again
        else:
            self.state.load_model(ModelSource(SNAPSHOT, timeline.snapshot_path(folder, epoch)))

    def _play_toggled(self, on: bool) -> None:
        self.play_btn.setText(self.tr("Pause") if on else self.tr("Play"))
        if on and self.slider.value() == self.slider.maximum():
            self.slider.setValue(0)
        self.timer.start() if on else self.timer.stop()

    def _tick(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.play_btn.setChecked(False)
            return
        self.slider.setValue(self.slider.value() + 1)
