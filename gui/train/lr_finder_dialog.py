"""The learning-rate finder's window: the range test on a background job, the smoothed loss against the rate on
a log axis, the suggestion marked, and "Use this rate"."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from core import data
from core.config import TrainConfig
from core.lr_find import LrFinding, find_lr
from gui.jobs import Jobs
from gui.widgets.live_text import LiveText
from gui.plot_texts import set_axis_label
from gui.widgets.retranslating import Retranslating
from gui.widgets.plot_widgets import PlotWidget
from core.messages import Message
from gui.messages import say


class LrFinderDialog(Retranslating, QDialog):
    rateChosen = Signal(float)

    def __init__(self, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent, objectName="lrFinderDialog")
        self.jobs, self.finding, self._cancel = jobs, None, threading.Event()
        self.status = QLabel(self, wordWrap=True, objectName="lrFinderStatus")
        self.status_text = LiveText(self.status.setText)  # written again from the finding after a switch
        self.plot = PlotWidget(self, background="w")
        self.plot.setLogMode(x=True, y=False)
        self.plot.getAxis("bottom").enableAutoSIPrefix(False)  # ticks read 0.001 ... 1, not 1 ... 1000 (x0.001)
        self.plot.setLabel("bottom", "")
        self.plot.setLabel("left", "")
        self.curve = self.plot.plot(pen=pg.mkPen("#1565c0", width=2))
        self.marker = pg.InfiniteLine(angle=90, pen=pg.mkPen("#c62828", width=2))
        self.marker.setVisible(False)
        self.plot.addItem(self.marker)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.use = QPushButton(self, objectName="useRate", enabled=False)
        buttons.addButton(self.use, QDialogButtonBox.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.use.clicked.connect(self._use)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)
        layout.addWidget(buttons)
        self.resize(640, 440)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find a learning rate"))
        set_axis_label(self.plot, "bottom", self.tr("learning rate (log scale)"))
        set_axis_label(self.plot, "left", self.tr("smoothed loss"))
        self.use.setText(self.tr("Use this rate"))
        self.status_text.retranslate()

    def start(self, cfg: TrainConfig, data_root: Path | None) -> None:
        """Run the range test for ``cfg`` (a fresh network; no run folder)."""
        self._cancel.set()
        self._cancel = cancel = threading.Event()
        self.finding = None
        self.use.setEnabled(False)
        self.marker.setVisible(False)
        self.curve.setData([], [])
        self.status_text.show(
            lambda: self.tr("Training a fresh network for up to 300 batches, the rate rising from 0.000001 to 10 …")
        )

        def run() -> LrFinding:
            folder = Path(cfg.folder) if cfg.folder else None
            loaded = data.load(cfg.dataset, data_root, folder=folder, image_size=cfg.image_size, seed=cfg.seed)
            return find_lr(cfg, loaded, cancel=cancel)

        self.jobs.submit("lr-find", run, self._found, self._failed)

    def _found(self, finding: LrFinding) -> None:
        self.finding = finding
        self.curve.setData(np.asarray(finding.lrs), np.asarray(finding.losses))
        self.marker.setValue(np.log10(finding.suggested_lr))  # the axis is log10 in log mode
        self.marker.setVisible(True)
        self.use.setEnabled(True)
        self.status_text.show(
            lambda: self.tr(
                "Suggested learning rate: {lr:.2g}, where the smoothed loss falls fastest (steepest descent). "
                "The Tune tab's 8 short runs compare whole epochs; this takes one short run."
            ).format(lr=finding.suggested_lr)
        )

    def _failed(self, message: Message) -> None:
        self.status_text.show(lambda: self.tr("No rate to suggest: {why}").format(why=say(message)))

    def _use(self) -> None:
        if self.finding is not None:
            self.rateChosen.emit(float(f"{self.finding.suggested_lr:.2g}"))  # two digits, as the status says it
        self.accept()

    def done(self, result: int) -> None:
        self._cancel.set()  # a closed window stops the test at its next batch
        super().done(result)
