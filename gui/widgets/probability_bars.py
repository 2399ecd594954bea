"""One bar per class, the top class in orange: how sure a network is of each answer.

Short class names (digits) get upright bars labelled along the bottom; long ones (Fashion-MNIST) get
horizontal bars with the names down the left, where they do not overlap."""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget
from gui.core_texts import core_tr
from gui.widgets.plot_widgets import PlotWidget
from gui.widgets.retranslating import Words, say

TOP_BRUSH, OTHER_BRUSH = pg.mkBrush(230, 120, 20), pg.mkBrush(90, 140, 200)
SHORT_NAME = 3  # longer class names: horizontal bars


class ProbabilityBars(PlotWidget):
    """One bar per class, the top class in orange. Long class names: horizontal bars, names down the left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imageProbabilityPlot")
        self.setBackground(self.palette().base().color())
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        for name in ("left", "bottom"):
            self.getPlotItem().getAxis(name).setPen(pg.mkPen(self.palette().text().color()))
            self.getPlotItem().getAxis(name).setTextPen(pg.mkPen(self.palette().text().color()))
        self.bars, self.classes, self.horizontal = None, (), False
        self.names: tuple[str, ...] = ()  # as core names them
        self.value_name: Words | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setAccessibleName(self.tr("Probability of each class"))
        if self.bars is not None:  # the class names and axis labels in the new language, the bars as they are
            shown = self.bars.opts["width" if self.horizontal else "height"]
            brushes = self.bars.opts.get("brushes")
            self.bars, self.classes = None, ()
            self.set_classes(self.names, self.value_name)
            self.bars.setOpts(**{"width" if self.horizontal else "height": shown, "brushes": brushes})

    def set_classes(self, names: Sequence[str], value_name: Words | None = None) -> None:
        """One bar per class name (as core names them); value_name labels the value axis (default: probability)."""
        self.names, self.value_name = tuple(str(n) for n in names), value_name
        names = [core_tr(n) for n in self.names]  # Fashion-MNIST's 'Coat' in the user's language
        if self.bars is not None and tuple(names) == self.classes:
            return
        self.classes, n = tuple(names), len(names)
        self.horizontal = max((len(c) for c in names), default=0) > SHORT_NAME
        pi = self.getPlotItem()
        if self.bars is not None:
            pi.removeItem(self.bars)
        cls_axis, prob_axis = ("left", "bottom") if self.horizontal else ("bottom", "left")
        short = [c if len(c) <= 14 else c[:13] + "…" for c in names]
        pi.getAxis(cls_axis).setTicks([list(enumerate(short))])
        pi.getAxis(cls_axis).setStyle(textFillLimits=[(0, 1.0)])
        pi.getAxis(prob_axis).setTicks([[(v, f"{v:g}") for v in (0, 0.25, 0.5, 0.75, 1.0)]])
        pi.setLabel(cls_axis, self.tr("class"))  # both axes named: a label left over from the other orientation
        pi.setLabel(
            prob_axis, say(value_name) if value_name else self.tr("probability")
        )  # would say "probability" twice
        pi.showGrid(x=self.horizontal, y=not self.horizontal, alpha=0.25)
        pi.invertY(self.horizontal)
        xr, yr = ((0.0, 1.0), (-0.6, n - 0.4))[:: 1 if self.horizontal else -1]  # value range, class range
        pi.setXRange(*xr, padding=0.05 if self.horizontal else 0)
        pi.setYRange(*yr, padding=0 if self.horizontal else 0.05)
        zeros, pos = np.zeros(n), np.arange(n)
        self.bars = (
            pg.BarGraphItem(x0=zeros, y=pos, width=zeros, height=0.7, brush=OTHER_BRUSH, pen=None)
            if self.horizontal
            else pg.BarGraphItem(x=pos, height=zeros, width=0.7, brush=OTHER_BRUSH, pen=None)
        )
        pi.addItem(self.bars)

    def show_probabilities(self, probs: Sequence[float], top: int | None = None) -> None:
        brushes = [TOP_BRUSH if i == top else OTHER_BRUSH for i in range(len(probs))]
        self.bars.setOpts(**{"width" if self.horizontal else "height": np.asarray(probs, float), "brushes": brushes})

    def shown(self) -> np.ndarray:
        return np.asarray(self.bars.opts["width" if self.horizontal else "height"], dtype=float)  # on screen
