"""Walk every tab of a window for the controls a student can use: the small-screen and tooltip tests share it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QSlider,
    QTabWidget,
    QTabBar,
    QWidget,
)

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QLineEdit, QTabBar)
PARTS_OF = (
    QAbstractSpinBox,
    QComboBox,
    QTabBar,
    QScrollBar,
    QAbstractItemView,
    QLineEdit,
)  # their inner widgets are theirs


def is_part(w: QWidget) -> bool:
    """A widget Qt builds inside another control (a spin box's line edit, a tab bar's scroll arrows)."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, PARTS_OF):
            return True
        parent = parent.parentWidget()
    return w.objectName().startswith("qt_") and not isinstance(w, QTabBar)


def pages(win):
    """Show each tab of the window, and each tab of the tab widgets inside it, in turn; yield where we are."""
    for i in range(win.tabs.count()):
        win.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        yield win.tabs.tabText(i)
        inner = [t for t in win.tabs.widget(i).findChildren(QTabWidget) if t.isVisible()]
        for tabs in inner:
            for j in range(tabs.count()):
                tabs.setCurrentIndex(j)
                QApplication.processEvents()
                yield f"{win.tabs.tabText(i)} > {tabs.tabText(j)}"


def all_controls(win, visible: bool = True) -> list[tuple[str, QWidget]]:
    """(where, control) for every enabled control (the visible ones, on every page), without Qt's inner parts."""
    if not visible:
        return [("", w) for w in win.findChildren(QWidget) if isinstance(w, CONTROLS) and not is_part(w)]
    found = {}
    for where in pages(win):
        for w in win.findChildren(QWidget):
            if isinstance(w, CONTROLS) and w.isVisible() and w.isEnabled() and not is_part(w):
                found.setdefault(id(w), (where, w))
    return list(found.values())


def scroll_areas(w: QWidget) -> list[QScrollArea]:
    out, parent = [], w.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            out.append(parent)
        parent = parent.parentWidget()
    return out


def window_rect(w: QWidget, win) -> QRect:
    return QRect(w.mapTo(win, QPoint(0, 0)), w.size())


def reachable(w: QWidget, win) -> bool:
    """Inside the window, or brought inside it (and inside every scroll area's view) by scrolling."""
    areas = scroll_areas(w)
    for area in areas:  # innermost first
        area.ensureWidgetVisible(w, 0, 0)
    QApplication.processEvents()
    shown = window_rect(w, win).intersected(win.rect())
    for area in areas:
        shown = shown.intersected(window_rect(area.viewport(), win))
    need = min(8, w.width()), min(8, w.height())
    return shown.width() >= need[0] and shown.height() >= need[1]
