"""The network's layer table: output shape, weights, FLOPs and receptive field per layer, with totals.

``compute_summary`` is a plain function for the background executor: building AlexNet and pushing
an image through it takes long enough to stutter the UI if done on the GUI thread.
"""

from __future__ import annotations

from functools import partial
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.card import ModelCard
from core.layer_names import short_names
from core.summary import summarize
from gui.widgets.live_text import LiveText
from gui.widgets.fitting_columns import FittingColumns
from gui.widgets.numbers import human, shape_text
from gui.widgets.retranslating import Retranslating
from core.messages import Message
from gui.messages import say


def compute_summary(card_of: Callable[[], ModelCard]):
    """Runs on a worker thread: build the model as the Trainer would (through its card) and summarise it.
    The card is made there too: it checks that the network fits the images, and says why not."""
    card = card_of()
    return summarize(card.build(), card.in_channels, card.image_size)


class SummaryTable(Retranslating, QWidget):
    def __init__(self, jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs, self._key = jobs, None  # a gui.jobs.Jobs; the last requested (network, data) key
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("summaryTable")
        for col in range(5):
            self.table.setHorizontalHeaderItem(col, QTableWidgetItem())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(160)
        self.fitting = FittingColumns(self.table, droppable=(3,))  # FLOPs go first; the totals still say them
        self.totals = QLabel(self)
        self.totals.setObjectName("summaryTotals")
        self.totals_text = LiveText(self.totals.setText)  # written again from the summary after a switch
        self.totals.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)
        self.summary = None
        self.setProperty("focusable", True)  # gui.widgets.focus_view: it can be shown large
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Layer summary"))
        headers = [
            (self.tr("Layer"), self.tr("The layer's name in the model and its kind.")),
            (self.tr("Output"), self.tr("Shape of what the layer hands on: channels × height × width.")),
            (self.tr("Weights"), self.tr("Trainable numbers in this layer; fully connected layers usually hold most.")),
            (
                self.tr("FLOPs"),
                self.tr("Floating-point operations for one image (a multiply-add counts 2): what makes a layer slow."),
            ),
            (
                self.tr("Receptive field"),
                self.tr(
                    "Receptive field: how many input pixels (along one side) one output position can "
                    "see. It grows with each convolution and pooling layer."
                ),
            ),
        ]
        for col, (title, tip) in enumerate(headers):
            item = self.table.horizontalHeaderItem(col)
            item.setText(title)
            item.setToolTip(tip)
        self.totals.setAccessibleName(self.tr("Summary totals"))
        self.totals_text.retranslate()

    def request(self, values: dict) -> None:
        """Recompute in the background for config ``values``, unless they describe the same network and images."""
        from core import archs, data

        if values.get("dataset") not in data.DATASETS or values.get("arch") not in archs.ARCHS:
            return
        spec = data.get_spec(values["dataset"])
        options = tuple(sorted((k, values[k]) for k in archs.OPTIONS if values.get(k) is not None))
        size, classes = values.get("image_size") or spec.image_size, max(len(spec.class_names), 2)
        key = (values["arch"], spec.channels, size, classes, options)
        if key != self._key:
            self._key = key
            self.show_busy()
            card_of = partial(
                ModelCard,
                values["arch"],
                spec.channels,
                size,
                tuple(map(str, range(classes))),
                spec.mean,
                spec.std,
                spec.name,
                options,
            )
            self.jobs.submit("summary", partial(compute_summary, card_of), self.show_summary, self.show_error)

    def show_busy(self) -> None:
        self.totals_text.show(lambda: self.tr("Working out the layer sizes…"))
        self.table.setEnabled(False)

    def show_error(self, message: Message) -> None:
        self.summary = None
        self.table.setRowCount(0)
        self.table.setEnabled(True)
        self.totals_text.show(lambda: f"<span style='color:#c62828'>{say(message)}</span>")

    def show_summary(self, summary) -> None:
        self.summary = summary
        self.table.setEnabled(True)
        self.table.setUpdatesEnabled(False)  # one repaint for the whole table
        self.table.setRowCount(len(summary.rows))
        names = short_names([row.name for row in summary.rows])
        for r, row in enumerate(summary.rows):
            cells = (
                names[r],
                shape_text(row.out_shape),
                f"{row.params:,}" if row.params else "",
                human(row.flops) if row.flops else "",
                str(row.receptive_field) if row.receptive_field is not None else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if c == 0:  # the short name in the cell, the module path and kind on hover
                    item.setToolTip(f"{row.name}  ({row.kind})")
                self.table.setItem(r, c, item)
        self.table.setUpdatesEnabled(True)
        self.totals_text.show(partial(self._totals, summary))

    def _totals(self, summary) -> str:
        return self.tr("<b>{p}</b> weights ({t} trainable) · <b>{f}</b> per image · input {i} → output {o}").format(
            p=f"{summary.total_params:,}",
            t=f"{summary.trainable_params:,}",
            f=human(summary.total_flops, "FLOPs"),
            i=shape_text(summary.input_shape),
            o=shape_text(summary.output_shape),
        )
