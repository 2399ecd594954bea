"""Word-wrapped labels that keep the height their lines need: a layout squeezed by a 1024x768 screen otherwise
gives a caption two lines of room for three, and its last line is cut. The page then scrolls instead (every tab
sits in a scroll area), and nothing is lost."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui's Qt namespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from gui.widgets.into_view import scroll_area_of

EVENTS = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange, QEvent.Type.Paint)


def lines_height(label: QLabel) -> int:
    """The height ``label``'s wrapped text needs at its width. Measured here: QLabel.heightForWidth never answers
    less than the minimum height, so a minimum set for a larger font (projector mode) would never shrink back."""
    width = label.contentsRect().width() - 2 * label.margin()
    if width <= 0:
        return 0
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDocumentMargin(0)  # as QLabel lays out its rich text
        doc.setDefaultFont(label.font())
        doc.setHtml(text)
        doc.setTextWidth(width)
        height = math.ceil(doc.size().height())
    else:
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
        height = label.fontMetrics().boundingRect(QRect(0, 0, width, 1_000_000), flags, text).height()
    margins = label.contentsMargins()
    return height + margins.top() + margins.bottom() + 2 * label.margin()


def _hidden_with_its_scroll_area(label: QLabel) -> bool:
    """Whether ``label`` is hidden only because its scroll area (a tab page) is: its height cannot reach past that
    scroll area, so it may keep it. Dropped and measured again, it would move the page's plots by a pixel at every
    tab switch, and each moved plot draws its axes anew."""
    area = scroll_area_of(label)
    return area is not None and label.isVisibleTo(area)


class _LinesHeight(QObject):
    def eventFilter(self, label, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Hide and isinstance(label, QLabel):
            if not _hidden_with_its_scroll_area(label):
                # a hidden page (of a stacked widget) measured at a stale width would keep the whole stack tall
                label.setMinimumHeight(0)
        elif event.type() in EVENTS and isinstance(label, QLabel) and label.wordWrap() and label.isVisible():
            # a paint is how a new text shows itself (QLabel has no signal for it); most paints bring nothing new
            measured = (label.text(), label.width(), label.font().key(), label.minimumHeight())
            if label.__dict__.get("_measured") == measured:
                return False
            need = lines_height(label) if label.text() else 0
            if need != label.minimumHeight():
                label.setMinimumHeight(need)  # a new text, font or width: taller or shorter, never cut
            label._measured = (*measured[:3], need)
        return False


def keep_wrapped_lines(root: QWidget) -> None:
    """Every word-wrapped label under ``root`` (made so far) keeps the height its text needs at its width."""
    keeper = root.findChild(_LinesHeight) or _LinesHeight(root)
    for label in root.findChildren(QLabel):
        if label.wordWrap():
            label.installEventFilter(keeper)
