"""Text a class reads from the back of the room: in projector mode every text a student reads is at least
16 px high, painted numbers and the texts of plots included.

"High" is the font's em height in pixels: its pixel size, or its point size times the screen's dots per inch
/ 72 (12 pt at 96 dpi; its QFontMetrics ascent is then 16 px). The theme applies the rule (the application's
font, every plot's axes, titles, legends and text items); painted widgets take their fonts through
``gui.theme.readable_font``, so none keeps a size of its own below it.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QWidget

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


def raise_small_fonts(widgets: list[QWidget], min_px: float) -> None:
    """Widgets with a font of their own (a log's fixed font, a label sized in the normal look) follow the rule
    too, as the application's font does not reach them: raised to ``min_px``; 0 gives them their own back."""
    for widget in widgets:
        own = widget.property("fontBeforeProjector")
        if min_px and widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and text_px(widget.font()) < min_px:
            if own is None:
                widget.setProperty("fontBeforeProjector", QFont(widget.font()))
            widget.setFont(at_least(widget.font(), min_px))
        elif not min_px and own is not None:
            widget.setFont(own)
            widget.setProperty("fontBeforeProjector", None)


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


def thin_ticks(axis: pg.AxisItem) -> None:
    """The axis numbers never overlap: where the major ticks' numbers need more room than the axis has (16 px
    numbers on a small plot), the ticks step further apart (1, 2, 5, 10...). pyqtgraph always draws the major
    level's numbers, crowded or not. Only an axis with a tick font of its own (the projector's) is thinned."""
    if axis.__dict__.get("_thinned"):
        return
    spacing = axis.tickSpacing

    def thinned(min_value: float, max_value: float, size: float):
        levels = spacing(min_value, max_value, size)
        font = axis.style["tickFont"]
        if font is None or not levels or not max_value > min_value or size <= 0:
            return levels
        step, offset = levels[0]
        for _ in range(12):
            if _labels_room(axis, QFontMetrics(font), min_value, max_value, step, offset) <= size:
                break
            step *= 2.5 if round(step / 10 ** math.floor(math.log10(step)), 3) == 2 else 2  # 1, 2, 5, 10, 20...
        return levels if step == levels[0][0] else [(step, offset)]

    log_values = axis.logTickValues

    def thinned_log(min_value: float, max_value: float, size: float, std_ticks):
        """A log axis adds the 2..9 of each decade as a level of their own: every k-th of them, as fits."""
        levels = log_values(min_value, max_value, size, std_ticks)
        font = axis.style["tickFont"]
        if font is None:
            return levels
        fm, out = QFontMetrics(font), []
        for step, values in levels:
            values, used = list(values), sum(len(v) for _, v in out)
            k = 1
            while values[::k] and _room(axis, fm, values[::k] + [0.0] * used) > size and k < len(values):
                k += 1
            out.append((step, values[::k]))
        return out

    axis.tickSpacing, axis.logTickValues, axis._thinned = thinned, thinned_log, True


def _labels_room(axis: pg.AxisItem, fm: QFontMetrics, lo: float, hi: float, step: float, offset: float) -> float:
    """The pixels the numbers of ticks every ``step`` need along the axis, with a gap between them."""
    first = math.ceil((lo - offset) / step) * step + offset
    return _room(axis, fm, list(np.arange(first, hi + step * 1e-6, step)), step)


def _room(axis: pg.AxisItem, fm: QFontMetrics, values: list[float], step: float | None = None) -> float:
    if not values:
        return 0.0
    if axis.orientation in ("left", "right"):
        return len(values) * fm.height()
    strings = axis.tickStrings(values, axis.autoSIPrefixScale * axis.scale, step or 1.0)
    return sum(fm.horizontalAdvance(s) for s in strings) + len(values) * fm.averageCharWidth()
