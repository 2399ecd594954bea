"""Scrolling a form with the mouse wheel must scroll it, not change whatever spin box or combo passes under
the pointer. A guarded control takes wheel events only once it has focus (clicked or tabbed into)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    def protect(self, widget: QWidget) -> None:
        if isinstance(widget, (QAbstractSpinBox, QComboBox)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # no focus from the wheel itself
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()          # unaccepted: Qt hands the wheel to the parent, so the scroll area scrolls
            return True
        return False
