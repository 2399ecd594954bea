"""A painted grid of small images in titled sections (feature maps, filters), with hover read-outs.

Tiles are RGB uint8 arrays; the caller chooses the colours. Hovering a tile shows its tip (tooltip and
the ``hovered`` signal, which a view shows in a status label).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from gui.widgets.image_utils import to_qimage
from gui.widgets.retranslating import Retranslating, Words, say

GAP, TITLE_GAP, MARGIN = 3, 6, 6
MIN_TILE, MAX_TILE = 22, 96


@dataclass
class Section:
    title: str
    tiles: list[np.ndarray]  # RGB uint8 [h, w, 3] (or grey [h, w])
    tips: list[str] = field(default_factory=list)  # one hover text per tile
    highlight: bool = False
    images: list[QImage] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self.images = [to_qimage(t) for t in self.tiles]


class MapGrid(Retranslating, QWidget):
    """Paints sections its page made; the page makes them again (titles and tips) after a language switch."""

    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None, max_tile: int = MAX_TILE):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.max_tile = max_tile
        self.sections: list[Section] = []
        self.empty_text: Words = ""
        self._rects: list[tuple[QRect, int, int]] = []  # tile rect, section, tile index
        self._titles: list[tuple[QRect, int]] = []
        self._laid_for = -1

    # -- content ------------------------------------------------------------------------------------------
    def set_sections(self, sections: list[Section]) -> None:
        self.sections = sections
        self._layout(self.width())
        self.update()

    def retranslate(self) -> None:
        self.update()  # the empty text is said again when painted

    def set_empty_text(self, text: Words) -> None:
        self.empty_text = text
        self.update()

    def painted_texts(self) -> list[str]:
        """What paintEvent writes and the hover says (read by the language tests: tests/gui/widget_texts.py)."""
        return [say(self.empty_text)] + [t for s in self.sections for t in (s.title, *s.tips)]

    def tile_count(self) -> int:
        return sum(len(s.images) for s in self.sections)

    def tile_rect(self, section: int, index: int) -> QRect | None:
        for rect, s, i in self._rects:
            if (s, i) == (section, index):
                return QRect(rect)
        return None

    # -- geometry -----------------------------------------------------------------------------------------
    def _tile_side(self, width: int, section: Section) -> int:
        n = max(len(section.images), 1)
        h, w = (section.images[0].height(), section.images[0].width()) if section.images else (1, 1)
        usable = max(width - 2 * MARGIN, MIN_TILE)
        # the largest tile such that the section needs at most ~4 rows, within bounds and multiples of the image
        per_row = max(1, min(n, int(np.ceil(n / 4))))
        side = (usable - GAP * (per_row - 1)) // per_row
        side = int(min(self.max_tile, max(MIN_TILE, side)))
        if side >= max(h, w):
            side = side // max(h, w) * max(h, w)  # whole multiples keep pixels square and crisp
        return side

    def _layout(self, width: int) -> int:
        self._rects, self._titles = [], []
        fm = self.fontMetrics()
        y = MARGIN
        for s_i, section in enumerate(self.sections):
            title_h = fm.height() + 2
            self._titles.append((QRect(MARGIN, y, max(width - 2 * MARGIN, 10), title_h), s_i))
            y += title_h + 2
            side = self._tile_side(width, section)
            per_row = max(1, (width - 2 * MARGIN + GAP) // (side + GAP))
            for i in range(len(section.images)):
                r, c = divmod(i, per_row)
                self._rects.append((QRect(MARGIN + c * (side + GAP), y + r * (side + GAP), side, side), s_i, i))
            rows = -(-len(section.images) // per_row) if section.images else 0
            y += rows * (side + GAP) + TITLE_GAP
        height = y + MARGIN
        self._laid_for = width
        self.setMinimumHeight(height if self.sections else 60)
        return height

    def sizeHint(self) -> QSize:
        return QSize(420, max(self.minimumHeight(), 120))

    def resizeEvent(self, event) -> None:
        if event.size().width() != self._laid_for:
            self._layout(event.size().width())
        super().resizeEvent(event)

    # -- painting -----------------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        if not self.sections:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                say(self.empty_text),
            )
            return
        bold = QFont(self.font())
        bold.setBold(True)
        for rect, s_i in self._titles:
            section = self.sections[s_i]
            p.setFont(bold if section.highlight else self.font())
            p.setPen(QColor("#1f5fbf") if section.highlight else pal.color(QPalette.ColorRole.Text))
            p.drawText(
                rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.fontMetrics().elidedText(section.title, Qt.TextElideMode.ElideRight, rect.width()),
            )
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        frame = QPen(QColor(0, 0, 0, 60))
        for rect, s_i, i in self._rects:
            img = self.sections[s_i].images[i]
            p.drawImage(rect, img)
            p.setPen(frame)
            p.drawRect(rect.adjusted(0, 0, -1, -1))

    # -- hover --------------------------------------------------------------------------------------------
    def tile_at(self, pos: QPoint) -> tuple[int, int] | None:
        for rect, s_i, i in self._rects:
            if rect.contains(pos):
                return s_i, i
        return None

    def tip_at(self, pos: QPoint) -> str:
        hit = self.tile_at(pos)
        if hit is None:
            return ""
        tips = self.sections[hit[0]].tips
        return tips[hit[1]] if hit[1] < len(tips) else ""

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        tip = self.tip_at(event.position().toPoint())
        self.hovered.emit(tip)
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self.hovered.emit("")
        super().leaveEvent(event)


class MapPage(Retranslating, QWidget):
    """'Show: [every conv layer | the selected ones]  hover text' above a scrolling grid: the feature-map and
    filter pages. A page says its texts in ``retranslate()`` and makes its sections again from its data."""

    def __init__(self, parent: QWidget | None = None, max_tile: int = MAX_TILE):
        super().__init__(parent)
        self.mode = QComboBox(self)
        self.mode.addItem("", "all")
        self.mode.addItem("", "selected")
        self.show_label, self.hover = QLabel(self), QLabel(self, wordWrap=True)  # wraps on a projector
        self.grid = MapGrid(self, max_tile=max_tile)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid)
        top = QHBoxLayout()
        top.addWidget(self.show_label)
        top.addWidget(self.mode)
        top.addWidget(self.hover, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(scroll, 1)

    def retranslate(self) -> None:
        self.show_label.setText(QCoreApplication.translate("MapGrid", "Show:"))
        self.mode.setItemText(0, QCoreApplication.translate("MapGrid", "Every conv layer"))
