"""Issue 19, projector layout: the lesson panel folds to a slim bar and out again; folded, the Train tab fits a
1024x768 projector with nothing cut. Unfolded after steps ticked by themselves (the run the class watched folded),
the panel shows the current step and Next step: lesson 1's text pushes its steps below a projector's fold. The
dock's title bar is not cut ("Lesson: One 5x5 or…"): docked it says "Lesson", the panel's heading has the title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from gui.lessons.lesson_dock import LESSON_WIDTH
from tests.gui.text_room import cut_texts


def _out_of_view(win, *widgets: QWidget) -> list[str]:
    view = win.lessons.findChild(QScrollArea, "lessonScroll").viewport()
    out = []
    for widget in widgets:
        rect = widget.rect().translated(widget.mapTo(view, widget.rect().topLeft()))
        if not view.rect().contains(rect):
            out.append(f"{widget.objectName()} at {rect.getRect()} in a view of {view.rect().getRect()}")
    return out


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
    panel = win.lessons.panel
    panel.next_step()  # step 1 done while folded, as a finished run ticks it
    qtbot.mouseClick(fold.unfold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.lessons.width() >= LESSON_WIDTH)
    assert win.lessons.panel.isVisible() and not fold.is_folded()
    step = win.lessons.findChild(QWidget, "lessonStep2")
    qtbot.waitUntil(lambda: not _out_of_view(win, step, panel.next_button))
    while panel.current is not None:  # the last steps: "Lesson complete" and its buttons in view
        panel.next_step()
    qtbot.waitUntil(lambda: not _out_of_view(win, panel.status, panel.close_button))
    win.lessons.open_lesson(win.lessons.bundled()[2])  # another lesson starts at its title
    qtbot.waitUntil(lambda: not _out_of_view(win, panel.title))
    dock = win.lessons  # its title bar: room for the title beside its float and close buttons
    title_room = dock.width() - 3 * dock.fontMetrics().height()
    assert dock.fontMetrics().horizontalAdvance(dock.windowTitle()) <= title_room, dock.windowTitle()
    win.classroom.set_projector(False)
