"""The Train tab's status line: a label placed by hand rather than by a layout."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class StatusLine(QWidget):
    """The status text, placed by hand rather than by a layout: a new text then never re-lays out the window
    (Qt propagates a label's size changes up to the top level, repainting the plots on the way), and the line
    never holds the window wider than the screen. It is two lines high, or as many as its text needs: it asks the
    layout again only when that number changes (a long run name), not for every batch's news."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.label = QLabel(self, wordWrap=True)  # two lines: a long status wraps instead of being cut
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.installEventFilter(self)  # projector mode may restyle the label alone: its two lines grow too
        self.lines = 2

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self._fit_lines()

    def _fit_lines(self) -> None:
        spacing = self.label.fontMetrics().lineSpacing()
        needed = max(2, math.ceil(self.label.heightForWidth(max(1, self.width())) / spacing))
        if needed != self.lines:
            self.lines = needed
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(400, self.lines * self.label.fontMetrics().lineSpacing() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        self.label.setGeometry(self.rect())
        if event.size().width() != event.oldSize().width():
            self._fit_lines()
        super().resizeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.label and event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        return False

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:  # projector mode: a taller line
            self.updateGeometry()
        super().changeEvent(event)
