"""The welcome panel of a first launch: three numbered steps to a first trained network, inside the window
(not a dialog that blocks it). Each step is a button that takes you there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from gui.widgets.retranslating import Retranslating

STYLE = "QFrame#welcomePanel { background: #eef5ff; border: 1px solid #8db4e2; border-radius: 6px; }"
STEPS = 3


class WelcomePanel(Retranslating, QFrame):
    stepChosen = Signal(int)  # 1, 2 or 3
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="welcomePanel", styleSheet=STYLE)
        self.title = QLabel(self)
        self.close_button = QPushButton(self, objectName="welcomeDismiss")
        self.close_button.clicked.connect(self.dismiss)
        self.step_buttons = []
        row = QHBoxLayout()
        for number in range(1, STEPS + 1):
            button = QToolButton(self, objectName=f"welcomeStep{number}", autoRaise=False)
            button.clicked.connect(lambda _=False, n=number: self.stepChosen.emit(n))
            self.step_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Welcome: three first steps"))
        self.title.setText(self.tr("<b>Welcome!</b> Three steps to your first trained network:"))
        self.close_button.setText(self.tr("Got it"))
        self.close_button.setToolTip(self.tr("Hide these steps. Help > First steps shows them again."))
        steps = (
            (self.tr("1. Pick a preset"), self.tr("Choose a ready-made recipe at the top left, e.g. a LeNet.")),
            (self.tr("2. Press Start"), self.tr("Train the network and watch the curves move (Ctrl+Enter).")),
            (
                self.tr("3. Draw a digit in Draw && predict"),
                self.tr("Open the Draw & predict tab and draw a digit: the network reads it as you draw."),
            ),
        )
        for button, (text, tip) in zip(self.step_buttons, steps):
            button.setText(text)
            button.setToolTip(tip)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
