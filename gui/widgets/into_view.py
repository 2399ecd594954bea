"""Scroll what the class must see next into view: the nearest scroll area around a widget scrolls, as little as
it can, until the widget shows. It waits for the layout that is pending (a step that was just ticked is drawn
bold and may take another line). On a 1024x768 projector the lesson panel keeps its current step and Next step
in sight, and the Train tab's live column shows its curves when a run starts and its message when a run fails."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def scroll_to(area: QScrollArea, widget: QWidget, margin: int) -> None:
    """Up or down, as little as shows the whole widget (its top where it is taller than the view). Not Qt's
    ensureWidgetVisible: for a plot (a QGraphicsView) that shows only the plot's top-left corner."""
    bar, top = area.verticalScrollBar(), widget.mapTo(area.widget(), QPoint(0, 0)).y() - margin
    bottom = top + widget.height() + 2 * margin
    if top < bar.value():
        bar.setValue(top)
    elif bottom > bar.value() + area.viewport().height():
        bar.setValue(min(top, bottom - area.viewport().height()))


def bring_into_view(*widgets: QWidget, margin: int = 8) -> None:
    """Each of ``widgets`` in turn, the last one winning where they do not all fit: a hidden one is skipped."""

    def scroll() -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # where they are now, not a pass ago
        for widget in widgets:
            area = scroll_area_of(widget)
            if area is not None and area.widget() is not None and widget.isVisible():
                scroll_to(area, widget, margin)

    QTimer.singleShot(0, widgets[0], scroll)  # dropped with the widget (a closed window)
