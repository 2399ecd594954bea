"""The compared runs' layer tables side by side, when their networks differ; rows that differ are tinted."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.run_compare import RunDetails
from core.summary import LayerRow, ModelSummary
from gui.messages import say
from gui.widgets.numbers import human, shape_text
from gui.widgets.reflow_grid import ReflowGrid
from gui.widgets.retranslating import Retranslating

DIFFERENT = QColor("#fff3cd")  # a pale amber: readable, and not a run's colour


def _row_key(row: LayerRow) -> tuple:
    return row.kind, row.out_shape, row.params


class LayerTables(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setObjectName("layerTablesNote")
        self.note.setWordWrap(True)
        self.row_box = QVBoxLayout()  # the tables side by side, in rows when the names are long or the room narrow
        self.row_box.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(self.row_box, 1)
        self.tables: list[QTableWidget] = []
        self.shown: tuple[Sequence[str], Sequence[str], Sequence[RunDetails]] | None = ((), (), ())  # None: busy

    def retranslate(self) -> None:
        if self.shown is None:
            self.note.setText(self.tr("Working out the layers of each network…"))
        else:
            self.show_details(*self.shown)

    def show_busy(self) -> None:
        self._clear()
        self.shown = None
        self.retranslate()

    def show_details(self, names: Sequence[str], colors: Sequence[str], details: Sequence[RunDetails]) -> None:
        """One table per run when the networks differ; a sentence when they are the same network."""
        self._clear()
        self.shown = (names, colors, details)
        missing = [f"{n}: {say(d.problem)}" for n, d in zip(names, details) if d.layers is None]
        networks = {d.network for d in details if d.layers is not None}
        if missing:
            self.note.setText(self.tr("Some networks could not be built: {why}").format(why=" · ".join(missing)))
        elif len(networks) <= 1:
            first = details[0].layers if details else None
            self.note.setText(
                self.tr(
                    "Every run trains the same network ({w} weights), so the layer tables are not repeated."
                ).format(w=f"{first.total_params:,}" if first else "–")
                if len(details) > 1
                else ""
            )
            return
        else:
            self.note.setText(
                self.tr("The networks differ: tinted rows are layers that no other run has at the same place.")
            )
        summaries = [d.layers for d in details]
        boxes = [
            self._table_box(name, color, summary, summaries)
            for name, color, summary in zip(names, colors, summaries)
            if summary is not None
        ]
        self.row_box.addWidget(ReflowGrid(boxes, range(len(boxes), 0, -1), parent=self), 1)

    def _clear(self) -> None:
        while self.row_box.count():
            self.row_box.takeAt(0).widget().deleteLater()
        self.tables = []

    def _table_box(
        self, name: str, color: str, summary: ModelSummary, all_: Sequence[ModelSummary | None]
    ) -> QGroupBox:
        box = QGroupBox(name, self)
        box.setStyleSheet(f"QGroupBox {{ color: {color}; font-weight: bold; }}")
        table = QTableWidget(len(summary.rows), 3, box)
        table.setObjectName("layerTable")
        table.setAccessibleName(self.tr("Layers of {run}").format(run=name))
        table.setHorizontalHeaderLabels([self.tr("Layer"), self.tr("Output"), self.tr("Weights")])
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setMinimumHeight(5 * (self.fontMetrics().height() + 6))  # a few layers at least, even when squeezed
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for r, row in enumerate(summary.rows):
            # tinted: no other run has this layer at this place (with 2 runs: the rows that differ)
            others = [s.rows[r] for s in all_ if s is not None and s is not summary and r < len(s.rows)]
            differs = not any(_row_key(o) == _row_key(row) for o in others)
            cells = (row.kind, shape_text(row.out_shape), f"{row.params:,}" if row.params else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.name)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if differs:
                    item.setBackground(DIFFERENT)
                table.setItem(r, c, item)
        totals = QLabel(
            self.tr("{p} weights · {f} per image").format(
                p=f"{summary.total_params:,}", f=human(summary.total_flops, "FLOPs")
            ),
            box,
        )
        inner = QVBoxLayout(box)
        inner.addWidget(table, 1)
        inner.addWidget(totals)
        self.tables.append(table)
        return box
