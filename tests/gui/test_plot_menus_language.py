"""pyqtgraph's right-click menus (each ViewBox's and PlotItem's) follow a live language switch, like the rest of
the window: gui/widgets/plot_widgets.py says them again on LanguageChange, for every plot of a view."""

from __future__ import annotations

import pytest

from gui.i18n import language
from gui.widgets.plot_widgets import GraphicsLayoutWidget, PlotWidget


@pytest.fixture
def english(qapp):
    language().install("en")
    yield
    language().install("en")


def _menu_words(plot_item) -> list[str]:
    vb_menu, options = plot_item.getViewBox().menu, plot_item.ctrlMenu
    mouse_menu = next(a.menu() for a in vb_menu.actions() if a.menu() and vb_menu.mouseModes[0] in a.menu().actions())
    axis_menus = [a.menu() for a in vb_menu.actions() if a.menu() is not None][:2]
    return [
        vb_menu.title(),
        vb_menu.viewAll.text(),
        mouse_menu.title(),
        *(a.text() for a in vb_menu.mouseModes),
        *(m.title() for m in axis_menus),
        options.title(),
        *(a.menu().title() for a in options.actions()),
    ]


def test_every_plot_menu_follows_a_live_switch(qtbot, english):
    single = PlotWidget()
    layout = GraphicsLayoutWidget()
    for widget in (single, layout):
        qtbot.addWidget(widget)
    plots = [single.getPlotItem(), layout.addPlot(row=0, col=0), layout.addPlot(row=0, col=1)]
    english_words = _menu_words(plots[0])
    assert english_words[:3] == ["ViewBox options", "View All", "Mouse Mode"]

    language().install("zh_CN")
    for plot in plots:
        words = _menu_words(plot)
        assert words[:7] == ["视图选项", "显示全部", "鼠标模式", "三键模式", "单键模式", "X 轴", "Y 轴"]
        assert words[7:] == ["图表选项", "坐标变换", "降采样", "平均", "透明度", "网格", "数据点"]
    plots[1].setContextMenuActionVisible("Grid", False)  # pyqtgraph finds its menu by the translated name
    assert not plots[1].ctrlMenu.actions()[4].isVisible()

    language().install("en")
    assert all(_menu_words(plot) == english_words for plot in plots)
