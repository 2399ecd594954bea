"""A plot axis with only as many labelled ticks as its labels have room for: a small plot beside an open lesson
on a 1024x768 projector otherwise runs its labels together ("0.2.4.6.8", "0046")."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

GAP = 1.8  # a label's room: its own width (or height) and most of one more, so neighbours never touch
NICE = (1, 2, 5)


def nice_step(at_least: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten that is at least ``at_least``."""
    power = 10.0 ** math.floor(math.log10(at_least))
    for factor in (*NICE, 10):
        if factor * power >= at_least * (1 - 1e-9):
            return factor * power
    return 10 * power


class RoomyAxis(pg.AxisItem):
    quiet_label = False  # True: the axis keeps its label's words but does not draw them (a plot under it does)

    def showLabel(self, show: bool = True) -> None:  # noqa: N802 (pyqtgraph's name; setLabel calls it)
        super().showLabel(show and not self.quiet_label)

    def set_quiet_label(self, quiet: bool) -> None:
        self.quiet_label = quiet
        self.showLabel(bool(self.labelText))

    def label_room(self, low: float, high: float) -> float:
        """Pixels one tick label needs along the axis, with the gap to the next."""
        fm = QFontMetrics(self.style.get("tickFont") or self.font())
        if self.orientation in ("left", "right"):
            return GAP * fm.height()
        digits = max(len(f"{v:.3g}") for v in (low, high, (high - low) / 7 or 1))
        return GAP * fm.horizontalAdvance("0" * digits)

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802, N803 (pyqtgraph's names)
        levels = super().tickSpacing(minVal, maxVal, size)
        span = abs(maxVal - minVal)
        if self._tickSpacing is not None or not levels or span == 0 or size <= 0:
            return levels
        fits = max(1.0, size / self.label_room(minVal, maxVal))
        major = max(levels[0][0], nice_step(span / fits))
        return [(major, 0)]  # no labelled minor ticks: they are what ran together
