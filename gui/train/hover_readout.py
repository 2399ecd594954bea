"""The live plots' read-out: a dashed line across the three plots under the mouse, and the values there."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gui.train.plot_parts import B_LOSS, B_LR, B_SMOOTH, B_X, E_TACC, E_TEACC, E_VACC, E_X
from gui.widgets.live_text import LiveText
from gui.widgets.growing_buffer import GrowingBuffer
from gui.widgets.retranslating import Retranslating


class HoverReadout(Retranslating, QLabel):
    """Follows the mouse over ``plots`` and reads the batch and epoch buffers at its epoch."""

    def __init__(self, plots: list[pg.PlotWidget], batch_buf: GrowingBuffer, epoch_buf: GrowingBuffer, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("hoverLabel")
        self.shown = LiveText(self.setText)  # the values at the mouse, written again after a language switch
        self.setStyleSheet("color: #333;")
        self.setWordWrap(True)  # the values take more lines, never a wider Train tab (beside a lesson)
        self.batch_buf, self.epoch_buf = batch_buf, epoch_buf
        self._cursor = {p: pg.InfiniteLine(angle=90, pen=pg.mkPen("#999", style=Qt.DashLine)) for p in plots}
        for plot, line in self._cursor.items():
            plot.addItem(line, ignoreBounds=True)
            line.setVisible(False)
            plot.scene().sigMouseMoved.connect(lambda pos, p=plot: self._on_hover(p, pos))  # GUI-thread signal
        self.shown.show(self._hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Values under the mouse"))
        self.shown.retranslate()

    def _hint(self) -> str:
        return self.tr("Point at a curve to read its values.")

    def _on_hover(self, plot: pg.PlotWidget, scene_pos) -> None:
        if not plot.sceneBoundingRect().contains(scene_pos):
            return
        x = plot.getPlotItem().vb.mapSceneToView(scene_pos).x()
        for line in self._cursor.values():
            line.setPos(x)
            line.setVisible(True)
        self.shown.show(lambda: self._values_at(x))

    def _values_at(self, x: float) -> str:
        parts = [self.tr("epoch {x:.2f}").format(x=x)]
        b, e = self.batch_buf, self.epoch_buf
        if len(b):
            i = min(int(np.searchsorted(b.column(B_X), x)), len(b) - 1)
            parts.append(
                self.tr("batch loss {l:.4f}, smoothed {s:.4f}, lr {lr:.3g}").format(
                    l=b.column(B_LOSS)[i], s=b.column(B_SMOOTH)[i], lr=b.column(B_LR)[i]
                )
            )
        if len(e):
            i = int(np.clip(np.rint(x) - e.column(E_X)[0], 0, len(e) - 1))
            fmt = lambda v: "–" if math.isnan(v) else f"{v:.1f} %"
            parts.append(
                self.tr("after epoch {n:.0f}: accuracy train {t}, val {v}, test {te}").format(
                    n=e.column(E_X)[i],
                    t=fmt(e.column(E_TACC)[i]),
                    v=fmt(e.column(E_VACC)[i]),
                    te=fmt(e.column(E_TEACC)[i]),
                )
            )
        return " · ".join(parts)
