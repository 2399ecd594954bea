"""A keyed message bar above the live view: engine failures, download notes, run-folder errors.

Messages are keyed (as Orange's widget messages) so one source can replace or clear its own message
without touching the others: ``bar.show_message("run", text, hint, "error")`` / ``bar.clear("run")``.
A text and hint given as ``Words`` (``lambda: self.tr(...).format(...)``) are said again after a language switch.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QToolButton, QVBoxLayout, QWidget

from gui.widgets.retranslating import Retranslating, Words, say

LEVELS = {  # level -> (background, border, text colour)
    "info": ("#e8f1fb", "#8db4e2", "#17324d"),
    "warning": ("#fff6dc", "#e0b84c", "#4d3a00"),
    "error": ("#fde8e8", "#e08585", "#5c1010"),
}


class MessageBar(Retranslating, QFrame):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBar")
        self._messages: dict[str, tuple[Words, Words, str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._rows = layout
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Messages"))
        if self._messages:
            self._rebuild()

    def show_message(self, key: str, text: Words, hint: Words = "", level: str = "error") -> None:
        self._messages[key] = (text, hint, level if level in LEVELS else "error")
        self._rebuild()

    def clear(self, key: str | None = None) -> None:
        """Remove one message, or all of them."""
        if key is None:
            self._messages.clear()
        else:
            self._messages.pop(key, None)
        self._rebuild()

    def is_shown(self, key: str) -> bool:
        return key in self._messages

    def text(self, key: str) -> str:
        """The message and hint as shown (tests and screen readers)."""
        text, hint, _ = self._messages.get(key, ("", "", ""))
        return f"{say(text)} {say(hint)}".strip()

    def _rebuild(self) -> None:
        while self._rows.count():
            item = self._rows.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for key, (text, hint, level) in self._messages.items():
            self._rows.addWidget(self._row(key, say(text), say(hint), level))
        self.setVisible(bool(self._messages))
        self.changed.emit()

    def _row(self, key: str, text: str, hint: str, level: str) -> QFrame:
        background, border, ink = LEVELS[level]
        row = QFrame(self)
        row.setObjectName(f"message_{key}")
        row.setStyleSheet(
            f"QFrame#message_{key} {{ background: {background}; border: 1px solid {border};"
            f" border-radius: 4px; }} QLabel {{ color: {ink}; border: none; }}"
        )
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 6, 4, 6)
        icon = QLabel(row)
        standard = {
            "info": QStyle.SP_MessageBoxInformation,
            "warning": QStyle.SP_MessageBoxWarning,
            "error": QStyle.SP_MessageBoxCritical,
        }[level]
        icon.setPixmap(self.style().standardIcon(standard).pixmap(20, 20))
        icon.setAlignment(Qt.AlignTop)
        label = QLabel(f"<b>{_escape(text)}</b>" + (f"<br>{_escape(hint)}" if hint else ""), row)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        label.setAccessibleName(self.text(key))
        close = QToolButton(row)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss this message"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(lambda: self.clear(key))  # GUI-thread widget signal: a lambda is fine here
        layout.addWidget(icon)
        layout.addWidget(label, 1)
        layout.addWidget(close, 0, Qt.AlignTop)
        return row


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
