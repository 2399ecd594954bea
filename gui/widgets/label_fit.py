"""Word-wrapped labels that keep the height their lines need: a layout squeezed by a 1024x768 screen otherwise
gives a caption two lines of room for three, and its last line is cut. The page then scrolls instead (every tab
sits in a scroll area), and nothing is lost."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtWidgets import QLabel, QWidget

EVENTS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.Paint)


def lines_height(label: QLabel) -> int:
    """The height ``label``'s text needs wrapped at its width. Not ``heightForWidth``: QLabel never answers less
    than its minimum height, so a minimum set while it was narrow (hidden, or in a narrow column) would stay."""
    margins = label.contentsMargins()
    width = max(label.width() - margins.left() - margins.right() - 2 * label.margin(), 1)
    text = label.text()
    if GuiQt.mightBeRichText(text) and label.textFormat() != Qt.TextFormat.PlainText:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        doc.setTextWidth(width)
        need = int(doc.size().height() + 0.99)
    else:
        flags = Qt.TextFlag.TextWordWrap | label.alignment()
        need = label.fontMetrics().boundingRect(QRect(0, 0, width, 1_000_000), flags, text).height()
    return need + margins.top() + margins.bottom() + 2 * label.margin()


class _LinesHeight(QObject):
    def eventFilter(self, label, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in EVENTS and isinstance(label, QLabel) and label.wordWrap() and label.width() > 1:
            need = lines_height(label) if label.text() else 0
            if need > 0 and need != label.minimumHeight():
                label.setMinimumHeight(need)  # a new text, font or width: taller or shorter, never cut
        return False


def keep_wrapped_lines(root: QWidget) -> None:
    """Every word-wrapped label under ``root`` (made so far) keeps the height its text needs at its width."""
    keeper = root.findChild(_LinesHeight) or _LinesHeight(root)
    for label in root.findChildren(QLabel):
        if label.wordWrap():
            label.installEventFilter(keeper)
