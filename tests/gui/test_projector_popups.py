"""Issue 19 item 2, the popups a teacher opens in class: in projector mode their texts are at least 16 px high
too, as the window's are (test_projector_text_size.py): the Runs tab's Export menu, the Enlarge menu of the
confusion matrix and the layer tables (right-click), the menu bar's menus, Save window as lesson with its step
editor, and tooltips. They are windows of their own, which the application's font reaches only if nothing in
them keeps a font of its own. (pyqtgraph's plot menus are turned off on every plot: a double-click enlarges.)"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QWidget

from gui.lessons.lesson_editor import LessonEditor
from gui.readable import PROJECTOR_MIN_PX, text_px


def _small(top: QWidget) -> list[str]:
    """Every widget of ``top`` (itself included) and every action of its menus drawn under 16 px."""
    out = []
    for widget in [top, *top.findChildren(QWidget)]:
        if text_px(widget.font()) < PROJECTOR_MIN_PX:
            out.append(f"{type(widget).__name__} {widget.objectName()!r} {text_px(widget.font()):.1f} px")
        if isinstance(widget, QMenu):
            for action in widget.actions():
                font = action.font()  # a font of its own, or the menu's
                if action.text() and font.resolveMask() and text_px(font) < PROJECTOR_MIN_PX:
                    out.append(f"action {action.text()!r} {text_px(font):.1f} px")
    return out


def test_on_a_projector_the_menus_dialogs_and_tooltips_a_teacher_opens_are_16_px(make_window):
    win = make_window()
    win.resize(1024, 768)
    win.classroom.set_projector(True)
    QApplication.processEvents()
    try:
        popups = [win.runs.findChild(QMenu, "exportMenu"), *(a.menu() for a in win.menuBar().actions())]
        editor = LessonEditor(win.lessons.bundled()[1], False, True, win)  # File > Save window as lesson
        popups.append(editor)
        for line in (editor.step_text, editor.step_text_zh):  # the selected step: its start shows, not its end
            assert line.text() and line.cursorPosition() == 0, line.text()
        small = [f"{type(p).__name__}: {s}" for p in popups if p is not None for s in _small(p)]
        assert not small, "\n".join(small)
        assert win.runs.findChild(QMenu, "exportMenu") is not None
        assert text_px(QToolTip.font()) >= PROJECTOR_MIN_PX
        editor.close()
    finally:
        win.classroom.set_projector(False)
