"""Evaluate's left side: the confusion matrix and the per-class accuracy bars under it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.core_texts import core_tr
from gui.evaluate.confusion_widget import ConfusionWidget
from gui.widgets.image_utils import caption
from gui.widgets.retranslating import Retranslating
from gui.widgets.plot_widgets import PlotWidget


class MatrixPanel(Retranslating, QWidget):
    """The confusion matrix (click a cell: ``confusion.cellClicked``) above the per-class accuracy chart."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.confusion = ConfusionWidget(self)
        self.class_plot = PlotWidget(background="w")
        self.class_plot.setMouseEnabled(False, False)
        self.class_plot.hideButtons()
        self.class_plot.getPlotItem().setMenuEnabled(False)
        self.class_plot.setMinimumHeight(150)
        self.class_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush="#4a78b5")
        self.class_plot.addItem(self.class_bars)
        lv = QVBoxLayout(self)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(
            caption(
                lambda: self.tr(
                    "Confusion matrix: each row is the true class, each column the network's answer. Green "
                    "cells on the "
                    "diagonal are right answers, red cells are mistakes (darker = a larger share of that row). "
                    "Each cell shows the number of test images and their percentage of the row. Click a cell "
                    "to see its images."
                )
            )
        )
        lv.addWidget(self.confusion, 3)
        lv.addWidget(
            caption(lambda: self.tr("Per-class accuracy: the share of each class's test images recognised correctly."))
        )
        lv.addWidget(self.class_plot, 1)
        self.class_names: list[str] = []  # as core names them
        self.retranslate()

    def retranslate(self) -> None:
        self.class_plot.setLabel("left", self.tr("accuracy %"))
        names = [core_tr(n) for n in self.class_names]  # Fashion-MNIST's 'Coat' in the user's language
        self.class_plot.getAxis("bottom").setTicks(
            [[(i, n if len(n) <= 8 else n[:7] + "…") for i, n in enumerate(names)]]
        )

    def clear(self) -> None:
        self.confusion.clear()
        self.class_bars.setOpts(x=[], height=[])

    def show_matrix(self, cm: np.ndarray, acc: np.ndarray, class_names: list[str]) -> None:
        """The matrix and the per-class accuracies ``acc`` (classes well below the mean in red); ``class_names``
        as core names them."""
        self.class_names, k = [str(c) for c in class_names], len(class_names)
        self.confusion.set_matrix(cm, class_names)
        self.class_bars.setOpts(
            x=np.arange(k),
            height=np.nan_to_num(acc) * 100,
            width=0.7,
            brushes=[pg.mkBrush("#c62828" if a < np.nanmean(acc) - 0.05 else "#4a78b5") for a in acc],
        )
        self.retranslate()
        low = max(0.0, float(np.nanmin(acc)) * 100 - 5) if k else 0
        self.class_plot.setYRange(low, 100)
        self.class_plot.setXRange(-0.6, k - 0.4, padding=0)
