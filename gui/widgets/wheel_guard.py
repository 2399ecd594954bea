"""Scrolling a form with the mouse wheel must scroll it, not change whatever spin box or combo passes under
the pointer. A guarded control takes wheel events only once it has focus (clicked or tabbed into)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    def protect(self, widget: QWidget) -> None:
        if isinstance(widget, (QAbstractSpinBox, QComboBox)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the wheel itself
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or watched.hasFocus():
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:  # hand the wheel to the panel around the control: it scrolls
            QApplication.sendEvent(area.viewport(), event)
        else:
            event.ignore()
        return True
