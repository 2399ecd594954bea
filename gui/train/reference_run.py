"""The run to compare with, drawn faint under the live curves of the Train tab, in every plot, named in the legend.

Which run: one pinned from the Runs tab (``AppState.pin_reference``), else the previous run: the one the tab
showed before this run started, or (right after the app opened) the newest other folder in the runs folder.
Never the run on show itself. Its curves are read from its folder on a job. A check box turns it off; a lesson
that is about comparing turns it on (``TrainSettings.compare``). Where a plot is too small for its legend (beside a
lesson on a 1024x768 projector) a caption over the plots names the grey dashed curve instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from core import batch_log
from core.events import RunStarted
from core.run_name import SEPARATOR, RunName
from core.run_naming import previous_run
from core.run_summary import read_label
from core.runs import RunInfo, read_run
from gui.run_names import say_run_name
from gui.state import AppState
from gui.theme import mark_caption
from gui.train.live_plots import LivePlots
from gui.train.plot_parts import LEGEND_BRUSH
from core.messages import Message

FAINT = QColor(110, 110, 110, 140)  # grey, half transparent: under the live colours, never mistaken for them
BEHIND = -10  # z value: drawn before (under) the live curves


@dataclass(frozen=True)
class ReferenceCurves:
    path: Path
    name: str  # the run's name as stored (core.run_naming)
    typed: RunName | None  # its parts, said in the language installed now when shown
    loss: tuple[np.ndarray, np.ndarray]  # smoothed loss per batch, or the training loss per epoch
    accuracy: tuple[np.ndarray, np.ndarray]  # test accuracy per epoch, in %
    lr: tuple[np.ndarray, np.ndarray]


def read_reference(path: Path) -> ReferenceCurves:
    """Background job: the curves of the run folder ``path`` (raises CheckpointError for one that is not)."""
    info = read_run(path)
    batches = batch_log.read(path, max_epoch=len(info.history))
    epochs = np.array([m.epoch for m in info.history], dtype=float)
    if len(batches):
        x, loss, lr = batches.epoch_position, _smoothed(batches.loss, int(batches.batch.max())), batches.lr
    else:
        x, loss = epochs, np.array([m.train_loss for m in info.history], dtype=float)
        lr = np.array([m.lr or np.nan for m in info.history], dtype=float)
    accuracy = np.array([np.nan if m.test_acc is None else 100 * m.test_acc for m in info.history], dtype=float)
    label = read_label(path)
    return ReferenceCurves(path, label.name or path.name, label.typed, (x, loss), (epochs, accuracy), (x, lr))


def _smoothed(loss: np.ndarray, batches_per_epoch: int) -> np.ndarray:
    """The same smoothing as the live curve (about a tenth of an epoch), skipping non-finite losses."""
    alpha, out, smooth = 2 / (min(max(batches_per_epoch / 10, 5), 50) + 1), np.empty_like(loss), None
    for i, value in enumerate(loss.tolist()):
        if np.isfinite(value):
            smooth = value if smooth is None else (1 - alpha) * smooth + alpha * value
        out[i] = smooth if smooth is not None else value
    return out


class ReferenceRun(QObject):
    def __init__(self, state: AppState, plots: LivePlots, parent: QWidget):
        super().__init__(parent)
        self.state, self.plots, self.jobs = state, plots, state.jobs("reference-run")
        self.shown: Path | None = None  # the run the Train tab shows now
        self.pinned: Path | None = None
        self.curves: ReferenceCurves | None = None
        self.check = QCheckBox(parent, objectName="referenceCheck", checked=True)
        self.check.toggled.connect(self._redraw)
        self.caption = mark_caption(QLabel(parent, objectName="referenceCaption", wordWrap=True, visible=False))
        self.legends = {"loss": plots.loss_plot.plotItem.legend}
        for key, plot in (("accuracy", plots.acc_plot), ("lr", plots.lr_plot)):  # bottom right: one entry
            self.legends[key] = plot.plotItem.legend or plot.addLegend(
                offset=(-10, -10), labelTextColor="#333", brush=LEGEND_BRUSH
            )
        for legend in self.legends.values():  # hidden on a plot too small for it (plot_parts): the caption names it
            legend.visibleChanged.connect(self._caption_when_a_legend_is_hidden)
        pen = pg.mkPen(FAINT, width=2, style=Qt.PenStyle.DashLine)
        self.items = {
            "loss": plots.loss_plot.plot(pen=pen),
            "accuracy": plots.acc_plot.plot(pen=pen, symbol="o", symbolSize=5, symbolBrush=FAINT, symbolPen=None),
            "lr": plots.lr_plot.plot(pen=pen),
        }
        for item in self.items.values():
            item.setZValue(BEHIND)  # under the live curves
        state.runStarted.connect(self._on_started)
        state.runOpened.connect(self._on_opened)
        state.referencePinned.connect(self.pin)
        self.retranslate()

    # -- which run ------------------------------------------------------------------------------------------
    def _on_started(self, event: RunStarted) -> None:
        before, self.shown = self.shown, Path(event.run_dir)
        if self.pinned is not None:
            return self._read(self.pinned)
        if before is not None and before != self.shown:
            return self._read(before)
        if self.curves is not None and self.curves.path != self.shown:
            return  # a resumed run goes on under the same previous run
        shown = self.shown
        self.jobs.submit("previous", lambda: previous_run(shown), self._read_or_clear, self._failed)

    def _on_opened(self, info: RunInfo) -> None:
        self.shown = info.path
        self._read(self.pinned) if self.pinned is not None else self._show(None)

    def pin(self, path: Path | None) -> None:
        """Compare every run with ``path`` from now on (None: with the previous run again)."""
        self.pinned = Path(path) if path is not None else None
        if self.pinned is not None:
            self.check.setChecked(True)
            self._read(self.pinned)

    def _read_or_clear(self, path: Path | None) -> None:
        self._read(path) if path is not None else self._show(None)

    def _read(self, path: Path) -> None:
        if path == self.shown:
            return self._show(None)  # never the run on show under itself
        self.jobs.submit("read", lambda: read_reference(path), self._show, self._failed)

    def _failed(self, _message: Message) -> None:
        self._show(None)  # a folder deleted or damaged since: nothing to compare with, nothing to say

    # -- drawing --------------------------------------------------------------------------------------------
    def _show(self, curves: ReferenceCurves | None) -> None:
        if curves is not None and curves.path == self.shown:
            curves = None
        self.curves = curves
        self._redraw()

    def _redraw(self, *_) -> None:
        curves = self.curves if self.check.isChecked() else None
        for key, item in self.items.items():
            self.legends[key].removeItem(item)
            if curves is None:
                item.setData([], [])
                continue
            x, y = getattr(curves, key)
            item.setData(x, y, connect="finite")
            name = say_run_name(curves.name, curves.typed)  # small plots: the network, then its settings below
            self.legends[key].addItem(item, name if key == "loss" else name.replace(SEPARATOR, "<br>", 1))
        self._caption_when_a_legend_is_hidden()

    def _caption_when_a_legend_is_hidden(self) -> None:
        name = self.name()
        self.caption.setText(self.tr("Grey dashed line: {name}").format(name=name) if name else "")
        self.caption.setVisible(bool(name) and not all(legend.isVisible() for legend in self.legends.values()))

    def retranslate(self) -> None:
        """The check box, and the compared run's name in the legends (the Train tab calls it: a QObject gets no
        LanguageChange)."""
        self.check.setText(self.tr("Previous run"))
        self.check.setToolTip(self.tr("Draw the previous run (or the run pinned on the Runs tab) faint under this one"))
        QTimer.singleShot(0, self.check, self._redraw)  # the legends: after the event (see LivePlots), dropped if gone

    def name(self) -> str:
        """The compared run's name as the legends show it ("" when none is drawn)."""
        curves = self.curves if self.check.isChecked() else None
        return say_run_name(curves.name, curves.typed) if curves is not None else ""
