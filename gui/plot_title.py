"""A plot title that wraps onto more lines when its plot is narrower than its words (a small plot beside an open
lesson on a 1024x768 projector), in any language, instead of being cut at both ends. Its plot never gets wider
for it: pyqtgraph's title is otherwise as wide as its text, which pushed the axes and curves out of sight."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption

TITLE_ROW = 30  # px: pyqtgraph's height for a title's row; a title on more lines gets what they need


def wrap_title(plot: pg.PlotWidget | pg.PlotItem) -> None:
    item = plot.getPlotItem() if isinstance(plot, pg.PlotWidget) else plot
    title = item.titleLabel
    if title.__dict__.get("_wraps"):
        return
    update_min, resize_event = title.updateMin, title.resizeEvent
    title.item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))

    def wrap_to_width() -> None:
        """The text at its own width, or at the title's when wider: then it takes more lines, centred."""
        text, room = title.item, title.size().width()
        text.setTextWidth(-1)
        if 0 < room < text.boundingRect().width():
            text.setTextWidth(room)

    def update_min_any_width() -> None:
        update_min()  # pyqtgraph's: minimum and preferred size = the text's (its lines' height counts)
        title._sizeHint[Qt.SizeHint.MinimumSize] = (0, title._sizeHint[Qt.SizeHint.MinimumSize][1])
        title._sizeHint[Qt.SizeHint.PreferredSize] = (0, title._sizeHint[Qt.SizeHint.PreferredSize][1])
        title.setMinimumWidth(0)
        high = max(TITLE_ROW, title._sizeHint[Qt.SizeHint.MinimumSize][1])
        if title.maximumHeight() > 0 and high != item.layout.rowMaximumHeight(0):  # pyqtgraph's setTitle fixes
            title.setMaximumHeight(high)  # its row at 30 px (0: no title)
            item.layout.setRowFixedHeight(0, high)
            item.layout.activate()  # now: a plot's own layout is not laid out again until its next resize

    def resize_and_wrap(event) -> None:
        wrap_to_width()  # before pyqtgraph centres the text in the new size
        resize_event(event)

    title.updateMin, title.resizeEvent, title._wraps = update_min_any_width, resize_and_wrap, True
    update_min_any_width()
