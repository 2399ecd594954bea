"""A dashed vertical line on the loss and accuracy plots where a live knob changed, labelled with the change: on
the Train curves (a run under way or opened) and on the Runs tab's compare plots (in each run's colour)."""

from __future__ import annotations

import pyqtgraph as pg

from core.knobs import KnobChange

MARKER_COLOR = "#8e24aa"


def marker_text(change: KnobChange) -> str:
    """'lr 0.01', 'augment none': the setting's name as the run folder and the code write it."""
    value = change.knob.value
    return f"{change.knob.field} {value:g}" if isinstance(value, float) else f"{change.knob.field} {value}"


class KnobMarkers:
    def __init__(self, *plots: pg.PlotItem, color: str = MARKER_COLOR):
        self.plots, self.color = plots, color
        self.pen = pg.mkPen(color, width=1, style=pg.QtCore.Qt.DashLine)
        self.lines: list[tuple[pg.PlotItem, pg.InfiniteLine]] = []
        self.positions: list[float] = []  # in epochs, as the curves' x axis

    def clear(self) -> None:
        for plot, line in self.lines:
            plot.removeItem(line)
        self.lines, self.positions = [], []

    def add(self, change: KnobChange, batches_per_epoch: int, text: str | None = None) -> None:
        """The change acts from batch ``step + 1``: its line stands where that batch begins."""
        x = change.step / max(batches_per_epoch, 1)
        self.positions.append(x)
        label = marker_text(change) if text is None else text
        for plot in self.plots:
            options = {"position": 0.9, "color": self.color}
            line = pg.InfiniteLine(x, angle=90, pen=self.pen, label=label, labelOpts=options)
            plot.addItem(line)
            self.lines.append((plot, line))
