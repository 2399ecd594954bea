"""Which texts on screen do not fit the room they have: labels, buttons, check boxes, combo boxes, tabs, table headers,
visible table cells and the texts pyqtgraph paints on plots (``plot_text_room``), each measured with its own font
against its own rectangle (what a class at the back of the room cannot read is what gets cut). The nothing-cut test
and the screenshot scripts use it.
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QWidget,
)

from tests.gui.plot_text_room import cut_plot_texts

SLACK = 2  # pixels of rounding a text may overflow by without a letter being lost


def _plain(text: str) -> str:
    if "<" in text and ">" in text:  # rich text: measure its words, not its tags
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# a line may break after any Chinese or Japanese character, and at spaces elsewhere
_UNBREAKABLE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def _widest_word(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(word) for word in _UNBREAKABLE.findall(_plain(text))), default=0)


def _widest_line(fm: QFontMetrics, text: str) -> int:
    return max((fm.horizontalAdvance(line) for line in _plain(text).splitlines() or [""]), default=0)


def _label(w: QLabel) -> str | None:
    text = w.text()
    if not text or w.pixmap() is not None and not w.pixmap().isNull():
        return None
    room = w.contentsRect().adjusted(w.margin(), w.margin(), -w.margin(), -w.margin())
    if w.wordWrap():
        need = w.heightForWidth(w.width())
        if need > w.height() + SLACK:
            return f"needs {need} px high, has {w.height()}"
        words = _widest_word(w.fontMetrics(), text)
        if words > room.width() + SLACK:
            return f"a word needs {words} px, the label is {room.width()} wide"
        return None
    need = _widest_line(w.fontMetrics(), text)
    return f"needs {need} px, has {room.width()}" if need > room.width() + SLACK else None


def _button(w: QAbstractButton) -> str | None:
    if not w.text() or not isinstance(w, (QPushButton, QCheckBox, QRadioButton)):
        return None
    need = w.sizeHint().width()
    return f"needs {need} px, has {w.width()}" if need > w.width() + SLACK else None


def _combo(w: QComboBox) -> str | None:
    text = w.currentText()
    if not text:
        return None
    option = QStyleOptionComboBox()
    w.initStyleOption(option)
    field = w.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, w
    )
    icon = w.iconSize().width() + 4 if not w.itemIcon(w.currentIndex()).isNull() else 0
    need = w.fontMetrics().horizontalAdvance(text) + icon
    return f"shows {text!r} in {field.width()} px, needs {need}" if need > field.width() + SLACK else None


def _tabs(w: QTabBar) -> list[str]:
    out = []
    for i in range(w.count()):
        rect, text = w.tabRect(i), w.tabText(i)
        need = w.fontMetrics().horizontalAdvance(_plain(text)) + 8
        if text and need > rect.width() + SLACK and w.isTabVisible(i):
            out.append(f"tab {_plain(text)!r} needs {need} px, has {rect.width()}")
    return out


def _header(w: QHeaderView) -> list[str]:
    model, out = w.model(), []
    if model is None:
        return out
    horizontal = w.orientation() == Qt.Orientation.Horizontal
    for i in range(w.count()):
        if w.isSectionHidden(i) or w.sectionSize(i) == 0:
            continue
        text = str(model.headerData(i, w.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if not text or not horizontal:
            continue
        need = w.sectionSizeHint(i)  # the text in the header's font, its margins and the sort arrow's room
        if need > w.sectionSize(i) + SLACK:
            out.append(f"header {text!r} needs {need} px, has {w.sectionSize(i)}")
    return out


def _cells(w: QTableView) -> list[str]:
    model, out = w.model(), []
    if model is None or w.textElideMode() == Qt.TextElideMode.ElideNone and w.wordWrap():
        return out
    view = w.viewport().rect()
    fm = w.fontMetrics()
    room = {col: w.sizeHintForColumn(col) for col in range(model.columnCount())}  # what Qt itself would give
    shown = sum(w.columnWidth(c) for c in range(model.columnCount()) if not w.isColumnHidden(c))
    if shown > view.width() + SLACK and not w.horizontalScrollBar().isVisible():
        out.append(f"columns need {shown} px, the table shows {view.width()}")
    for row in range(model.rowCount()):
        if w.isRowHidden(row) or not view.intersects(QRect(0, w.rowViewportPosition(row), 1, w.rowHeight(row))):
            continue
        for col in range(model.columnCount()):
            if w.isColumnHidden(col) or w.columnWidth(col) == 0 or w.columnWidth(col) + SLACK >= room[col]:
                continue
            text = str(model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole) or "")
            need = _widest_line(fm, text) + 8
            if text and need > w.columnWidth(col) + SLACK:
                out.append(f"cell {text!r} needs {need} px, has {w.columnWidth(col)}")
    return out


def _sideways(w: QScrollArea) -> str | None:
    """A page wider than its scroll area: what lies beyond the right edge is cut until the class scrolls."""
    inner = w.widget()
    if inner is None or not inner.isVisible():
        return None
    room = w.viewport().width()
    return f"content needs {inner.width()} px wide, shows {room}" if inner.width() > room + SLACK else None


def cut_texts(root: QWidget) -> list[str]:
    """Every visible text under ``root`` that is wider (or taller) than its room, as "where: what" lines."""
    found = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 1 or w.height() <= 1:
            continue
        name = f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__
        problems: list[str] = []
        if isinstance(w, QLabel):
            problems = [p for p in [_label(w)] if p]
        elif isinstance(w, QAbstractButton):
            problems = [p for p in [_button(w)] if p]
        elif isinstance(w, QComboBox):
            problems = [p for p in [_combo(w)] if p]
        elif isinstance(w, QTabBar):
            problems = _tabs(w)
        elif isinstance(w, QHeaderView):
            problems = _header(w)
        elif isinstance(w, QTableView) and isinstance(w, QAbstractItemView):
            problems = _cells(w)
        elif isinstance(w, QScrollArea):
            problems = [p for p in [_sideways(w)] if p]
        elif isinstance(w, pg.GraphicsView):
            problems = cut_plot_texts(w)
        found += [f"{name} {_short(w)}: {p}" for p in problems]
    return found


def _short(w: QWidget) -> str:
    text = getattr(w, "text", lambda: "")() if not isinstance(w, QComboBox) else w.currentText()
    text = _plain(text) if isinstance(text, str) else ""
    return repr(text[:40]) if text else ""
