"""A tab page that scrolls when the window is smaller than the page needs (a 1024x768 projector, large text):
nothing is cut off, every control can be reached."""

from __future__ import annotations

from PySide6.QtCore import QMargins
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scroll_inside(page: QWidget) -> QScrollArea:
    """Move ``page``'s layout onto an inner widget inside a scroll area that fills the page.

    The page keeps its identity (tabs, tests and scripts still find it and its children); its content is
    laid out as before whenever the window is large enough, and scrolls otherwise.
    """
    inner = QWidget(objectName=f"{page.objectName() or type(page).__name__}Content")
    inner.setLayout(page.layout())  # moves the layout and the widgets it manages onto ``inner``
    area = QScrollArea(page, objectName=f"{page.objectName() or type(page).__name__}Scroll", widgetResizable=True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    QVBoxLayout(page, contentsMargins=QMargins(0, 0, 0, 0)).addWidget(area)
    return area
