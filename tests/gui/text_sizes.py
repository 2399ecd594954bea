"""How high the texts a student reads are drawn, in pixels: every text painted by Python code (painted widgets,
pyqtgraph's tick numbers) and every text item of a plot (titles, axis labels, legends, captions on a plot).

"Height" is the font's pixel size (its em height: the point size times the device's dots per inch / 72, or the
pixel size a font was given), times the scale the painter or the plot draws at. At 96 dpi a 12.6 pt font is
16.8 px; its QFontMetrics ascent is 16 px.
"""

from __future__ import annotations

import math
import sys
from contextlib import contextmanager
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QFont, QPainter, QTextFormat
from PySide6.QtWidgets import QApplication, QGraphicsTextItem, QWidget

from gui.widgets.painted_once import PaintedOnce


@dataclass(frozen=True)
class SeenText:
    painter_of: str  # the class that painted it
    text: str
    px: float
    drawn_by: int = 0  # id() of the object that painted it
    rect: QRectF | None = None  # where, in its painter's device (when drawn into a rectangle)


def font_px(font: QFont, dpi: float = 96.0) -> float:
    return float(font.pixelSize()) if font.pixelSize() > 0 else font.pointSizeF() * dpi / 72.0


def _scale(transform) -> float:
    return math.sqrt(abs(transform.determinant())) or 1.0


def _text_of(args) -> str:
    return next((a for a in args if isinstance(a, str)), "")


@contextmanager
def painted_texts():
    """Records every ``QPainter.drawText`` made from Python while inside (a widget's grab() paints it)."""
    seen: list[SeenText] = []
    draw_text = QPainter.drawText

    def recording(painter: QPainter, *args):
        text = _text_of(args).strip()
        if text:
            device = painter.device()
            dpi = device.logicalDpiY() if device is not None else 96
            caller = sys._getframe(1).f_locals.get("self")
            px = font_px(painter.font(), dpi) * _scale(painter.worldTransform())
            box = next((QRectF(a) for a in args if isinstance(a, (QRect, QRectF))), None)
            rect = painter.worldTransform().mapRect(box) if box is not None else None
            seen.append(SeenText(type(caller).__name__, text, px, id(caller), rect))
        return draw_text(painter, *args)

    QPainter.drawText = recording
    try:
        yield seen
    finally:
        QPainter.drawText = draw_text


def _document_px(item: QGraphicsTextItem) -> float:
    """The smallest font of a text item's document (its HTML may size each span)."""
    doc, sizes = item.document(), []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.text().strip():
                fmt = fragment.charFormat()
                if fmt.hasProperty(QTextFormat.Property.FontPixelSize):
                    sizes.append(float(fmt.intProperty(QTextFormat.Property.FontPixelSize)))
                elif fmt.hasProperty(QTextFormat.Property.FontPointSize):
                    sizes.append(fmt.doubleProperty(QTextFormat.Property.FontPointSize) * 96 / 72)
                else:
                    sizes.append(font_px(doc.defaultFont()))
            it += 1
        block = block.next()
    return min(sizes, default=math.inf)


def plot_texts(root: QWidget) -> list[SeenText]:
    """The text items (titles, axis labels, legends, text items) of every visible plot under ``root``."""
    seen = []
    for view in root.findChildren(pg.GraphicsView):
        if not view.isVisible():
            continue
        for item in view.scene().items():
            if isinstance(item, QGraphicsTextItem) and item.isVisible() and item.toPlainText().strip():
                scale = _scale(item.deviceTransform(view.viewportTransform()))
                seen.append(SeenText(type(item.parentItem()).__name__, item.toPlainText(), _document_px(item) * scale))
    return seen


def widget_texts(root: QWidget) -> list[SeenText]:
    """The visible widgets under ``root`` that show a text (labels, buttons, combo boxes, logs), in their font."""
    seen = []
    for w in root.findChildren(QWidget):
        getter = next((getattr(w, n) for n in ("text", "currentText", "toPlainText") if hasattr(w, n)), None)
        text = getter() if callable(getter) and w.isVisible() else ""
        if isinstance(text, str) and text.strip():
            seen.append(SeenText(type(w).__name__, text[:60], font_px(w.font(), w.logicalDpiY()), id(w)))
    return seen


def texts_on_screen(win: QWidget) -> list[SeenText]:
    """Every text painted by Python while the window paints itself, every plot's text items and every widget's
    text."""
    QApplication.processEvents()
    for view in win.findChildren(pg.GraphicsView):
        for axis in (i for i in view.scene().items() if isinstance(i, pg.AxisItem)):
            axis.picture = None  # pyqtgraph keeps an axis' painting as a picture: paint the numbers afresh
            axis.update()  # and so does Qt's cache of the item
    for widget in win.findChildren(QWidget):
        if isinstance(widget, PaintedOnce):  # it shows its last painting: have it paint afresh
            widget.repaint_content()
    with painted_texts() as seen:
        win.grab()
    return seen + plot_texts(win) + widget_texts(win)


def overlapping(texts: list[SeenText], painter_of: str) -> list[tuple[str, str]]:
    """Pairs of texts one object of the class ``painter_of`` drew over each other (more than a pixel each way)."""
    by_painter: dict[int, list[SeenText]] = {}
    for t in texts:
        if t.painter_of == painter_of and t.rect is not None:
            by_painter.setdefault(t.drawn_by, []).append(t)
    pairs = []
    for drawn in by_painter.values():
        for i, a in enumerate(drawn):
            for b in drawn[i + 1 :]:
                both = a.rect.intersected(b.rect)
                if both.width() > 1 and both.height() > 1:
                    pairs.append((a.text, b.text))
    return pairs
