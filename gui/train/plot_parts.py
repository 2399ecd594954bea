"""The pieces of the Train tab's live plots: colours, the columns of their buffers, one styled plot, a caption."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QLabel, QWidget

from gui.theme import mark_caption
from gui.widgets.plot_widgets import PlotWidget

COLORS = {
    "batch": (31, 119, 180, 70),
    "smooth": "#1f77b4",
    "train": "#1f77b4",
    "val": "#ff7f0e",
    "test": "#2ca02c",
    "lr": "#9467bd",
}
B_X, B_LOSS, B_SMOOTH, B_LR = range(4)  # batch buffer columns
E_X, E_TLOSS, E_TACC, E_VLOSS, E_VACC, E_TELOSS, E_TEACC = range(7)  # epoch buffer columns


def make_plot(parent: QWidget, name: str) -> pg.PlotWidget:
    """A styled plot; its owner writes its title and axis labels (gui.plot_texts) in retranslate()."""
    plot = PlotWidget(parent, background="w")
    plot.setObjectName(name)
    plot.setTitle("", color="#333", size="10pt")
    plot.setLabel("bottom", "", color="#444")
    plot.setLabel("left", "", color="#444")
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("#444")
        plot.getAxis(axis).setPen("#888")
        plot.getAxis(axis).enableAutoSIPrefix(False)  # "0.001", not "1 (x0.001)": learners read raw numbers
        # an axis replays its text on every repaint (~3 ms each); cached, it is redrawn only when its ticks change
        plot.getAxis(axis).setCacheMode(QGraphicsItem.DeviceCoordinateCache)
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)  # the context menu's dozens of options confuse more than they help here
    plot.setMinimumHeight(120)
    return plot


def caption_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return mark_caption(label, on_projector=False)
