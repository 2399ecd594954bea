"""Issue 19 item 2, the focus view: a Train live plot, a Runs comparison plot, the confusion matrix and the layer
table each fill the window's central area when enlarged (its button, or a double-click on a plot; the live plot
goes on drawing while large), Esc puts each back into its parent and layout at the same size, and the button's
words follow a language switch. In projector mode at 1024x768, as in a classroom; one window for all of it (the
suite's time is short)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from core.events import BatchEnd
from gui.evaluate.confusion_widget import ConfusionWidget
from gui.widgets.focus_view import focus_view_of


def _settle() -> None:
    """A page shown in a new look lays out in a few passes."""
    for _ in range(6):
        QApplication.processEvents()


def _place(widget) -> tuple:
    """Where a widget sits: its parent, its index in the parent's layout, its size."""
    parent = widget.parentWidget()
    layout = parent.layout()
    return parent, layout.indexOf(widget) if layout is not None else -1, widget.size()


def _double_click(view: pg.GraphicsView) -> None:
    at = view.viewport().rect().center()
    event = QMouseEvent(
        QEvent.Type.MouseButtonDblClick,
        at,
        view.viewport().mapToGlobal(at),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def _fills_central_area(win, widget) -> bool:
    central = win.centralWidget()
    top_left = widget.mapTo(central, QPoint(0, 0))
    return (
        widget.isVisible()
        and widget.window() is win
        and top_left.x() <= 8
        and top_left.y() <= 8
        and widget.width() >= central.width() - 16
        and widget.height() >= central.height() - 16
    )


def test_plots_matrix_and_layer_table_enlarge_and_go_back_on_a_projector(make_window, qtbot):
    win = make_window()
    win.resize(1024, 768)
    win.classroom.set_projector(True)
    targets = {
        "live plot": (win.train, win.findChild(pg.PlotWidget, "lossPlot")),
        "layer table": (win.train, win.config_panel.summary),
        "compare plot": (win.runs, win.findChild(pg.GraphicsLayoutWidget, "comparePlots")),
        "confusion matrix": (win.evaluate, win.findChild(ConfusionWidget)),
    }
    table = win.config_panel.summary.table
    qtbot.waitUntil(lambda: table.rowCount() > 0 and table.isEnabled(), timeout=60_000)  # filled on a task
    try:
        for name, (page, target) in targets.items():
            win.tabs.setCurrentWidget(page)
            _settle()
            view = focus_view_of(target)
            assert view is not None and not view.button.isVisible()  # only while the pointer is over it
            QApplication.sendEvent(target, QEvent(QEvent.Type.Enter))
            assert view.button.isVisible(), f"{name} shows no Enlarge button under the pointer"
            before = _place(target)
            qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
            _settle()
            assert view.is_large() and _fills_central_area(win, target), f"{name} does not fill the window"
            assert target.parentWidget() is not before[0]
            if name == "live plot":  # it goes on drawing while large
                win.train.plots.add_batches(
                    [BatchEnd(1, i, 3, i, 2.0 / i, 0.5, 0.01, 100.0, 1.0, 1.0) for i in (1, 2, 3)]
                )
                win.train.plots.flush()
                assert len(win.train.plots.loss_points()[0]) == 3
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
            _settle()
            assert not view.is_large(), f"Esc did not put the {name} back"
            assert _place(target) == before, f"the {name} came back elsewhere or at another size"
        plot = targets["live plot"][1]
        win.tabs.setCurrentWidget(win.train)
        _double_click(plot)
        _settle()
        assert _fills_central_area(win, plot), "a double-click did not enlarge the plot"
        _double_click(plot)
        assert not focus_view_of(plot).is_large()
        assert (win.width(), win.height()) == (1024, 768)
        _speaks_the_language_of_the_window(win, focus_view_of(plot))
    finally:
        win.set_language("en")
        win.classroom.set_projector(False)


def _speaks_the_language_of_the_window(win, view) -> None:
    """The button's tooltip and the menu action's text follow a language switch, large and back."""
    english = (view.button.toolTip(), view.action.text())
    win.set_language("zh_CN")
    chinese = (view.button.toolTip(), view.action.text())
    assert chinese[1] == "放大" and all(any("\u4e00" <= c <= "\u9fff" for c in t) for t in chinese), chinese
    view.enlarge()
    assert view.action.text() == "放回原处" and view.button.toolTip() != chinese[0]
    view.put_back()
    win.set_language("en")
    assert (view.button.toolTip(), view.action.text()) == english
