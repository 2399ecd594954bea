"""Issue 19, nothing cut: at 1024x768, in English and Chinese, in the normal look and in projector mode, no label,
button, combo box, tab, header or visible table cell on any tab is wider (or taller) than its room, and no page
is wider than its scroll area; each bundled lesson's panel and Train tab too, in both languages on a projector.

One window, switched in place (language, look, lesson), keeps this to one start-up."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableWidget

from tests.gui.text_room import cut_texts
from tests.gui.walk import pages


def _settle(qtbot, win) -> None:
    """The layer table is filled on a task: wait for it, then let the layouts settle."""
    table = win.train.findChild(QTableWidget, "summaryTable")
    qtbot.waitUntil(lambda: table.rowCount() > 0 and table.isEnabled(), timeout=60_000)
    for _ in range(3):
        QApplication.processEvents()


def test_at_1024x768_no_text_is_cut_in_either_language_look_or_lesson(make_window, qtbot):
    win = make_window()
    win.resize(1024, 768)
    _settle(qtbot, win)
    cut = []
    try:
        for language in ("en", "zh_CN"):
            win.set_language(language)
            for projector in (False, True):
                win.classroom.set_projector(projector)
                win.resize(1024, 768)
                _settle(qtbot, win)
                for where in pages(win):
                    for _ in range(3):  # a page shown for the first time in this look lays out in a few passes
                        QApplication.processEvents()
                    cut += [f"{language} {'projector' if projector else 'normal'} {where}: {c}" for c in cut_texts(win)]
            for number, lesson in enumerate(win.lessons.bundled(), 1):  # the lesson's panel beside the Train tab
                win.lessons.open_lesson(lesson)
                _settle(qtbot, win)
                cut += [f"{language} projector lesson {number}: {c}" for c in cut_texts(win.lessons)]
            win.lessons.close_lesson()
        assert (win.width(), win.height()) == (1024, 768)
    finally:
        win.set_language("en")
        win.classroom.set_projector(False)
    assert not cut, f"{len(cut)} texts cut at 1024x768:\n" + "\n".join(cut)
