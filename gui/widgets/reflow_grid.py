"""Cells in as many equal columns as the width allows, the rest in more rows: the Train tab's stat tiles, live knobs
and run buttons beside an open lesson on a 1024x768 projector, where one row of them runs past the right edge.

It is as narrow as its fewest columns allow (what a splitter or scroll area asks it for), and picks the most
columns that fit whenever it is resized, in a new look or language too.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtWidgets import QGridLayout, QWidget


class ReflowGrid(QWidget):
    def __init__(
        self, cells: Sequence[QWidget], columns: Sequence[int], spacing: int = 6, parent: QWidget | None = None, **kw
    ):
        """``columns``: the column counts it may use, e.g. (6, 3, 2): rows stay full when they divide the cells."""
        super().__init__(parent, **kw)
        self.cells, self.choices = list(cells), sorted(set(columns), reverse=True)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self.columns = 0
        self.set_columns(self.choices[0])

    def set_columns(self, columns: int) -> None:
        if columns == self.columns:
            return
        for cell in self.cells:
            self.grid.removeWidget(cell)
        for column in range(max(self.columns, columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)  # equal columns, none left over
        self.columns = columns
        for i, cell in enumerate(self.cells):
            self.grid.addWidget(cell, i // columns, i % columns)
        # placed again while a layout pass may be running (a resize inside it): lay them out once more after it,
        # or the cells keep the widths of the old columns
        QTimer.singleShot(0, self, self._lay_out_again)

    def _lay_out_again(self) -> None:
        self.grid.invalidate()
        self.grid.activate()

    def width_for(self, columns: int) -> int:
        """The least width of ``columns`` columns: each as wide as its widest cell, and the spacing between."""
        widths = [0] * columns
        for i, cell in enumerate(c for c in self.cells if not c.isHidden()):
            widths[i % columns] = max(widths[i % columns], cell.minimumSizeHint().width())
        return sum(widths) + (columns - 1) * self.grid.horizontalSpacing()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As narrow as its fewest columns; as tall as the rows laid out now."""
        return QSize(self.width_for(self.choices[-1]), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._fit()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a cell grew at the same width (projector mode, a language)
            self._fit()
        return super().event(event)

    def _fit(self) -> None:
        fits = [n for n in self.choices if self.width_for(n) <= self.width()]
        self.set_columns(fits[0] if fits else self.choices[-1])
