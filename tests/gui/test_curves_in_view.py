"""Issue 19, docs/teaching.md walked at 1024x768: beside lesson 2 on a projector, in Chinese, the Train tab's live
column holds its tiles, knobs and coach over the curves, and the loss plot was below the fold while the class
watched the run. When a run starts the column scrolls (as little as it can) to the curves; a run that fails
scrolls back up to its message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

SIZE = (1024, 738)  # a 1024x768 screen less a window manager's title bar
SMALL = dict(dataset="mnist", epochs=1, train_subset=320, batch_size=64, threads=1, device="cpu")


def _in_view(win, widget) -> bool:
    view = win.train.findChild(QScrollArea, "liveScroll").viewport()
    rect = widget.rect().translated(widget.mapTo(view, widget.rect().topLeft()))
    return widget.isVisible() and view.rect().contains(rect)


def test_the_curves_come_into_view_when_a_run_starts_and_its_failure_message_when_it_fails(make_window, qtbot):
    win = make_window()
    win.set_language("zh_CN")
    win.classroom.set_projector(True)
    try:
        win.lessons.open_lesson(win.lessons.bundled()[1])  # 2. Sigmoid or LeakyReLU?
        win.config_panel.set_values(SMALL)
        win.resize(*SIZE)
        tab = win.train
        qtbot.waitUntil(lambda: tab.buttons["start"].isEnabled(), timeout=10_000)
        split = tab.main_split  # as lesson 1's longer recipe left it in the walk: the settings got wider
        split.setSizes([400, sum(split.sizes()) - 400])
        for _ in range(4):
            QApplication.processEvents()  # the new widths laid out
        assert not _in_view(win, tab.plots.loss_plot)  # below the fold before the run
        with qtbot.waitSignal(win.state.runFinished, timeout=120_000):
            qtbot.mouseClick(tab.buttons["start"], Qt.LeftButton)
        qtbot.waitUntil(lambda: _in_view(win, tab.plots.loss_plot), timeout=5_000)
        win.config_panel.set_values(dict(activation="leakyrelu", lr=5.0))  # diverges within a few batches
        with qtbot.waitSignal(win.state.runFinished, timeout=120_000) as failed:
            qtbot.mouseClick(tab.buttons["start"], Qt.LeftButton)
        assert failed.args[0].kind == "nan"
        qtbot.waitUntil(lambda: _in_view(win, tab.message_bar), timeout=5_000)
    finally:
        win.lessons.close_lesson()
        win.classroom.set_projector(False)
        win.set_language("en")
