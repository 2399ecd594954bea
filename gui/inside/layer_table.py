"""Inside the network's table of layers: name, type, output shape, weights, FLOPs and receptive field; the
conv layers (whose maps and filters are shown) in bold."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from core.layer_names import short_names
from gui.widgets.fitting_columns import FittingColumns
from gui.widgets.numbers import human, shape_text
from gui.widgets.retranslating import Retranslating

COLUMNS = (  # marked for lupdate; translated where the header is set
    QT_TRANSLATE_NOOP("LayerTable", "Layer"),
    QT_TRANSLATE_NOOP("LayerTable", "Type"),
    QT_TRANSLATE_NOOP("LayerTable", "Output"),
    QT_TRANSLATE_NOOP("LayerTable", "Weights"),
    QT_TRANSLATE_NOOP("LayerTable", "FLOPs"),
    QT_TRANSLATE_NOOP("LayerTable", "Receptive field"),  # one name on Train, Inside and in the lessons
)


class LayerTable(Retranslating, QTableWidget):
    """One row per layer of a model summary, read only, one row selectable."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setProperty("focusable", True)  # gui.widgets.focus_view: it can be shown large
        self.fitting = FittingColumns(self, droppable=(4, 1))  # narrow: FLOPs, then the type (in the tooltip)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])

    def show_summary(self, summary, feature: set[str]) -> None:
        """The rows of ``summary``; the layers named in ``feature`` bold and blue. Emits no selection signal."""
        bold = QFont(self.font())
        bold.setBold(True)
        self.blockSignals(True)
        self.setRowCount(len(summary.rows))
        names = short_names([row.name for row in summary.rows])
        for r, row in enumerate(summary.rows):
            values = (
                names[r],
                row.kind,
                shape_text(row.out_shape),
                f"{row.params:,}" if row.params else "–",
                human(row.flops) if row.flops else "–",
                str(row.receptive_field) if row.receptive_field else "–",
            )
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 0:  # the short name in the cell, the module path on hover and for the views
                    item.setToolTip(f"{row.name}  ({row.kind})")
                    item.setData(Qt.ItemDataRole.UserRole, row.name)
                if row.name in feature:
                    item.setFont(bold)
                    item.setForeground(QBrush(QColor("#1f5fbf")))
                self.setItem(r, c, item)
        self.blockSignals(False)

    def layer_name(self, row: int) -> str:
        """The module path of a row ("features.conv1"); the cell shows its short name ("conv1")."""
        item = self.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""
