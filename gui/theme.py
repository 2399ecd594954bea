"""The window's look, in one place: the normal look, or projector mode (larger text, thicker curves, a
high-contrast light theme and the colour-blind-safe Okabe–Ito colours for curves and bars).

The AppState owns one Theme. Switching it sets the application's font, palette and stylesheet (so every tab
follows without code of its own) and restyles every pyqtgraph plot under the window (axes, titles, legends,
curve widths and colours). Code that draws later reads ``current_look()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QGraphicsItem, QLabel, QToolTip, QWidget

from gui import readable
from gui.plot_title import wrap_title

OKABE_ITO = {"blue": "#0072B2", "vermillion": "#D55E00", "green": "#009E73", "purple": "#CC79A7", "orange": "#E69F00"}
# today's colours -> their colour-blind-safe stand-ins in projector mode (curves and bars of every plot)
SAFE = {
    "#1f77b4": OKABE_ITO["blue"],
    "#4a78b5": OKABE_ITO["blue"],
    "#1f5fbf": OKABE_ITO["blue"],
    "#ff7f0e": OKABE_ITO["vermillion"],
    "#c62828": OKABE_ITO["vermillion"],
    "#d62728": OKABE_ITO["vermillion"],
    "#2ca02c": OKABE_ITO["green"],
    "#2e7d32": OKABE_ITO["green"],
    "#2a7d2a": OKABE_ITO["green"],
    "#9467bd": OKABE_ITO["purple"],
}
CAPTION_PT = 8.0  # captions under plots and tiles, in the normal look


@dataclass(frozen=True)
class Look:
    projector: bool
    font_scale: float  # of the application's own font
    pen_scale: float  # curve widths
    text: str  # plot titles, labels and tick numbers
    axis: str
    grid_alpha: float
    title_pt: float
    colors: dict[str, str] = field(default_factory=dict)  # role -> colour, for code that draws after a switch
    min_text_px: int = 0  # no text a student reads is smaller (gui.readable)

    def text_pt(self, pt: float) -> float:
        """A text size of a plot (title, axis label, legend) in this look: ``pt``, at least ``min_text_px``."""
        return readable.at_least_pt(pt, self.min_text_px)

    def color(self, role: str) -> str:
        return self.colors[role]

    def safe(self, color: str) -> str:
        """A colour of the normal look as this look draws it."""
        return SAFE.get(str(color).lower(), color) if self.projector else color


ROLES = {"train": "#1f77b4", "val": "#ff7f0e", "test": "#2ca02c", "lr": "#9467bd", "bar": "#4a78b5"}
ROLES |= {"wrong": "#c62828", "right": "#2e7d32"}
NORMAL = Look(False, 1.0, 1.0, "#333333", "#888888", 0.15, 10.0, dict(ROLES))
SAFE_ROLES = {k: SAFE.get(v, v) for k, v in ROLES.items()}
PROJECTOR = Look(True, 1.4, 2.0, "#000000", "#000000", 0.3, 14.0, SAFE_ROLES, readable.PROJECTOR_MIN_PX)
_current = NORMAL
_applied = NORMAL  # the look the application's font and palette are in
_base: dict[str, object] = {}  # the application's own font and palette, before any switch


def current_look() -> Look:
    return _current


def readable_font(font: QFont) -> QFont:
    """The font a painted widget draws a text in: ``font``, at least as high as the current look asks."""
    return readable.at_least(font, _current.min_text_px)


def projector_palette(base: QPalette) -> QPalette:
    """Black on white, strong selection and disabled text still readable from the back of a room."""
    p = QPalette(base)
    for role, color in {
        QPalette.Window: "#ffffff",
        QPalette.WindowText: "#000000",
        QPalette.Base: "#ffffff",
        QPalette.AlternateBase: "#eeeeee",
        QPalette.Text: "#000000",
        QPalette.Button: "#e8e8e8",
        QPalette.ButtonText: "#000000",
        QPalette.Highlight: "#0057b8",
        QPalette.HighlightedText: "#ffffff",
        QPalette.ToolTipBase: "#ffffe0",
        QPalette.ToolTipText: "#000000",
        QPalette.PlaceholderText: "#444444",
        QPalette.Mid: "#555555",
        QPalette.Dark: "#222222",
        QPalette.Shadow: "#000000",
    }.items():
        p.setColor(QPalette.Active, role, QColor(color))
        p.setColor(QPalette.Inactive, role, QColor(color))
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#6a6a6a"))
    return p


def mark_caption(label: QLabel, on_projector: bool = True, normal_color: str | None = None) -> QLabel:
    """A small grey explanation under a control or plot; its size and colour follow the theme.

    ``on_projector=False``: hidden in projector mode, where the plots need the room and the teacher explains
    (What's this? still does).
    """
    label.setProperty("role", "caption")
    label.setProperty("projectorHidden", not on_projector)
    label.setProperty("normalColor", normal_color)  # None: the palette's muted "dark" grey
    style_caption(label, _current)
    return label


def style_caption(label: QLabel, look: Look) -> None:
    # font and palette, not a style sheet: an application style sheet set together with a new application
    # font crashed PySide6 6.11 (a Python event filter met a half-updated widget)
    font = QFont(label.font())
    font.setPointSizeF(look.text_pt(CAPTION_PT * (1.2 if look.projector else 1.0)))
    label.setFont(font)
    palette = QPalette(label.palette())
    app_palette = QApplication.palette()
    normal = QColor(label.property("normalColor") or app_palette.color(QPalette.Dark))
    palette.setColor(QPalette.WindowText, QColor("#1a1a1a") if look.projector else normal)
    label.setPalette(palette)
    if label.property("projectorHidden"):
        label.setVisible(not look.projector)


class Theme(QObject):
    changed = Signal(object)  # the new Look

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.look = NORMAL

    @property
    def projector(self) -> bool:
        return self.look.projector

    def set_projector(self, on: bool) -> None:
        global _current
        self.look = _current = PROJECTOR if on else NORMAL
        window = self.parent()
        while window is not None and not isinstance(window, QWidget):
            window = window.parent()
        apply_to_app(self.look, window)
        self.changed.emit(self.look)


def apply_to_app(look: Look, window: QWidget | None = None) -> None:
    """The application's font and palette in ``look``, and the styled widgets of ``window`` re-polished.

    Only the window's own widgets are walked, never ``app.allWidgets()``: that list also holds the widgets of
    windows closed earlier, which a test run saw torn down under the walk (a crash). Nothing is done when the
    application is in ``look`` already: widgets made since then took it when they were made.
    """
    global _applied
    app = QApplication.instance()
    if app is None or look == _applied:
        return
    _applied = look
    base_font = _base.setdefault("font", QFont(app.font()))
    base_palette = _base.setdefault("palette", QPalette(app.palette()))
    font = QFont(base_font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(look.text_pt(base_font.pointSizeF() * look.font_scale))
    app.setFont(font)
    QToolTip.setFont(font)
    app.setPalette(projector_palette(base_palette) if look.projector else base_palette)
    widgets = [window, *window.findChildren(QWidget)] if window is not None else []
    for widget in widgets:
        if widget.styleSheet():  # a widget with its own style sheet takes the new font only when re-polished
            sheet = widget.styleSheet()
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
    readable.raise_small_fonts(widgets, look.min_text_px)
    for widget in widgets:  # after the re-polish, which resets the palettes of a styled widget's children
        if isinstance(widget, QLabel) and widget.property("role") == "caption":
            style_caption(widget, look)


def style_plots(root: QWidget, look: Look) -> None:
    """Every pyqtgraph plot under ``root`` in ``look``: axes, titles, legends, grid, curves and bars."""
    tick_font = readable_font(QApplication.font()) if look.projector else None
    scene_items = [i for view in root.findChildren(pg.GraphicsView) for i in view.scene().items()]
    for legend in (i for i in scene_items if isinstance(i, pg.LegendItem)):  # one beside its plots, too
        readable.style_legend(legend, look.text_pt(look.title_pt * 0.9) if look.projector else None)
    for note in (i for i in scene_items if isinstance(i, pg.TextItem)):
        readable.style_text_item(note, look.min_text_px)
    for item in (i for i in scene_items if isinstance(i, pg.PlotItem)):  # PlotWidgets and plot grids alike
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            if axis.isVisible():
                axis.setPen(look.axis)
                axis.setTextPen(look.text)
                axis.setTickFont(tick_font)
                readable.thin_ticks(axis)  # 16 px numbers on a small plot: fewer of them, never over each other
                # a cached axis picture outlived the new text size (stale numbers drawn twice): projector
                # mode draws its axes afresh, the normal look keeps the cache that saves ~3 ms a repaint
                normal_cache = axis.__dict__.setdefault("_normal_cache", axis.cacheMode())
                axis.setCacheMode(QGraphicsItem.CacheMode.NoCache if look.projector else normal_cache)
                if axis.labelText:
                    size = {"font-size": f"{look.text_pt(look.title_pt * 0.9):.0f}pt"} if look.projector else {}
                    axis.setLabel(axis.labelText, axis.labelUnits, color=look.text, **size)
        wrap_title(item)  # a long title on a small plot: more lines, not cut
        style_title(item.titleLabel, look)
        if item.ctrl.xGridCheck.isChecked():
            item.showGrid(x=True, y=True, alpha=look.grid_alpha)
        for curve in item.listDataItems():
            _style_curve(curve, look)
        _follow_new_curves(item)


def style_title(title: pg.LabelItem, look: Look) -> None:
    """A plot's title in ``look``, from its text in the normal look (its HTML may name curve colours)."""
    normal = title.__dict__.setdefault("_normal_text", title.text)
    if normal:
        text = normal
        for old, new in SAFE.items() if look.projector else ():
            text = text.replace(old, new)
        title.setText(text, color=look.text, size=f"{look.text_pt(look.title_pt):.0f}pt")


def _follow_new_curves(item: pg.PlotItem) -> None:
    """Curves a plot adds later (runs chosen for comparison, a sweep's next trial) take the current look."""
    if item.__dict__.get("_follows_look"):
        return
    add_item = item.addItem

    def add_and_style(obj, *args, **kwargs):
        add_item(obj, *args, **kwargs)
        if _current.projector:
            _style_curve(obj, _current)
            if isinstance(obj, pg.TextItem):
                readable.style_text_item(obj, _current.min_text_px)

    item.addItem, item._follows_look = add_and_style, True


def _style_curve(curve, look: Look) -> None:
    if not isinstance(curve, pg.PlotDataItem):
        return
    normal = curve.__dict__.setdefault(
        "_normal_look", (curve.opts["pen"], curve.opts["symbolBrush"], curve.opts["symbolSize"])
    )
    pen, brush, size = normal
    if pen is not None:
        pen = pg.mkPen(pen)
        color = QColor(look.safe(pen.color().name()))
        color.setAlpha(pen.color().alpha())
        pen.setColor(color)
        pen.setWidthF(max(pen.widthF(), 1.0) * look.pen_scale)
    curve.setPen(pen)
    if brush is not None:
        curve.setSymbolBrush(look.safe(pg.mkBrush(brush).color().name()))
        curve.setSymbolSize(size * (1.4 if look.projector else 1.0))
