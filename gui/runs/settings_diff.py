"""The settings that differ between the compared runs, side by side: one row per setting, one column per run."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import archs
from core.config import SETTINGS, TrainConfig
from core.network_settings import network_name
from core.run_compare import differing_settings
from gui.core_texts import core_tr
from gui.runs.run_swatch import run_swatch
from gui.widgets.retranslating import Retranslating
from gui.widgets.setting_labels import SettingLabels


class SettingsDiff(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 0, self)
        self.table.setObjectName("settingsDiffTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setObjectName("settingsDiffNote")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        layout.addStretch(1)
        self.rows: dict[str, tuple[str, ...]] = {}  # setting -> the texts shown, one per run
        self.shown: tuple[Sequence[str], Sequence[str], Sequence[TrainConfig]] = ((), (), ())
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("Settings that differ between the runs"))
        self.show_configs(*self.shown)

    def value_text(self, name: str, value: Any) -> str:
        if value is None:
            return self.tr("recipe's own") if SETTINGS[name].optional else "–"
        if isinstance(value, bool):
            return self.tr("on") if value else self.tr("off")
        if isinstance(value, float):
            return f"{value:g}"
        if name == "arch" and value in archs.ARCHS:
            return core_tr(archs.ARCHS.get(value).title)
        if name == "network":  # a network file's text: its name, not a page of JSON
            return network_name(value) or self.tr("your own")
        if name == "train_subset" and value == 0:
            return self.tr("all")
        if isinstance(value, str):  # a schedule, an optimizer, an augmentation: as the settings panel says it
            return self.words.get(value) or core_tr(value)
        return str(value)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_names()

    def _fit_names(self) -> None:
        """The runs' names over their columns when they all fit, else only their numbered marks (the show/hide
        boxes above the plots carry the same marks beside the names)."""
        names, fm = self.shown[0], self.table.horizontalHeader().fontMetrics()
        pad = 2 * fm.height() + 12  # the mark, the gaps
        room = self.table.viewport().width() / max(1, len(names))
        fits = all(fm.horizontalAdvance(name) + pad <= room for name in names)
        for col, name in enumerate(names):
            head = self.table.horizontalHeaderItem(col)
            if head is not None:
                head.setText(name if fits else "")

    def show_configs(self, names: Sequence[str], colors: Sequence[str], configs: Sequence[TrainConfig]) -> None:
        self.shown = (names, colors, configs)
        self.words = SettingLabels(self).value_words()  # once per showing (and language), not once per cell
        diffs = differing_settings(configs) if len(configs) > 1 else ()
        labels = SettingLabels(self).labels()
        self.rows = {d.name: tuple(self.value_text(d.name, v) for v in d.values) for d in diffs}
        self.table.clear()
        self.table.setColumnCount(len(names))
        self.table.setRowCount(len(diffs))
        size = self.fontMetrics().height()
        self.table.horizontalHeader().setIconSize(QSize(size, size))
        for col, (name, color) in enumerate(zip(names, colors)):
            head = QTableWidgetItem(run_swatch(color, col + 1, size), name)
            head.setForeground(QColor(color))
            head.setToolTip(name)
            self.table.setHorizontalHeaderItem(col, head)
        self._fit_names()
        for row, diff in enumerate(diffs):
            head = QTableWidgetItem(labels.get(diff.name, diff.name))
            head.setToolTip(f"{core_tr(SETTINGS[diff.name].help)}\n({diff.name})")
            self.table.setVerticalHeaderItem(row, head)
            for col, text in enumerate(self.rows[diff.name]):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        fm = self.table.fontMetrics()  # a column narrower than its values scrolls sideways instead of cutting them
        widest = max((fm.horizontalAdvance(text) for texts in self.rows.values() for text in texts), default=0)
        self.table.horizontalHeader().setMinimumSectionSize(max(widest, size) + fm.height())
        self.table.setVisible(bool(diffs))
        rows_height = sum(self.table.rowHeight(r) for r in range(len(diffs)))  # no empty grid below the rows
        self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + rows_height + 4)
        if len(configs) < 2:
            self.note.setText(self.tr("Choose two or more runs to see how their settings differ."))
        elif diffs:
            self.note.setText(
                self.tr("Settings that differ: %n. Every other setting is the same in all runs.", "", len(diffs))
            )
        else:
            self.note.setText(
                self.tr(
                    "All settings equal: the curves should match; what differs comes from the device "
                    "(GPU sums are not always repeatable) or from a newer version of this program."
                )
            )
