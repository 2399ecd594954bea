"""Issue 19, nothing cut: at 1024x768, in English and Chinese, in the normal look and in projector mode, without a
lesson and beside each bundled lesson (each sets up its own network, data and settings), no label, button, combo
box, tab, header or visible table cell on any tab (the Train tab's own pages too) is wider (or taller) than its
room, no page is wider than its scroll area, and the window keeps the 1024x768 of the screen.

One window, switched in place (language, look, lesson), keeps this to one start-up; a page is measured once per
state, after the few layout passes a page shown for the first time needs."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTableWidget

from tests.gui.text_room import cut_texts
from tests.gui.walk import pages

SETTLE_PASSES = 6


def _settle(qtbot, win) -> None:
    """The layer table is filled on a task, asked for a moment after the settings change (a lesson opens): wait
    for both, or the walk measures the last lesson's table and the new one arrives on a later page."""
    table = win.train.findChild(QTableWidget, "summaryTable")
    asking = win.config_panel.findChild(QTimer, "summaryDebounce")
    qtbot.waitUntil(lambda: not asking.isActive() and table.rowCount() > 0 and table.isEnabled(), timeout=60_000)
    for _ in range(3):
        QApplication.processEvents()


def _walk(win, where: str) -> list[str]:
    """Every tab and inner page of the window in its present state: the texts cut, as "where > page: what"."""
    cut = []
    for n, page in enumerate(pages(win)):
        root = win if n == 0 else win.tabs.currentWidget()  # the window's own parts (lesson, tab bar) once
        found = cut_texts(root)
        for _ in range(SETTLE_PASSES):  # a page shown for the first time in this state lays out in a few passes:
            if not found:  # what is cut must stay cut once they are done, and most pages need none
                break
            QApplication.processEvents()
            found = cut_texts(root)
        cut += [f"{where} {page}: {c}" for c in found]
    return cut


def test_at_1024x768_no_text_is_cut_in_either_language_look_or_beside_any_lesson(make_window, qtbot):
    win = make_window()
    win.resize(1024, 768)
    _settle(qtbot, win)
    lessons = [None, *win.lessons.bundled()]
    cut, sizes = [], []
    try:
        for language in ("en", "zh_CN"):
            win.set_language(language)
            for projector in (False, True):
                win.classroom.set_projector(projector)
                for number, lesson in enumerate(lessons):
                    win.lessons.open_lesson(lesson) if lesson else win.lessons.close_lesson()
                    _settle(qtbot, win)
                    where = f"{language} {'projector' if projector else 'normal'} lesson {number or '-'}"
                    cut += _walk(win, where)
                    if (win.width(), win.height()) != (1024, 768):  # the screen's size: the window may not grow
                        sizes.append(f"{where}: {win.width()}x{win.height()}")
    finally:
        win.lessons.close_lesson()
        win.set_language("en")
        win.classroom.set_projector(False)
    assert not sizes, "the window grew past 1024x768:\n" + "\n".join(sizes)
    assert not cut, f"{len(cut)} texts cut at 1024x768:\n" + "\n".join(cut)


def test_a_layer_table_with_less_room_than_its_columns_scrolls_sideways_with_every_cell_whole(qtbot):
    """Beside a lesson on a projector an Inception table needs more than the Train tab can give its settings:
    it widens its pane only as far as its room, then scrolls inside itself; names are not squeezed to "bra…"."""
    from PySide6.QtWidgets import QHeaderView, QTableWidgetItem

    from gui.widgets.fitting_columns import FittingColumns

    table = QTableWidget(3, 4)
    qtbot.addWidget(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
    for c in range(1, 4):
        table.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeToContents)
    fitting = FittingColumns(table, droppable=())
    fitting.room = lambda: 160
    for r in range(3):
        for c, text in enumerate(("branch_pool_avg", "24×12×12", "37,752,832", "14")):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resize(160, 200)
    table.show()
    qtbot.waitUntil(lambda: table.horizontalScrollBar().isVisible(), timeout=5_000)
    assert table.minimumWidth() <= 160
    assert not cut_texts(table), cut_texts(table)
    fitting.room = lambda: None  # room enough: the first column stretches again, no scrolling
    table.resize(600, 200)
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=5_000)
    assert table.horizontalHeader().sectionResizeMode(0) == QHeaderView.Stretch and not cut_texts(table)


def test_a_table_shown_again_as_it_was_measures_no_cell_and_new_contents_are_measured(qtbot):
    """A tab switch shows the layer tables again: measuring every row then cost a few ms a switch, for nothing."""
    from PySide6.QtWidgets import QTableWidgetItem

    from gui.widgets.fitting_columns import FittingColumns

    table = QTableWidget(40, 3)
    qtbot.addWidget(table)
    FittingColumns(table, droppable=(2,))
    for r in range(40):
        for c in range(3):
            table.setItem(r, c, QTableWidgetItem(f"cell {r}.{c}"))
    table.resize(400, 300)
    table.show()
    qtbot.waitExposed(table)
    measured, measure = [], table.sizeHintForColumn
    table.sizeHintForColumn = lambda c: measured.append(c) or measure(c)
    table.hide()
    table.show()
    assert measured == []
    table.item(3, 1).setText("a much longer text than any other in its column")
    assert sorted(set(measured)) == [0, 1, 2]
