"""Combo boxes that are never narrower than the entry they show: on a 1024x768 projector a form row then wraps
the box onto its own line (QFormLayout.WrapLongRows) rather than cutting "Why (not) '9'?" to "Why (not)…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget
from shiboken6 import isValid

from gui.widgets.own_handlers import run_after


class _CurrentTextWidth(QObject):
    def __init__(self, combo: QComboBox):
        super().__init__(combo)
        self.combo = combo
        self.stale = True  # fitted while hidden: the frame's width is a guess until it is laid out
        combo.currentTextChanged.connect(self.fit)
        model = combo.model()  # its signals still come when the combo's own are blocked while it is refilled
        for signal in (model.rowsInserted, model.modelReset, model.dataChanged):
            signal.connect(self.fit)
        run_after(combo, "changeEvent", self._changed)  # not an event filter: see own_handlers
        run_after(combo, "showEvent", self._shown)
        self.fit()

    def _changed(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def _shown(self, _event) -> None:
        if self.stale:  # not at every show: a tour of the tabs would fit every combo box each time
            self.fit()

    def fit(self, *_) -> None:
        combo = self.combo
        if not isValid(combo):
            return
        self.stale = not combo.isVisible()
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        frame = max(combo.width() - field.width(), 28)  # the arrow and the frame around the text
        icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
        combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance(combo.currentText()) + icon + frame + 4)


def fit_current_text(*combos: QComboBox) -> None:
    for combo in combos:
        if combo.findChild(_CurrentTextWidth) is None:
            _CurrentTextWidth(combo)


def fit_every_combo(root: QWidget) -> None:
    """Every combo box under ``root`` (editable ones excepted: their text is the user's)."""
    fit_current_text(*[c for c in root.findChildren(QComboBox) if not c.isEditable()])
