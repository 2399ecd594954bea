"""The window fits a 1024x768 projector in every mode, and every control can be reached there."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.gui.walk import all_controls, reachable


@pytest.mark.parametrize("projector", [False, True], ids=["normal", "projector"])
def test_at_1024x768_every_control_is_on_screen_or_scrolled_to(make_window, qtbot, projector):
    win = make_window()  # a fresh settings file: the welcome panel takes room too
    win.classroom.set_projector(projector)
    win.resize(1024, 768)
    QApplication.processEvents()
    hint = win.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
    assert (win.width(), win.height()) == (1024, 768)
    controls = all_controls(win)
    assert len(controls) >= 50  # the walk saw every page (tabs, and the tabs inside Evaluate and Inside)
    lost = [f"{where}: {type(w).__name__} {w.objectName() or w.toolTip()[:40]}" for where, w in controls]
    lost = [name for name, (_, w) in zip(lost, controls) if not reachable(w, win)]
    assert not lost, "out of reach at 1024x768:\n" + "\n".join(lost)
    if not projector:  # the normal look fits without scrolling the Train tab as a whole
        win.tabs.setCurrentWidget(win.train)
        QApplication.processEvents()
        page = win.train.findChild(QScrollArea, "trainTabScroll")
        assert not page.horizontalScrollBar().isVisible() and not page.verticalScrollBar().isVisible()
    win.classroom.set_projector(False)
