"""How wide the settings' layer table may make the settings column: what the Train tab's page has left once the
live view has its least width. Beside a lesson on a 1024x768 projector an Inception or AlexNet table needs more
than that: it then scrolls sideways inside itself rather than pushing the page past the screen's edge."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QStyle, QWidget

from gui.widgets.own_handlers import run_after
from gui.widgets.summary_table import SummaryTable


class LayerTableRoom(QObject):
    def __init__(self, page: QWidget, split: QSplitter, summary: SummaryTable):
        """``page``: the Train tab; ``split``: its settings column, then its live view; ``summary``: the layer
        table inside the settings column."""
        super().__init__(page)
        self.page, self.split, self.table, self.fitting = page, split, summary.table, summary.fitting
        self.fitting.room = self.room
        # a lesson opened or closed beside the tab, the window resized (the page's own handler: see own_handlers)
        run_after(page, "resizeEvent", lambda _event: self.fitting.fit())

    def _page_width(self) -> int:
        parent = self.split.parentWidget()
        while parent is not None and parent is not self.page:
            if isinstance(parent, QScrollArea):  # the page scrolls up and down: its view is the room
                return parent.viewport().width()
            parent = parent.parentWidget()
        return self.page.width()

    def _around(self) -> int:
        """The margins, frames and scroll bar between the table and the settings column's edges (its widths may
        not be laid out yet when the table is filled)."""
        total, parent = 0, self.table.parentWidget()
        while parent is not None and parent is not self.split:
            if isinstance(parent, QFrame):
                total += 2 * parent.frameWidth()
            if isinstance(parent, QScrollArea):
                total += parent.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, parent)
            elif parent.layout() is not None:
                margins = parent.layout().contentsMargins()
                total += margins.left() + margins.right()
            parent = parent.parentWidget()
        return total

    def room(self) -> int:
        live = self.split.widget(1)
        return self._page_width() - live.minimumSizeHint().width() - self.split.handleWidth() - self._around()
