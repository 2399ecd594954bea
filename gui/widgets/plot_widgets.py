"""pyqtgraph's views, following a live language switch: pyqtgraph writes its right-click menus (the scene's
"Export...", each ViewBox's "View All" / "Mouse Mode", each PlotItem's "Plot Options") once, when they are made,
and never again. These say them again on Qt's LanguageChange (zh_CN/pyqtgraph.ts translates them), for every plot
of the view, and once when a plot is made. Make every plot from these, not from pg.PlotWidget or
pg.GraphicsLayoutWidget: their axis labels are also drawn only where they fit (``axis_label_fit``)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QGraphicsItem
from shiboken6 import isValid

from gui.widgets.axis_label_fit import fit_axis_labels
from gui.widgets.retranslating import Retranslating

# pyqtgraph's own messages (context, source), in the order its menus hold them: zh_CN/pyqtgraph.ts has them
EXPORT = ("GraphicsScene", "Export...")
VIEW_BOX = "ViewBox"
VIEW_BOX_TITLE, VIEW_ALL, MOUSE_MODE = "ViewBox options", "View All", "Mouse Mode"
MOUSE_MODES = ("3 button", "1 button")  # ViewBoxMenu.mouseModes: pan, zoom
# pyqtgraph writes f"X {translate('ViewBox', 'axis')}", which lupdate cannot read: ours says the whole title
AXIS_MENUS = (QT_TRANSLATE_NOOP("PlotMenus", "X axis"), QT_TRANSLATE_NOOP("PlotMenus", "Y axis"))
PLOT_ITEM = "PlotItem"
PLOT_OPTIONS = "Plot Options"
PLOT_OPTION_MENUS = ("Transforms", "Downsample", "Average", "Alpha", "Grid", "Points")  # PlotItem.ctrlMenu's


class _SameInEveryWindowState(QObject):
    """Swallows the (de)activation a view sends its scene's items when it is shown or hidden: each QGraphicsWidget
    repaints on it (for an inactive window's colours, which our plots do not use), so a cached axis was drawn
    anew at every switch to its tab."""

    def eventFilter(self, item, event) -> bool:  # noqa: N802 (Qt's name)
        return event.type() in (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)


_same = _SameInEveryWindowState()


def keep_painted(plot: pg.PlotItem) -> None:
    """The plot's axes, their labels and its title keep their last painting as a picture: a tab switched to (once a
    second in a tour of the tabs) shows them without laying out and drawing every tick label anew. pyqtgraph calls
    ``update()`` on each when it changes, which paints it again."""
    for axis in (plot.getAxis(side) for side in ("left", "bottom", "right", "top")):
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        axis.installEventFilter(_same)
        axis.label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.titleLabel.item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def say_library_words(view: pg.GraphicsView) -> None:
    """The words pyqtgraph put on ``view`` (its scene's Export action, the menus of every ViewBox and PlotItem
    in it) in the language now installed."""
    scene = view.scene()
    if scene is None or not isValid(scene):
        return
    for action in getattr(scene, "contextMenu", ()):
        action.setText(QCoreApplication.translate(*EXPORT))
    for item in scene.items():  # a plot being torn down may have lost its menu's C++ side: skip it
        if isinstance(item, pg.ViewBox) and item.menu is not None and isValid(item.menu):
            _say_view_box_menu(item.menu)
        elif isinstance(item, pg.PlotItem) and item.ctrlMenu is not None and isValid(item.ctrlMenu):
            _say_plot_options(item.ctrlMenu)


def _say_view_box_menu(menu) -> None:
    def tr(text: str) -> str:
        return QCoreApplication.translate(VIEW_BOX, text)

    menu.setTitle(tr(VIEW_BOX_TITLE))
    menu.viewAll.setText(tr(VIEW_ALL))
    for action, text in zip(menu.mouseModes, MOUSE_MODES):
        action.setText(tr(text))
    axis_menus = [a.menu() for a in menu.actions() if a.menu() is not None][: len(AXIS_MENUS)]  # X, then Y
    for axis_menu, text in zip(axis_menus, AXIS_MENUS):
        axis_menu.setTitle(QCoreApplication.translate("PlotMenus", text))
    for action in menu.actions():  # the Mouse Mode sub-menu: the one holding the mode actions
        if action.menu() is not None and menu.mouseModes[0] in action.menu().actions():
            action.menu().setTitle(tr(MOUSE_MODE))


def _say_plot_options(menu) -> None:
    menu.setTitle(QCoreApplication.translate(PLOT_ITEM, PLOT_OPTIONS))
    for action, text in zip(menu.actions(), PLOT_OPTION_MENUS):
        action.menu().setTitle(QCoreApplication.translate(PLOT_ITEM, text))


class PlotWidget(Retranslating, pg.PlotWidget):
    """pg.PlotWidget whose library words follow the language; a subclass calls ``super().retranslate()``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        say_library_words(self)  # the axis menus' titles, which pyqtgraph leaves half English
        fit_axis_labels(self.getPlotItem())
        keep_painted(self.getPlotItem())

    def retranslate(self) -> None:
        say_library_words(self)


class GraphicsLayoutWidget(Retranslating, pg.GraphicsLayoutWidget):
    def addPlot(self, *args, **kwargs) -> pg.PlotItem:  # noqa: N802 - pyqtgraph's name
        plot = super().addPlot(*args, **kwargs)
        say_library_words(self)
        fit_axis_labels(plot)
        keep_painted(plot)
        return plot

    def retranslate(self) -> None:
        say_library_words(self)
