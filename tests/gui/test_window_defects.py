"""Defects of issue 19 seen around the window: a lesson opened from any tab takes the class to the Train tab and
the welcome bar makes room for it; save dialogs start in the runs folder, then where the user last saved."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog


def test_a_lesson_opened_on_another_tab_shows_train_and_hides_the_welcome_bar(make_window):
    win = make_window()  # fresh settings: the welcome bar is on show
    assert win.classroom.welcome.isVisible()
    win.tabs.setCurrentWidget(win.evaluate)
    win.lessons.menu_actions()[1].trigger()  # Lessons > 2. Sigmoid or LeakyReLU?
    QApplication.processEvents()
    assert win.lessons.lesson is not None and win.tabs.currentWidget() is win.train  # Start is in sight
    assert not win.classroom.welcome.isVisible()
    win.lessons.close_lesson()
    assert win.classroom.welcome.isVisible()  # not dismissed by the teacher: it comes back after the lesson


def test_save_dialogs_start_in_the_runs_folder_then_where_the_user_saved(make_window, monkeypatch, tmp_path):
    asked = []

    def dialog(parent, title, start, filters, selected=""):
        asked.append(Path(start))
        return str(tmp_path / "class" / Path(start).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    (tmp_path / "class").mkdir()
    win = make_window()
    win.train.export_metrics_dialog()
    assert asked[0] == Path(os.environ["CNN_PLAYGROUND_RUNS"]) / "metrics.csv"  # not the home folder
    assert (tmp_path / "class" / "metrics.csv").is_file()
    win.train.export_plots_dialog()
    assert asked[1] == tmp_path / "class" / "curves.png"  # the folder the teacher chose a moment ago
