"""Scrolling a form with the mouse wheel must scroll it, not change whatever spin box or combo passes under
the pointer. A guarded control takes wheel events only once it has focus (clicked or tabbed into).

The control's own ``wheelEvent`` is replaced, not watched by an event filter (see own_handlers)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

from gui.widgets.own_handlers import replace


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
            replace(widget, "wheelEvent", _wheel_with_focus_only)
