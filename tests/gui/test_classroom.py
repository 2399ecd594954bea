"""Classroom helps: tooltips everywhere, "What's this?", the welcome panel, projector mode."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QTabBar, QWhatsThis, QWidget

from tests.gui.walk import all_controls


def test_every_control_and_tab_has_a_tooltip(make_window):
    win = make_window()
    missing = []
    for where, w in all_controls(win) + all_controls(win, visible=False):  # shown page by page, then hidden ones
        if isinstance(w, QTabBar):
            missing += [f"{where}: tab {w.tabText(i)}" for i in range(w.count()) if not w.tabToolTip(i)]
        elif not w.toolTip().strip():
            missing.append(f"{where}: {type(w).__name__} {w.objectName()} {getattr(w, 'text', str)()!r}")
    assert not missing, "controls without a tooltip:\n" + "\n".join(sorted(set(missing)))


def test_whats_this_explains_a_clicked_control_and_a_chart(make_window, qtbot):
    win = make_window()
    helper, action = win.classroom.whats_this, win.classroom.whats_this_action
    assert action.shortcut() == QKeySequence("Shift+F1") and action in QWidget.actions(win)
    start = win.train.buttons["start"]
    action.trigger()  # as Shift+F1 or Help > What's this? does
    assert QWhatsThis.inWhatsThisMode()
    with qtbot.waitSignal(helper.explained, timeout=5000) as shown:
        qtbot.mouseClick(start, Qt.LeftButton)
    assert shown.args[0] == start.toolTip() and "Train a new network" in shown.args[0]
    popup = [w for w in QApplication.topLevelWidgets() if w.metaObject().className() == "QWhatsThat"]
    assert popup and popup[0].isVisible()
    QWhatsThis.hideText()
    QWhatsThis.enterWhatsThisMode()
    plot = win.train.plots.loss_plot
    with qtbot.waitSignal(helper.explained, timeout=5000) as shown:
        qtbot.mouseClick(plot.viewport(), Qt.LeftButton, pos=plot.viewport().rect().center())
    assert shown.args[0].startswith("The loss") and "batch" in shown.args[0]
    QWhatsThis.hideText()
    QWhatsThis.leaveWhatsThisMode()


def test_the_welcome_panel_shows_once_until_dismissed_and_reopens_from_help(make_window, qtbot):
    win = make_window()
    panel = win.classroom.welcome
    assert panel.isVisible() and not isinstance(panel, QDialog) and panel.window() is win
    assert [b.text()[:2] for b in panel.step_buttons] == ["1.", "2.", "3."]
    qtbot.mouseClick(panel.step_buttons[2], Qt.LeftButton)  # step 3 takes you to Draw & predict
    assert win.tabs.currentWidget() is win.predict
    qtbot.mouseClick(panel.close_button, Qt.LeftButton)
    assert not panel.isVisible()
    win.close()
    again = make_window()  # the same settings file
    assert not again.classroom.welcome.isVisible()
    again.classroom.welcome_action.trigger()
    assert again.classroom.welcome.isVisible()


def test_projector_mode_enlarges_text_thickens_curves_and_is_remembered(make_window):
    win = make_window()
    font, curve = QApplication.font().pointSizeF(), win.train.plots.smooth_curve
    width = curve.opts["pen"].widthF()
    win.classroom.projector_action.trigger()
    try:
        assert QApplication.font().pointSizeF() == pytest.approx(font * 1.4)
        assert QApplication.palette().color(QPalette.Window).name() == "#ffffff"
        assert curve.opts["pen"].widthF() == pytest.approx(2 * width)
        assert curve.opts["pen"].color().name() == "#0072b2"  # Okabe-Ito blue
        later = win.runs.compare.plots.loss_plot.plot([0, 1], [1, 0], pen=pg.mkPen("#ff7f0e", width=2))  # drawn later
        assert later.opts["pen"].widthF() == pytest.approx(4) and later.opts["pen"].color().name() == "#d55e00"
        win.close()
        again = make_window()
        assert again.classroom.projector_action.isChecked() and again.state.theme.projector
        again.classroom.projector_action.trigger()
        assert QApplication.font().pointSizeF() == pytest.approx(font)
        assert again.train.plots.smooth_curve.opts["pen"].widthF() == pytest.approx(width)
    finally:
        win.state.theme.set_projector(False)  # the application font is shared with the next test


def test_the_shortcuts_list_names_projector_mode_and_whats_this(make_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    make_window().show_shortcuts()
    assert "Ctrl+Shift+P" in shown[0] and "Shift+F1" in shown[0] and "Projector mode" in shown[0]
