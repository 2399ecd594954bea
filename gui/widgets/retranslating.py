"""Texts that follow a live language switch: a widget sets every text it shows in ``retranslate()``.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every window, and a widget passes the event
on to its children; a widget using this mixin answers it by calling its own ``retranslate()``, the pattern of
Qt Designer's ``retranslateUi``. Call ``self.retranslate()`` once at the end of ``__init__`` too, so that the
texts are written in one place only. Put the mixin first: ``class Panel(Retranslating, QWidget)``.

A text made from data (a caption handed to a helper, a message with a run's name in it) is passed as ``Words``:
a function that says it again in the language now installed (``lambda: self.tr("{n} runs").format(n=n)``),
so the widget showing it keeps the data, not the string, and says it again after a switch.
"""

from __future__ import annotations

from typing import Callable, Union

from PySide6.QtCore import QEvent

Words = Union[str, Callable[[], str]]  # a fixed text (a name), or how to say it in the current language


def say(text: Words) -> str:
    """``text`` in the language now installed."""
    return text() if callable(text) else text


class Retranslating:
    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} sets its texts in retranslate()")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc] - the Qt widget class after this mixin
