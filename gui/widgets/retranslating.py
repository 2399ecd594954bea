"""Texts that follow a live language switch: a widget sets every text it shows in ``retranslate()``.

Installing a translator makes Qt send ``QEvent.LanguageChange`` to every window, and a widget passes the event
on to its children; a widget using this mixin answers it by calling its own ``retranslate()``, the pattern of
Qt Designer's ``retranslateUi``. Call ``self.retranslate()`` once at the end of ``__init__`` too, so that the
texts are written in one place only. Put the mixin first: ``class Panel(Retranslating, QWidget)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} sets its texts in retranslate()")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc] - the Qt widget class after this mixin
