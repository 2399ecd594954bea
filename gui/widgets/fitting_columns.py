"""A table narrower than its columns wraps long headers onto two lines, then hides the least needed columns,
instead of cutting every text: on a 1024x768 projector the Train tab's layer table keeps its names, shapes,
weights and receptive fields, and drops FLOPs (the totals line under it still gives them per image). The
columns come back, on one line, when there is room.

The table widens its pane so that the columns it keeps fit, but no further than its ``room`` allows (beside a
lesson, the Train tab has no more to give): past that it scrolls sideways inside itself, every cell whole."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView
from shiboken6 import isValid

HORIZONTAL = Qt.Orientation.Horizontal


class FittingColumns(QObject):
    def __init__(self, table: QTableView, droppable: tuple[int, ...]):
        """``droppable``: the columns that may be hidden, the first to go first."""
        super().__init__(table)
        self.table, self.droppable = table, droppable
        self.room: Callable[[], int | None] = lambda: None  # the widest the table may make its pane; None: any
        header = table.horizontalHeader()
        self._stretched = [c for c in range(header.count()) if header.sectionResizeMode(c) == QHeaderView.Stretch]
        self._fitting = False  # our own header changes come back through headerDataChanged
        self._wrapped = False  # the headers' last fit: new words (a language switch) get it while the table is hidden
        self._fitted_for: tuple | None = None  # the sizes of the last fit: showing the table again needs none
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.headerDataChanged):
            signal.connect(self._contents_changed)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self._contents_changed()
        elif event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def _contents_changed(self, *_) -> None:
        if not self._fitting:
            self._fitted_for = None
        self.fit()

    def _wrap_headers(self, wrap: bool) -> None:
        self._wrapped = wrap
        model = self.table.model()
        for col in range(model.columnCount()):
            text = str(model.headerData(col, HORIZONTAL, Qt.ItemDataRole.DisplayRole) or "")
            lines = text.replace("\n", " ").split(" ", 1) if wrap else [text.replace("\n", " ")]
            new = "\n".join(lines)
            if new != text:
                model.setHeaderData(col, HORIZONTAL, new, Qt.ItemDataRole.DisplayRole)

    def _widths(self, wrap: bool, cells: dict[int, int]) -> dict[int, int]:
        """Each column's width with its header on one line or wrapped onto two."""
        self._wrap_headers(wrap)
        header = self.table.horizontalHeader()
        return {c: max(header.sectionSizeHint(c), cells[c]) for c in cells}

    def fit(self, *_) -> None:
        table = self.table
        if self._fitting or not isValid(table):
            return
        self._fitting = True
        try:
            self._fit() if table.isVisible() else self._wrap_headers(self._wrapped)
        finally:
            self._fitting = False

    def _fit(self) -> None:
        table = self.table
        model, room, cap = table.model(), table.viewport().width(), self.room()
        if self._fitted_for == (room, table.width(), cap):
            return  # shown again as it was: a tab switch measures no cell
        self._fitted_for = (room, table.width(), cap)
        columns = range(model.columnCount())
        cells = {c: table.sizeHintForColumn(c) for c in columns}  # every row measured: once, the headers aside
        widths = self._widths(False, cells)
        if sum(widths.values()) > room:
            widths = self._widths(True, cells)
        kept = sum(w for c, w in widths.items() if c not in self.droppable)
        frame = table.width() - room + 8  # the frame and the vertical scroll bar, and rounding
        squeezed = cap is not None and kept + frame > cap
        table.setMinimumWidth(min(kept + frame, cap) if squeezed else kept + frame)  # the pane widens to fit
        mode = QHeaderView.ResizeToContents if squeezed else QHeaderView.Stretch  # squeezed: scroll, not cut
        for col in self._stretched:
            if table.horizontalHeader().sectionResizeMode(col) != mode:
                table.horizontalHeader().setSectionResizeMode(col, mode)
        hidden = set()
        for col in self.droppable:
            if sum(w for c, w in widths.items() if c not in hidden) + 8 <= room:  # 8: rounding, a late scroll bar
                break
            hidden.add(col)
        for col in self.droppable:
            if table.isColumnHidden(col) != (col in hidden):
                table.setColumnHidden(col, col in hidden)
