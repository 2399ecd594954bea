"""An axis label ("% correct", "validation accuracy (%)") is drawn only where its words fit along its axis: a short
axis on a small plot (beside an open lesson on a 1024x768 projector) leaves them to the plot's title, which says the
same, instead of cutting them at both ends. Every plot made from ``gui.widgets.plot_widgets`` follows it."""

from __future__ import annotations

import pyqtgraph as pg

SIDES = ("left", "bottom", "right", "top")


def fit_axis_labels(item: pg.PlotItem) -> None:
    for side in SIDES:
        _fit(item.getAxis(side))


def label_fits(axis: pg.AxisItem) -> bool:
    """The label's words are no longer than the axis (one not laid out yet may still get the room)."""
    length = axis.size().height() if axis.orientation in ("left", "right") else axis.size().width()
    doc = axis.label.document()
    return length <= 0 or doc.idealWidth() - 2 * doc.documentMargin() <= length


def _fit(axis: pg.AxisItem) -> None:
    if axis.__dict__.get("_fits_label"):
        return
    show_label, resize_event = axis.showLabel, axis.resizeEvent
    wanted = [axis.label.isVisibleTo(axis)]  # what the plot asked for (pyqtgraph's setLabel calls showLabel)

    def drawn() -> bool:
        return wanted[0] and label_fits(axis)

    def show_label_where_it_fits(show: bool = True) -> None:
        wanted[0] = show
        show_label(drawn())

    def resize_and_fit(event=None) -> None:
        if axis.label is not None and axis.label.isVisibleTo(axis) != drawn():
            show_label(drawn())  # the axis gets narrower (or lower), never shorter: no loop
        resize_event(event)

    axis.showLabel, axis.resizeEvent, axis._fits_label = show_label_where_it_fits, resize_and_fit, True
