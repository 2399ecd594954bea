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


def _epoch(e: int):
    from core.events import EpochMetrics

    return EpochMetrics(e, 0.5, 0.9, 0.4, 0.9, 0.4, 0.9, 0.01, 100.0, 1.0)


def test_the_epoch_log_keeps_the_newest_line_in_view(qtbot):
    """Issue 19: lines added while the log was hidden, or a narrower log that rewraps, left the view a line short,
    and from then on Qt never followed new lines again."""
    from PySide6.QtWidgets import QLabel, QTabWidget

    from gui.train.run_log import RunLog

    tabs, log = QTabWidget(), RunLog()
    qtbot.addWidget(tabs)
    tabs.addTab(QLabel("another tab"), "a")
    tabs.addTab(log, "b")
    tabs.resize(260, 160)
    tabs.show()
    bar = log.verticalScrollBar()
    for e in range(1, 30):  # a run trains while the class looks at another tab
        log.add_epoch(_epoch(e), 40)
    tabs.setCurrentWidget(log)
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    tabs.resize(150, 160)  # the side pane made narrower: the lines rewrap
    QApplication.processEvents()
    log.add_epoch(_epoch(30), 40)
    QApplication.processEvents()
    assert bar.value() == bar.maximum()
    bar.triggerAction(bar.SliderAction.SliderToMinimum)  # the teacher scrolls up to read an old line: it stays
    qtbot.waitUntil(lambda: not log._follow)
    log.add_epoch(_epoch(31), 40)
    assert bar.value() == 0


def test_lesson_file_dialogs_start_in_the_lessons_folder(make_window, monkeypatch, tmp_path):
    """Issue 19: Save window as lesson started in the home folder."""
    from gui.lessons.lesson_editor import LessonEditor

    asked = []

    def dialog(parent, title, start, filters, selected=""):
        asked.append(Path(start))
        return str(tmp_path / "homework" / Path(start).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: (asked.append(Path(a[2])), "")))
    monkeypatch.setattr(LessonEditor, "exec", lambda self: LessonEditor.DialogCode.Accepted)
    (tmp_path / "homework").mkdir()
    win = make_window()
    win.lessons.open_lesson(win.lessons.bundled()[0])
    saved = win.lessons.save_dialog()
    lessons = Path(os.environ["CNN_PLAYGROUND_RUNS"]).parent / "lessons"
    assert asked[0].parent == lessons and lessons.is_dir() and asked[0].parent != Path.home()
    assert saved == tmp_path / "homework" / asked[0].name and saved.is_file()
    win.lessons.open_dialog()
    assert asked[1] == tmp_path / "homework"  # the folder the teacher saved into a moment ago
