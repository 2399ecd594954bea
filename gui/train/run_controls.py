"""Start / Pause / Step epoch / Stop: a button each under the settings, and the same as actions with keyboard
shortcuts, which the window puts in its Run menu."""

from __future__ import annotations

from typing import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from gui.widgets.reflow_grid import ReflowGrid
from gui.widgets.retranslating import Retranslating

RUN_KEYS = ("start", "pause", "step", "stop")
SHORTCUTS = {"start": ["Ctrl+Return", "Ctrl+Enter"], "pause": ["Space"], "step": ["Ctrl+E"], "stop": ["Esc"]}


class RunControls(Retranslating, QWidget):
    """The row of run buttons; ``slots`` (key -> callable) says what each does."""

    def __init__(self, slots: Mapping[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent, objectName="runButtons")
        self.actions: dict[str, QAction] = {}
        self.buttons = {key: self._run_action(key, slots[key]) for key in RUN_KEYS}
        self._paused, self._problems = False, None
        # one row, or two rows of two when the settings column is narrow (a lesson open on a 1024x768 projector)
        QHBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.layout().addWidget(ReflowGrid(list(self.buttons.values()), (4, 2)))
        self.retranslate()

    def _texts(self) -> dict[str, tuple[str, str]]:
        """key -> (text, tooltip): the training controls, as buttons and menu entries."""
        return {
            "start": (self.tr("Start"), self.tr("Train a new network with these settings (Ctrl+Enter).")),
            "pause": (self.tr("Pause"), self.tr("Pause after the current batch, or resume (Space). Nothing is lost.")),
            "step": (
                self.tr("Step epoch"),
                self.tr("Train exactly one more epoch, then pause (Ctrl+E): watch the curves move step by step."),
            ),
            "stop": (self.tr("Stop"), self.tr("End the run (Esc). Finished epochs stay saved in the run folder.")),
        }

    def _run_action(self, key: str, slot) -> QPushButton:
        shortcuts = [QKeySequence(s) for s in SHORTCUTS[key]]
        action = QAction(self, shortcuts=shortcuts, shortcutContext=Qt.WindowShortcut)
        action.triggered.connect(lambda: slot())  # GUI-thread signal; drops the 'checked' argument
        self.actions[key] = action
        button = QPushButton(self, objectName=f"{key}Button")
        button.clicked.connect(action.trigger)
        return button

    def retranslate(self) -> None:
        for key, (text, tip) in self._texts().items():
            self.actions[key].setText(text)
            self.actions[key].setToolTip(tip)
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(text)
            self.buttons[key].setToolTip(tip)
        self._show_words()

    def show_state(self, enabled: Mapping[str, bool], paused: bool, problems: Callable[[], str] | None) -> None:
        """Enable what may be pressed now; Pause reads Resume while paused; ``problems``: why Start cannot (a
        function writing it in the language of the moment)."""
        for key, on in enabled.items():
            self.actions[key].setEnabled(on)
            self.buttons[key].setEnabled(on)
        self._paused, self._problems = paused, problems
        self._show_words()

    def _show_words(self) -> None:
        tip = self._texts()["start"][1]
        self.buttons["start"].setToolTip(
            tip
            if self._problems is None
            else self.tr("{tip}\n\nFix this first: {why}").format(tip=tip, why=self._problems())
        )
        self.buttons["pause"].setText(self.tr("Resume") if self._paused else self.tr("Pause"))
        self.actions["pause"].setText(self.buttons["pause"].text())
