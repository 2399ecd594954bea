"""Work for a panel nobody can see waits until it shows.

A digit drawn on the Draw tab changes the app's picture at every stroke, about 60 times a second. Each panel that
follows the picture (Evaluate's what-if, Inside's map and "fool it") ran the network for it then, hidden or not:
on the GUI thread or on a worker beside the training, while the user looked at the Draw tab.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QWidget

from gui.widgets.own_handlers import run_after


class WhenSeen:
    """``refresh = WhenSeen(panel, panel._refresh)``; ``refresh()`` runs it now if ``panel`` can be seen, else once
    it is shown (once, however often it was asked meanwhile). Work that first checks what it needs calls
    ``waits()`` where it would start: ``WhenSeen(panel, panel.refresh)``, and in ``refresh``
    ``if self._when_seen.waits(): return``."""

    def __init__(self, widget: QWidget, work: Callable[[], None]):
        self._widget, self._work, self.stale = widget, work, False
        run_after(widget, "showEvent", lambda _event: self._shown())

    def __call__(self) -> None:
        if not self.waits():
            self._work()

    def waits(self) -> bool:
        """True while the widget cannot be seen: the work then runs once it shows."""
        self.stale = not self._widget.isVisible()
        return self.stale

    def _shown(self) -> None:
        if self.stale:
            self.stale = False
            self._work()
