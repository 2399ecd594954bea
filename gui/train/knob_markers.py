"""A dashed vertical line on the loss and accuracy plots where a live knob changed, labelled with the change."""

from __future__ import annotations

import pyqtgraph as pg

from core.knobs import KnobChange

PEN = pg.mkPen("#8e24aa", width=1, style=pg.QtCore.Qt.DashLine)


class KnobMarkers:
    def __init__(self, *plots: pg.PlotItem):
        self.plots = plots
        self.lines: list[tuple[pg.PlotItem, pg.InfiniteLine]] = []
        self.positions: list[float] = []  # in epochs, as the curves' x axis

    def clear(self) -> None:
        for plot, line in self.lines:
            plot.removeItem(line)
        self.lines, self.positions = [], []

    def add(self, change: KnobChange, batches_per_epoch: int, text: str) -> None:
        """The change acts from batch ``step + 1``: its line stands where that batch begins."""
        x = change.step / max(batches_per_epoch, 1)
        self.positions.append(x)
        for plot in self.plots:
            line = pg.InfiniteLine(x, angle=90, pen=PEN, label=text, labelOpts={"position": 0.9, "color": "#8e24aa"})
            plot.addItem(line)
            self.lines.append((plot, line))
