"""The map's plot: one dot per test image coloured by class (Okabe–Ito), the mistakes ringed, the selected image
and the student's drawing as large markers, and a legend. Finds the dot under the mouse for hover and click."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from gui.widgets.plot_widgets import PlotWidget
from PySide6.QtCore import QPointF, Signal

from core.embedding import FeatureMap

# Okabe–Ito's eight colour-blind-safe colours, then two more that stay apart from them (Tol's wine and grey)
CLASS_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000")
CLASS_COLOURS += ("#882255", "#999999")
PICK_PX = 8  # a click or hover picks the nearest dot within this many pixels


def class_colour(k: int) -> str:
    return CLASS_COLOURS[k] if k < len(CLASS_COLOURS) else pg.intColor(k, hues=max(k + 1, 12)).name()


LEGEND_OFFSET = 4  # px from the view's top left corner
LEGEND_COLUMNS = (10, 5, 4, 3, 2, 1)  # classes per row of the legend, the widest that fits first


class MapPlot(PlotWidget):
    hovered = Signal(object)  # int | None: the map's row under the mouse
    clicked = Signal(int)  # the map's row clicked

    def __init__(self, parent=None):
        super().__init__(parent, background="w")
        self.fmap: FeatureMap | None = None
        self.class_names: list[str] = []
        self.highlight = False
        item = self.getPlotItem()
        item.hideAxis("left")
        item.hideAxis("bottom")
        item.setMenuEnabled(False)
        self.hideButtons()
        self.setAspectLocked(False)
        self.classes: list[pg.ScatterPlotItem] = []
        self.mistakes = pg.ScatterPlotItem(size=13, pen=pg.mkPen("#D55E00", width=2), brush=None, symbol="o")
        self.selected = pg.ScatterPlotItem(size=26, pen=pg.mkPen("#000000", width=3), brush=None, symbol="o")
        self.drawing_tip = ""  # how the drawing was placed: the tooltip of its marker
        self.drawing = pg.ScatterPlotItem(
            size=30,
            pen=pg.mkPen("#000000", width=2),
            brush=pg.mkBrush("#F0E442"),
            symbol="star",
            hoverable=True,
            tip=lambda **_kw: self.drawing_tip,
        )
        for extra in (self.mistakes, self.selected, self.drawing):
            extra.setZValue(10)
            item.addItem(extra)
        self.legend = item.addLegend(
            offset=(LEGEND_OFFSET, LEGEND_OFFSET), labelTextSize="8pt", brush=(255, 255, 255, 210)
        )
        self.legend.setColumnCount(10)  # one short band along the top: the dots stay visible
        item.vb.sigResized.connect(self._fit_legend)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.scene().sigMouseClicked.connect(self._mouse_clicked)

    # -- content ----------------------------------------------------------------------------------------------
    def show_map(self, fmap: FeatureMap | None, class_names: list[str]) -> None:
        self.fmap, self.class_names = fmap, class_names
        for dots in self.classes:
            self.getPlotItem().removeItem(dots)
        self.classes = []
        self.selected.clear()
        self.drawing.clear()
        if fmap is not None:
            for k in range(len(class_names)):
                dots = pg.ScatterPlotItem(size=6, pen=pg.mkPen("#00000040"), brush=pg.mkBrush(class_colour(k)))
                self.getPlotItem().addItem(dots)
                self.classes.append(dots)
            self._fill()
            self.getPlotItem().autoRange()
        else:
            self.mistakes.clear()
        self.refill_legend()

    def set_highlight(self, on: bool) -> None:
        self.highlight = on
        self._fill()
        self.refill_legend()

    def _fill(self) -> None:
        fmap = self.fmap
        if fmap is None:
            return
        alpha = 70 if self.highlight else 255
        for k, dots in enumerate(self.classes):
            rows = np.flatnonzero(fmap.labels == k)
            colour = pg.mkColor(class_colour(k))
            colour.setAlpha(alpha)
            dots.setData(pos=fmap.points[rows], data=rows, brush=pg.mkBrush(colour))
        wrong = np.flatnonzero(fmap.misclassified) if self.highlight else np.zeros(0, int)
        self.mistakes.setData(pos=fmap.points[wrong], data=wrong)

    def mark_selected(self, row: int | None) -> None:
        if self.fmap is None or row is None:
            self.selected.clear()
        else:
            self.selected.setData(pos=self.fmap.points[[row]])

    def mark_drawing(self, where: np.ndarray | None, tip: str) -> None:
        self.drawing_tip = tip
        self.drawing.clear() if where is None else self.drawing.setData(pos=np.asarray(where, float).reshape(1, 2))

    def refill_legend(self) -> None:
        """The class names, in the language of the moment (the rings and the star say what they are in the
        panel's caption: in the legend their long names pushed classes out of sight on a projector). Only when
        the classes or their look change: ten entries cost 45 ms under load, a new map's arrival refilled it 3 times."""
        self.legend.clear()
        for name, dots in zip(self.class_names, self.classes):
            self.legend.addItem(dots, name)
        self._fit_legend()

    def _fit_legend(self, *_) -> None:
        """One band of ten classes, or two of five (and so on) where the map is narrower than ten of them."""
        room = self.getPlotItem().vb.boundingRect().width() - 2 * LEGEND_OFFSET
        for columns in LEGEND_COLUMNS:
            if self.legend.columnCount != columns:
                self.legend.setColumnCount(columns)
            if self.legend.boundingRect().width() <= room:
                break

    # -- the dot under the mouse -----------------------------------------------------------------------------
    def row_at(self, scene_pos: QPointF) -> int | None:
        fmap, box = self.fmap, self.getPlotItem().getViewBox()
        if fmap is None or not len(fmap.points) or not box.sceneBoundingRect().contains(scene_pos):
            return None
        where = box.mapSceneToView(scene_pos)
        px, py = box.viewPixelSize()
        dist = np.hypot((fmap.points[:, 0] - where.x()) / px, (fmap.points[:, 1] - where.y()) / py)
        row = int(dist.argmin())
        return row if dist[row] <= PICK_PX else None

    def scene_pos_of(self, row: int) -> QPointF:
        """Where a dot is on the scene (tests click there)."""
        x, y = self.fmap.points[row]
        return self.getPlotItem().getViewBox().mapViewToScene(QPointF(float(x), float(y)))

    def _mouse_moved(self, scene_pos) -> None:
        self.hovered.emit(self.row_at(scene_pos))

    def _mouse_clicked(self, event) -> None:
        row = self.row_at(event.scenePos())
        if row is not None:
            self.clicked.emit(row)
