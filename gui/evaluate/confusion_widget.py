"""The confusion matrix as a painted heatmap: counts and row percentages in the cells, class names on both axes.

Rows are the true classes, columns the predicted ones. Right answers (the diagonal) are green, mistakes red;
the darker a cell, the larger its share of its row. Clicking a cell emits ``cellClicked(true, predicted)``.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from core.analysis import row_percentages
from gui.core_texts import core_tr
from gui.theme import readable_font
from gui.widgets.painted_once import PaintedOnce
from gui.widgets.retranslating import Retranslating

BOTTOM = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
TOP = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
GREEN, RED, EMPTY = np.array([26, 120, 60]), np.array([190, 30, 45]), np.array([250, 250, 250])


def _mix(strength: float, colour: np.ndarray) -> QColor:
    s = float(np.clip(strength, 0.0, 1.0)) ** 0.7
    c = EMPTY + (colour - EMPTY) * s
    return QColor(int(c[0]), int(c[1]), int(c[2]))


class ConfusionWidget(PaintedOnce, Retranslating, QWidget):
    cellClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setToolTip("")
        self.cm: np.ndarray | None = None
        self.percent: np.ndarray | None = None
        self.class_names: list[str] = []  # in the user's language
        self._names: list[str] = []  # as core names them
        self.selected: tuple[int, int] | None = None
        self.setProperty("focusable", True)  # gui.widgets.focus_view: it can be shown large
        self.retranslate()

    def retranslate(self) -> None:
        self.empty_text = self.tr("The confusion matrix appears after the first epoch.")
        self.class_names = [core_tr(n) for n in self._names]  # Fashion-MNIST's 'Coat' in the user's language
        self.repaint_content()

    def sizeHint(self) -> QSize:
        return QSize(520, 520)

    def set_matrix(self, cm: np.ndarray, class_names) -> None:
        self.cm = np.asarray(cm)
        self.percent = row_percentages(self.cm)
        self._names = [str(c) for c in class_names]
        self.class_names = [core_tr(n) for n in self._names]
        if self.selected and max(self.selected) >= len(self.class_names):
            self.selected = None
        self.repaint_content()

    def clear(self) -> None:
        self.cm, self.percent, self.selected = None, None, None
        self.repaint_content()

    def select(self, true_class: int, pred_class: int) -> None:
        """Select a cell as a click would (and emit cellClicked)."""
        self.selected = (true_class, pred_class)
        self.repaint_content()
        self.cellClicked.emit(true_class, pred_class)

    # -- geometry -----------------------------------------------------------------------------------------
    def _text_font(self) -> QFont:
        """The class names' and titles' font: the widget's, at least as high as the look asks (a projector)."""
        return readable_font(self.font())

    def _cell_fonts(self, side: float) -> tuple[QFont, QFont]:
        """The count's and the percentage's font in a cell of ``side`` pixels: smaller in smaller cells, never
        below what the look asks (a projector's 16 px: a cell then shows what fits, the rest in its tooltip)."""
        count_font, pct_font = QFont(self.font()), QFont(self.font())
        count_font.setPixelSize(int(max(7, min(side * 0.28, 15))))
        pct_font.setPixelSize(int(max(6, min(side * 0.2, 11))))
        return readable_font(count_font), readable_font(pct_font)

    def _cell_lines(self, side: float, count_font: QFont, pct_font: QFont) -> int:
        """How many of (count, percentage) a cell shows: only what fits, never two numbers over each other."""
        counts, pcts = QFontMetrics(count_font), QFontMetrics(pct_font)
        widest = int(self.cm.max())
        room = side - 4
        if (
            side >= 30
            and counts.height() + pcts.height() <= side
            and max(counts.horizontalAdvance(f"{widest:,}"), pcts.horizontalAdvance("100.0%")) <= room
        ):
            return 2
        one_line = side >= 14 and counts.height() <= side and counts.horizontalAdvance(str(widest)) <= room
        return 1 if one_line else 0  # one line: the count without its thousands comma, as before

    def _geometry(self) -> tuple[QRectF, float, bool]:
        """The grid's rectangle, a cell's side, and whether the column names are drawn upright."""
        k = max(len(self.class_names), 1)
        fm = QFontMetrics(self._text_font())
        names_w = max((fm.horizontalAdvance(n) for n in self.class_names), default=10)
        left = min(names_w, 130) + fm.height() + 18
        title_h = fm.height() + 6
        side_guess = (min(self.width() - left, self.height() - title_h * 2) - 10) / k
        rotated = names_w + 6 > side_guess
        top = title_h + (min(names_w, 130) + 8 if rotated else fm.height() + 4)
        side = max(4.0, min((self.width() - left - 8) / k, (self.height() - top - 8) / k))
        left += max(0.0, (self.width() - left - 8 - side * k) / 2)  # centre the grid in spare width
        return QRectF(left, top, side * k, side * k), side, rotated

    def cell_rect(self, true_class: int, pred_class: int) -> QRect:
        grid, side, _ = self._geometry()
        return QRectF(grid.left() + pred_class * side, grid.top() + true_class * side, side, side).toRect()

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        if self.cm is None:
            return None
        grid, side, _ = self._geometry()
        if not grid.contains(QPointF(pos)):
            return None
        col, row = int((pos.x() - grid.left()) // side), int((pos.y() - grid.top()) // side)
        k = len(self.class_names)
        return (row, col) if 0 <= row < k and 0 <= col < k else None

    # -- painting -----------------------------------------------------------------------------------------
    def paint_content(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        if self.cm is None:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        grid, side, rotated = self._geometry()
        k, cm, pct = len(self.class_names), self.cm, self.percent
        off = pct.copy()
        np.fill_diagonal(off, 0)
        worst = max(float(off.max()), 5.0)  # mistakes scale to the worst one (at least 5 %)
        count_font, pct_font = self._cell_fonts(side)
        lines = self._cell_lines(side, count_font, pct_font)
        for t in range(k):
            for q in range(k):
                rect = QRectF(grid.left() + q * side, grid.top() + t * side, side, side)
                colour = _mix(pct[t, q] / 100, GREEN) if t == q else _mix(pct[t, q] / worst, RED)
                p.fillRect(rect, colour)
                dark = colour.lightnessF() < 0.55
                p.setPen(QColor("white") if dark else QColor(40, 40, 40))
                if cm[t, q] == 0 and t != q:
                    p.setPen(QColor(190, 190, 190))
                if lines == 2:
                    p.setFont(count_font)
                    p.drawText(rect.adjusted(0, 2, 0, -side * 0.42), BOTTOM, f"{cm[t, q]:,}")
                    if cm[t, q]:
                        p.setFont(pct_font)
                        p.drawText(rect.adjusted(0, side * 0.55, 0, -2), TOP, f"{pct[t, q]:.1f}%")
                elif lines == 1:
                    p.setFont(count_font)
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(cm[t, q]))
        p.setPen(QPen(QColor(255, 255, 255), 1))
        for i in range(k + 1):
            p.drawLine(int(grid.left() + i * side), int(grid.top()), int(grid.left() + i * side), int(grid.bottom()))
            p.drawLine(int(grid.left()), int(grid.top() + i * side), int(grid.right()), int(grid.top() + i * side))
        if self.selected:
            p.setPen(QPen(QColor("#1f5fbf"), 3))
            p.drawRect(self.cell_rect(*self.selected).adjusted(1, 1, -1, -1))
        self._paint_labels(p, grid, side, rotated, text)

    def _paint_labels(self, p: QPainter, grid: QRectF, side: float, rotated: bool, text: QColor) -> None:
        font = self._text_font()
        fm = QFontMetrics(font)
        p.setPen(text)
        p.setFont(font)
        names_room = min(max((fm.horizontalAdvance(n) for n in self.class_names), default=10), 130) + 4
        for i, name in enumerate(self.class_names):
            shown = fm.elidedText(name, Qt.TextElideMode.ElideRight, int(names_room))
            p.drawText(
                QRectF(grid.left() - names_room - 8, grid.top() + i * side, names_room, side),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            if rotated:
                p.save()
                p.translate(grid.left() + (i + 0.5) * side + fm.ascent() / 2 - 2, grid.top() - 4)
                p.rotate(-90)
                p.drawText(0, 0, fm.elidedText(name, Qt.TextElideMode.ElideRight, int(grid.top() - fm.height() - 12)))
                p.restore()
            else:
                p.drawText(
                    QRectF(grid.left() + i * side, grid.top() - fm.height() - 4, side, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    fm.elidedText(name, Qt.TextElideMode.ElideRight, int(side)),
                )
        bold = QFont(font)
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(
            QRectF(grid.left(), 2, grid.width(), fm.height() + 2),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("predicted class →"),
        )
        p.save()
        p.translate(grid.left() - names_room - 12, grid.center().y())
        p.rotate(-90)
        p.drawText(
            QRectF(-grid.height() / 2, -fm.height(), grid.height(), fm.height() + 2),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("← true class"),
        )
        p.restore()

    # -- mouse --------------------------------------------------------------------------------------------
    def describe(self, true_class: int, pred_class: int) -> str:
        n, pct = int(self.cm[true_class, pred_class]), float(self.percent[true_class, pred_class])
        t, q = self.class_names[true_class], self.class_names[pred_class]
        if true_class == pred_class:
            return self.tr(
                "{n} test images of '{t}' recognised correctly ({pct:.1f} % of them). Click to see them."
            ).format(n=f"{n:,}", t=t, pct=pct)
        return self.tr(
            "{n} test images of '{t}' taken for '{q}' ({pct:.1f} % of the '{t}' images). Click to see them."
        ).format(n=f"{n:,}", t=t, q=q, pct=pct)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.cell_at(event.position().toPoint())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        if hit:
            QToolTip.showText(event.globalPosition().toPoint(), self.describe(*hit), self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.cell_at(event.position().toPoint()) if event.button() == Qt.MouseButton.LeftButton else None
        if hit:
            self.select(*hit)
            event.accept()
        else:
            super().mousePressEvent(event)
