"""Scrolling a form with the mouse wheel must scroll it, not change whatever spin box or combo passes under
the pointer. A guarded control takes wheel events only once it has focus (clicked or tabbed into).

The control's own ``wheelEvent`` is replaced (PySide calls an instance's method in place of Qt's), not watched
by an event filter: a filter is called from Qt for every event of the control (each show, paint and layout of
a form of 20 controls), and with training on the other core each such call waits for Python's interpreter."""

from __future__ import annotations

from types import MethodType

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget


def _wheel_with_focus_only(control: QWidget, event: QWheelEvent) -> None:
    if control.hasFocus():
        type(control).wheelEvent(control, event)  # Qt's own: step the value
        return
    area = control.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is not None:  # hand the wheel to the panel around the control: it scrolls
        QApplication.sendEvent(area.viewport(), event)
    else:
        event.ignore()


class WheelGuard(QObject):
    def protect(self, widget: QWidget) -> None:
        if isinstance(widget, (QAbstractSpinBox, QComboBox)):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the wheel itself
            widget.wheelEvent = MethodType(_wheel_with_focus_only, widget)
