"""Issue 19, nothing cut beside an open lesson after a run: at 1024x768 in projector mode with lesson 2 open, after a
1-epoch run on a small subset (tiles holding values, test images with their answers), in English and Chinese, the
Train tab's pages still fit and no text on them is wider than its room. (Every tab beside every lesson before a run:
test_nothing_cut.)

One window, one short run, the language switched in place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.text_room import cut_texts


def _settle() -> None:
    for _ in range(4):  # a page shown for the first time in this look lays out in a few passes
        QApplication.processEvents()


def _train_pages(win):
    """The Train tab's own pages (the curves, the data), shown in turn."""
    win.tabs.setCurrentWidget(win.train)
    for i in range(win.train.pages.count()):
        win.train.pages.setCurrentIndex(i)
        yield f"{win.tabs.tabText(0)} > {win.train.pages.tabText(i)}"
    win.train.pages.setCurrentIndex(0)


def test_beside_an_open_lesson_the_train_tab_cuts_no_text_after_a_run(make_window, qtbot):
    win = make_window()
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.lessons.open_lesson(win.lessons.bundled()[1])  # 2. Sigmoid or LeakyReLU?
    qtbot.waitUntil(lambda: win.train.samples.samples is not None, timeout=60_000)
    cut = []
    try:
        win.config_panel.set_values(dict(epochs=1, train_subset=500, threads=1))
        with qtbot.waitSignal(win.state.runFinished, timeout=120_000):  # the tiles hold values, the grid answers
            win.train.start()
        qtbot.waitUntil(lambda: win.train.progress.value("test_acc") != "–", timeout=10_000)
        for language in ("en", "zh_CN"):
            win.set_language(language)
            win.resize(1024, 768)
            for where in _train_pages(win):
                _settle()
                cut += [f"{language} {where}: {c}" for c in cut_texts(win.tabs.currentWidget())]
            grid = win.train.samples  # its check box is placed by hand: the pane itself must hold it
            if grid.mistakes.isVisible() and not grid.rect().contains(grid.mistakes.geometry()):
                cut.append(
                    f"{language}: 'Mistakes first' at {grid.mistakes.geometry().getRect()} in {grid.rect().getRect()}"
                )
        assert (win.width(), win.height()) == (1024, 768)
        win.tabs.setCurrentWidget(win.inside)
        _settle()
        split = win.inside.split  # stacked beside the lesson: the feature maps first, not below the fold
        assert split.orientation() == Qt.Orientation.Vertical and split.indexOf(win.inside.tabs.parentWidget()) == 0
        assert win.train.samples.captions() and win.train.progress.value("epoch") == "1/1"
    finally:
        win.set_language("en")
        win.classroom.set_projector(False)
    assert not cut, f"{len(cut)} texts cut or pages scrolling sideways beside lesson 2:\n" + "\n".join(cut)


def test_a_diverging_loss_fits_its_tile(qtbot):
    """Lesson 7 (learning rate 5): the loss reaches 5e18 before it becomes nan; the tile said 24 digits in 8."""
    from core.events import EpochMetrics
    from gui.train.progress_panel import ProgressPanel

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 200)
    panel.show()
    huge = EpochMetrics(1, 5101483264229509120.0, 0.1, None, None, 2.3, 0.1, 5.0, 1000.0, 2.0)
    panel.show_saved([huge], 2, lambda: "")
    assert panel.value("train_loss") == "5.1e+18"
    assert not [c for c in cut_texts(panel) if "train_loss" in c]
