"""Word-wrapped labels that keep the height their lines need: a layout squeezed by a 1024x768 screen otherwise
gives a caption two lines of room for three, and its last line is cut. The page then scrolls instead (every tab
sits in a scroll area), and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

EVENTS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.Paint)


class _LinesHeight(QObject):
    def eventFilter(self, label, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in EVENTS and isinstance(label, QLabel) and label.wordWrap() and label.width() > 1:
            need = label.heightForWidth(label.width())
            if need > 0 and need != label.minimumHeight():
                label.setMinimumHeight(need)  # a new text or font: taller or shorter, never cut
        return False


def keep_wrapped_lines(root: QWidget) -> None:
    """Every word-wrapped label under ``root`` (made so far) keeps the height its text needs at its width."""
    keeper = root.findChild(_LinesHeight) or _LinesHeight(root)
    for label in root.findChildren(QLabel):
        if label.wordWrap():
            label.installEventFilter(keeper)
