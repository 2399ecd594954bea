"""Text a class reads from the back of the room: in projector mode every text a student reads is at least
16 px high, painted numbers and the texts of plots included.

"High" is the font's em height in pixels: its pixel size, or its point size times the screen's dots per inch
/ 72 (12 pt at 96 dpi; its QFontMetrics ascent is then 16 px). The theme applies the rule (the application's
font, every plot's axes, titles, legends and text items); painted widgets take their fonts through
``gui.theme.readable_font``, so none keeps a size of its own below it.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QGuiApplication

PROJECTOR_MIN_PX = 16


def screen_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def text_px(font: QFont, dpi: float | None = None) -> float:
    """The font's em height in pixels."""
    if font.pixelSize() > 0:
        return float(font.pixelSize())
    return font.pointSizeF() * (dpi or screen_dpi()) / 72.0


def at_least_pt(pt: float, min_px: float) -> float:
    """``pt``, raised to ``min_px`` pixels."""
    return max(pt, min_px * 72.0 / screen_dpi())


def at_least(font: QFont, min_px: float) -> QFont:
    """A copy of ``font`` at least ``min_px`` high (a point-sized font stays point-sized)."""
    out = QFont(font)
    if text_px(font) < min_px:
        if font.pixelSize() > 0:
            out.setPixelSize(round(min_px + 0.49))
        else:
            out.setPointSizeF(at_least_pt(font.pointSizeF(), min_px))
    return out


def style_legend(legend: pg.LegendItem, pt: float | None) -> None:
    """A legend's entries in ``pt`` points, the ones it has and the ones it gets later; None gives it back its
    own size. (pyqtgraph's setLabelTextSize alone only sizes the entries added after it.)"""
    normal = legend.__dict__.setdefault("_normal_size", legend.opts["labelTextSize"])
    size = normal if pt is None else f"{pt:.0f}pt"
    legend.setLabelTextSize(size)
    for _sample, label in legend.items:
        label.setText(label.text, size=size)


def style_text_item(item: pg.TextItem, min_px: float) -> None:
    """A text written on a plot (a note, a value beside a bar) at least ``min_px`` high; 0: its own font."""
    normal = item.__dict__.setdefault("_normal_font", QFont(item.textItem.font()))
    item.setFont(at_least(normal, min_px) if min_px else normal)
