"""pyqtgraph's views, following a live language switch: pyqtgraph writes its right-click "Export..." once, when
a view is made, and never again. These say it again on Qt's LanguageChange (zh_CN/pyqtgraph.ts translates it).
Make every plot from these, not from pg.PlotWidget or pg.GraphicsLayoutWidget: their axis labels are also drawn
only where they fit (``axis_label_fit``)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication

from gui.widgets.axis_label_fit import fit_axis_labels
from gui.widgets.retranslating import Retranslating

EXPORT = ("GraphicsScene", "Export...")  # pyqtgraph's own message (context, source): zh_CN/pyqtgraph.ts has it


def say_library_words(view: pg.GraphicsView) -> None:
    """The words pyqtgraph put on ``view`` (its scene's Export action) in the language now installed."""
    for action in getattr(view.scene(), "contextMenu", ()):
        action.setText(QCoreApplication.translate(*EXPORT))


class PlotWidget(Retranslating, pg.PlotWidget):
    """pg.PlotWidget whose library words follow the language; a subclass calls ``super().retranslate()``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        fit_axis_labels(self.getPlotItem())

    def retranslate(self) -> None:
        say_library_words(self)


class GraphicsLayoutWidget(Retranslating, pg.GraphicsLayoutWidget):
    def addPlot(self, *args, **kwargs) -> pg.PlotItem:  # noqa: N802 (pyqtgraph's name)
        item = super().addPlot(*args, **kwargs)
        fit_axis_labels(item)
        return item

    def retranslate(self) -> None:
        say_library_words(self)
