"""Runs > Pin on Train: the selected run is drawn faint under every run on the Train tab (gui.train.reference_run);
pressed again on the pinned run, it unpins, and Train compares with the previous run again."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from gui.state import AppState
from gui.widgets.retranslating import Retranslating


class PinButton(Retranslating, QPushButton):
    def __init__(self, state: AppState, selected: Callable[[], list[Path]], parent: QWidget | None = None):
        super().__init__(parent, objectName="runsPinButton")
        self.state, self.selected = state, selected
        self.pinned: Path | None = None
        self.unpin = False  # the selected run is the pinned one: pressing unpins it
        self.clicked.connect(self.toggle)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("Draw the selected run faint under every run on the Train tab"))
        self._say()

    def toggle(self) -> None:
        paths = self.selected()
        if len(paths) == 1:
            self.pinned = None if paths[0] == self.pinned else paths[0]
            self.state.pin_reference(self.pinned)
            self.update_state()

    def update_state(self) -> None:
        paths = self.selected()
        self.setEnabled(len(paths) == 1)
        self.unpin = len(paths) == 1 and paths[0] == self.pinned
        self._say()

    def _say(self) -> None:
        self.setText(self.tr("Unpin from Train") if self.unpin else self.tr("Pin on Train"))
        self.setAccessibleName(self.text())
