"""Adding to a widget's own event handler instead of watching it with an event filter.

Qt calls an event filter for every event of the widget it watches (each show, paint, move, layout request);
written in Python, each call enters the interpreter, and with training on the other core each entry waits its
turn for it. A tab switch entered Python hundreds of times that way. PySide calls a method set on the instance
in place of Qt's, so a handler added here runs only for the events it is about.
"""

from __future__ import annotations

from types import MethodType
from typing import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


def run_after(widget: QWidget, handler: str, then: Callable[[QEvent], None]) -> None:
    """``widget``'s ``handler`` (``"showEvent"``, ``"changeEvent"``...) does what it did, then ``then(event)``.
    Several may be added to one handler: each runs after the ones before it."""
    before = widget.__dict__.get(handler) or MethodType(getattr(type(widget), handler), widget)

    def handle(_widget: QWidget, event: QEvent) -> None:
        before(event)
        then(event)

    setattr(widget, handler, MethodType(handle, widget))


def replace(widget: QWidget, handler: str, instead: Callable[[QWidget, QEvent], None]) -> None:
    """``widget``'s ``handler`` becomes ``instead(widget, event)``; it calls ``type(widget).<handler>`` for Qt's."""
    setattr(widget, handler, MethodType(instead, widget))
