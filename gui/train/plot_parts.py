"""The pieces of the Train tab's live plots: colours, the columns of their buffers, one styled plot, a caption."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget
from shiboken6 import isValid

from gui.theme import mark_caption
from gui.widgets.roomy_axis import RoomyAxis
from gui.widgets.plot_widgets import PlotWidget

COLORS = {
    "batch": (31, 119, 180, 70),
    "smooth": "#1f77b4",
    "train": "#1f77b4",
    "val": "#ff7f0e",
    "test": "#2ca02c",
    "lr": "#9467bd",
}
LEGEND_MARGIN = 12  # px: a legend's offset from the view's edge (10), and a little air
LEGEND_BRUSH = (255, 255, 255, 200)  # a legend over the curves stays readable where a curve runs under it
PLOT_H, SMALL_STACKED_H = 130, 140  # px: the least height of a plot, and of a small one stacked under another: a
#                                    title, the axis numbers and a view of about 70 px in projector mode, so the axes
#                                    keep their numbers (lower, the curves go under the fold and scroll beside Start)
STACK_BELOW = 420  # px: narrower curves put the accuracy and learning-rate plots one under the other
B_X, B_LOSS, B_SMOOTH, B_LR = range(4)  # batch buffer columns
E_X, E_TLOSS, E_TACC, E_VLOSS, E_VACC, E_TELOSS, E_TEACC = range(7)  # epoch buffer columns


def make_plot(parent: QWidget, name: str) -> pg.PlotWidget:
    """A styled plot; its owner writes its title and axis labels (gui.plot_texts) in retranslate()."""
    axes = {side: RoomyAxis(side) for side in ("left", "bottom")}  # fewer ticks on a small plot
    plot = PlotWidget(parent, background="w", axisItems=axes)
    plot.setObjectName(name)
    plot.setTitle("", color="#333", size="10pt")
    plot.setLabel("bottom", "", color="#444")
    plot.setLabel("left", "", color="#444")
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("#444")
        plot.getAxis(axis).setPen("#888")
        plot.getAxis(axis).enableAutoSIPrefix(False)  # "0.001", not "1 (x0.001)": learners read raw numbers
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)  # the context menu's dozens of options confuse more than they help here
    plot.setMinimumHeight(PLOT_H)
    hide_legend_when_wider(plot.getPlotItem())
    return plot


def hide_legend_when_wider(item: pg.PlotItem) -> None:
    """A legend larger than its plot's view would be cut at the view's edge (small curves beside an open lesson on a
    1024x768 projector): it takes two or three columns when that fits, else it is hidden until there is room again."""
    hooked: list = []
    busy: list = []  # a column change resizes the legend, which calls this again

    def fits(legend, room) -> bool:
        need = legend.boundingRect()
        return need.width() + LEGEND_MARGIN <= room.width() and need.height() + LEGEND_MARGIN <= room.height()

    def fit(*_) -> None:
        legend = item.legend
        if legend is None or busy or not (isValid(item.vb) and isValid(legend)):  # a window being deleted
            return
        if legend not in hooked:  # its entries (a compared run's name, a language) change its size too
            hooked.append(legend)
            legend.geometryChanged.connect(fit)
        busy.append(True)
        try:
            room = item.vb.boundingRect()
            for columns in (1, 2, 3):
                if legend.columnCount != columns:
                    legend.setColumnCount(columns)
                if fits(legend, room):
                    break
            legend.setVisible(fits(legend, room))
        finally:
            busy.clear()

    item.vb.sigResized.connect(fit)


def caption_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return mark_caption(label, on_projector=False)


def place_plots(
    grid: QGridLayout, top: tuple[QWidget, QLabel], small: list[tuple[QWidget, QLabel]], stacked: bool
) -> None:
    """The top plot across the grid, the small ones side by side under it, or one under the other when the
    curves are narrow (beside an open lesson on a 1024x768 projector): their titles and ticks keep the width.
    Each plot has its caption under it."""
    for plot, caption in (top, *small):
        grid.removeWidget(plot)
        grid.removeWidget(caption)
    grid.addWidget(top[0], 0, 0, 1, 2)
    grid.addWidget(top[1], 1, 0, 1, 2)
    for i, (plot, caption) in enumerate(small):
        row, column, span = (2 + 2 * i, 0, 2) if stacked else (2, i, 1)
        grid.addWidget(plot, row, column, 1, span)
        grid.addWidget(caption, row + 1, column, 1, span)
        plot.setMinimumHeight(SMALL_STACKED_H if stacked else PLOT_H)
    for plot, _ in (top, *small[:-1]):  # stacked, only the lowest plot says "epoch" under its axis
        plot.getAxis("bottom").set_quiet_label(stacked)
    for row, stretch in enumerate((3, 0, 2, 0, 2 if stacked else 0, 0)):
        grid.setRowStretch(row, stretch)
    grid.setColumnStretch(0, 3)
    grid.setColumnStretch(1, 2)
