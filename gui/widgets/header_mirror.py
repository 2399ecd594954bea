"""A table's column titles read by its header from a copy held by Qt, not from the Python model.

QHeaderView asks its model for a dozen roles of every title at each paint (font, colours, alignment, size...):
270 calls into Python at each switch to the Runs tab, each waiting for the interpreter while training runs.
The copy answers them in C++; it follows the model's titles (a language switch) and its column count.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QTableView

HORIZONTAL, DISPLAY = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole


def mirror_headers(view: QTableView) -> QStandardItemModel:
    """Call after ``view.setModel``; the view keeps sorting and hiding columns through its header as before."""
    source: QAbstractItemModel = view.model()
    mirror = QStandardItemModel(view)

    def copy(*_) -> None:
        mirror.setColumnCount(source.columnCount())
        for col in range(source.columnCount()):
            mirror.setHeaderData(col, HORIZONTAL, source.headerData(col, HORIZONTAL, DISPLAY), DISPLAY)

    for signal in (source.headerDataChanged, source.modelReset, source.columnsInserted, source.columnsRemoved):
        signal.connect(copy)
    copy()
    view.horizontalHeader().setModel(mirror)
    return mirror
