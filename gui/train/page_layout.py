"""The Train tab's building blocks: named splitters and columns (their names keep the window's remembered sizes)."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


def split(orientation, name: str, *widgets: QWidget) -> QSplitter:
    splitter = QSplitter(orientation, objectName=f"{name}Splitter", childrenCollapsible=False)
    for w in widgets:
        splitter.addWidget(w)
    return splitter


def column(name: str, *items: tuple[QWidget, int], margins=(0, 0, 0, 0)) -> QWidget:
    """A widget stacking (widget, stretch) items vertically."""
    box = QWidget(objectName=name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(*margins)
    for widget, stretch in items:
        layout.addWidget(widget, stretch)
    return box
