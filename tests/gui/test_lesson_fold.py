"""Issue 19, projector layout: the lesson panel folds to a slim bar and out again; folded, the Train tab fits a
1024x768 projector with nothing cut."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.lessons.lesson_dock import LESSON_WIDTH
from tests.gui.text_room import cut_texts


def test_the_lesson_panel_folds_to_a_slim_bar_and_out_again(make_window, qtbot):
    win = make_window()
    win.classroom.set_projector(True)
    win.resize(1024, 768)
    win.lessons.open_lesson(win.lessons.bundled()[0])
    qtbot.waitUntil(lambda: win.lessons.width() >= LESSON_WIDTH)
    fold = win.lessons.fold
    assert win.lessons.panel.isVisible() and fold.fold_button.isVisible()
    qtbot.mouseClick(fold.fold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.lessons.width() <= 60)
    assert fold.is_folded() and not win.lessons.panel.isVisible() and fold.unfold_button.isVisible()
    for _ in range(3):
        QApplication.processEvents()
    assert not cut_texts(win.train), cut_texts(win.train)  # the whole Train tab, nothing beyond its right edge
    qtbot.mouseClick(fold.unfold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.lessons.width() >= LESSON_WIDTH)
    assert win.lessons.panel.isVisible() and not fold.is_folded()
    win.classroom.set_projector(False)
