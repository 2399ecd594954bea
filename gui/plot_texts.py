"""The words on a pyqtgraph plot (title, axis labels, legend entries) set anew after a language switch, in the
look of the moment: projector mode's text size and colours stay, and the title it restyles is the new one."""

from __future__ import annotations

import pyqtgraph as pg

from gui.theme import current_look, style_title


def set_title(plot: pg.PlotWidget | pg.PlotItem, text: str) -> None:
    item = plot.getPlotItem() if isinstance(plot, pg.PlotWidget) else plot
    title = item.titleLabel
    title.__dict__["_normal_text"] = text  # what gui.theme.style_plots restyles from (its HTML names colours)
    look = current_look()
    if look.projector:
        style_title(title, look)
    else:
        title.setText(text)  # keeps its colour and size


def set_axis_label(plot: pg.PlotWidget | pg.PlotItem, side: str, text: str) -> None:
    axis = plot.getAxis(side)
    axis.setLabel(text, units=axis.labelUnits, unitPrefix=axis.labelUnitPrefix, **axis.labelStyle)


def rename_legend_entry(legend: pg.LegendItem | None, curve, text: str) -> None:
    for sample, label in legend.items if legend is not None else ():
        if sample.item is curve:
            label.setText(text)  # keeps its colour and size
