"""Which texts pyqtgraph paints on a plot do not fit their room: a plot's title, its axis labels and its legend
entries, each measured with the font pyqtgraph lays it out in (the text's own document) against the room the
scene gives its item, and against the part of the scene the view shows. Used by ``text_room.cut_texts``."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsTextItem

SLACK = 2  # as text_room.SLACK: rounding a text may overflow by without a letter being lost


def _plain(item: QGraphicsTextItem) -> str:
    return " ".join(item.toPlainText().split())


def _need(item: QGraphicsTextItem) -> tuple[float, float]:
    """The width of the text's widest line and its height, in the fonts its HTML asks for."""
    doc = item.document()
    margins = 2 * doc.documentMargin()
    return doc.idealWidth() - margins, doc.size().height() - margins


def _title(plot: pg.PlotItem) -> list[str]:
    label = plot.titleLabel
    if not label.isVisible() or not label.text or label.height() <= 1:
        return []
    (width, height), out = _need(label.item), []
    if width > label.width() + SLACK:
        out.append(f"title {_plain(label.item)!r} needs {width:.0f} px, has {label.width():.0f}")
    if height > label.height() + SLACK:
        out.append(f"title {_plain(label.item)!r} needs {height:.0f} px high, has {label.height():.0f}")
    return out


def _axis_labels(plot: pg.PlotItem) -> list[str]:
    out = []
    for side in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(side)
        if not axis.isVisible() or not axis.label.isVisible() or not _plain(axis.label):
            continue
        room = axis.height() if side in ("left", "right") else axis.width()  # the label runs along its axis
        width, _ = _need(axis.label)
        if width > room + SLACK:
            out.append(f"{side} axis label {_plain(axis.label)!r} needs {width:.0f} px, the axis is {room:.0f}")
    return out


def _legend(plot: pg.PlotItem, shown) -> list[str]:
    legend = plot.legend
    if legend is None or not legend.isVisible() or not legend.items:
        return []
    out = []
    for _sample, label in legend.items:
        width, _ = _need(label.item)
        if label.isVisible() and width > label.width() + SLACK:
            out.append(f"legend entry {_plain(label.item)!r} needs {width:.0f} px, has {label.width():.0f}")
    box, room = legend.sceneBoundingRect(), plot.vb.sceneBoundingRect().intersected(shown)
    if not room.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box):
        out.append(f"legend {box.width():.0f}x{box.height():.0f} px reaches beyond its plot's {room.width():.0f}x"
                   f"{room.height():.0f}")  # fmt: skip
    return out


def cut_plot_texts(view: pg.GraphicsView) -> list[str]:
    """Every title, axis label or legend on the plots ``view`` shows that is cut, as "what: how" lines."""
    scene, out = view.scene(), []
    if scene is None:
        return out
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for plot in scene.items():
        if isinstance(plot, pg.PlotItem) and plot.isVisible():
            out += _title(plot) + _axis_labels(plot) + _legend(plot, shown)
    return out
