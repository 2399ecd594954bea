"""Start / Pause / Step epoch / Stop: a button each under the settings, and the same as actions with keyboard
shortcuts, which the window puts in its Run menu."""

from __future__ import annotations

from typing import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

RUN_KEYS = ("start", "pause", "step", "stop")


class RunControls(QWidget):
    """The row of run buttons; ``slots`` (key -> callable) says what each does."""

    def __init__(self, slots: Mapping[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent, objectName="runButtons")
        self.actions: dict[str, QAction] = {}
        self.buttons = {key: self._run_action(key, *spec, slots[key]) for key, spec in self._run_actions().items()}
        QHBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        for button in self.buttons.values():
            self.layout().addWidget(button)

    def _run_actions(self) -> dict:
        """key -> (text, shortcuts, tooltip): the training controls, as buttons and menu entries."""
        return {
            "start": (
                self.tr("Start"),
                ["Ctrl+Return", "Ctrl+Enter"],
                self.tr("Train a new network with these settings (Ctrl+Enter)."),
            ),
            "pause": (
                self.tr("Pause"),
                ["Space"],
                self.tr("Pause after the current batch, or resume (Space). Nothing is lost."),
            ),
            "step": (
                self.tr("Step epoch"),
                ["Ctrl+E"],
                self.tr("Train exactly one more epoch, then pause (Ctrl+E): watch the curves move step by step."),
            ),
            "stop": (
                self.tr("Stop"),
                ["Esc"],
                self.tr("End the run (Esc). Finished epochs stay saved in the run folder."),
            ),
        }

    def _run_action(self, key: str, text: str, shortcuts: list[str], tip: str, slot) -> QPushButton:
        action = QAction(
            text, self, shortcuts=[QKeySequence(s) for s in shortcuts], toolTip=tip, shortcutContext=Qt.WindowShortcut
        )
        action.triggered.connect(lambda: slot())  # GUI-thread signal; drops the 'checked' argument
        self.actions[key] = action
        button = QPushButton(text, objectName=f"{key}Button", accessibleName=text, toolTip=tip)
        button.clicked.connect(action.trigger)
        return button

    def show_state(self, enabled: Mapping[str, bool], paused: bool, problems: str | None) -> None:
        """Enable what may be pressed now; Pause reads Resume while paused; ``problems``: why Start cannot."""
        for key, on in enabled.items():
            self.actions[key].setEnabled(on)
            self.buttons[key].setEnabled(on)
        tip = self.actions["start"].toolTip()
        self.buttons["start"].setToolTip(
            tip if problems is None else self.tr("{tip}\n\nFix this first: {why}").format(tip=tip, why=problems)
        )
        self.buttons["pause"].setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.actions["pause"].setText(self.buttons["pause"].text())
