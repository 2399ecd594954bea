"""Lessons in the window: a dock beside the tabs with the guided panel, and the menu entries that open a
bundled lesson or a .lesson file, save the window as a lesson and close the lesson.

Opening a lesson asks the app state to put its settings on the Train tab and show only those it names;
closing it shows every setting again (their values stay). Nothing here touches a tab.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QFileDialog, QMainWindow, QMessageBox, QScrollArea, QWidget

from core.lessons import (
    BUNDLED_DIR,
    MACHINE_FIELDS,
    SUFFIX,
    Lesson,
    LessonError,
    bundled_lessons,
    design_copy,
    lesson_from_window,
    load_lesson,
    save_lesson,
)
from gui.lessons.lesson_editor import LessonEditor
from gui.lessons.lesson_fold import FoldableLesson
from gui.lessons.lesson_panel import LessonPanel, language
from gui.state import AppState, TrainSettings
from gui.widgets.retranslating import Retranslating
from core.messages import Message
from gui.messages import say

log = logging.getLogger(__name__)


LESSON_WIDTH = 260  # px: the least width of the lesson panel (its words); the Train tab beside it needs the rest


class LessonDock(Retranslating, QDockWidget):
    fileRead = Signal(bool)  # a .lesson file was read and checked (off the GUI thread): True when it opened
    lessonChanged = Signal(object)  # the Lesson opened, or None when it is closed

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="lessonDock")
        self.state = state
        self.jobs = state.jobs("lessons")  # a lesson file is read and checked here, never on the GUI thread
        self.lesson: Lesson | None = None
        self._set_up: TrainSettings | None = None  # the settings the open lesson asked for
        self.panel = LessonPanel(state)
        scroll = QScrollArea(widget=self.panel, widgetResizable=True, objectName="lessonScroll")
        self.fold = FoldableLesson(scroll)
        self.fold.folded.connect(self._on_folded)
        self.setWidget(self.fold)
        self.setMinimumWidth(LESSON_WIDTH)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.panel.closeRequested.connect(self.close_lesson)
        self.topLevelChanged.connect(self.retranslate)  # floating, its own window's title names the lesson
        self._bundled: list[Lesson] | None = None
        self._actions: list[QAction] = []
        self._sized = False
        self._last_folder: Path | None = None
        self._unfolded_width = LESSON_WIDTH  # where the teacher last opened or saved a lesson file
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self._title_actions()
        if self.lesson is None or not self.isFloating():  # docked, the panel's heading says its title: a long
            self.setWindowTitle(self.tr("Lesson"))  # one in the narrow title bar was cut ("Lesson: One 5x5 or…")
        else:
            self.setWindowTitle(self.tr("Lesson: {title}").format(title=self.lesson.title_for(language())))

    def lessons_folder(self) -> Path:
        """Where the lesson file dialogs start: the folder last used for a lesson, else the open lesson's own
        folder (not the bundled ones), else a "lessons" folder beside the runs; never the home folder."""
        lesson_dir = self.lesson.path.parent if self.lesson and self.lesson.path else None
        if self._last_folder is not None:
            return self._last_folder
        if lesson_dir is not None and lesson_dir.resolve() != BUNDLED_DIR.resolve():
            return lesson_dir
        folder = self.state.runs_root.parent / "lessons"
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:  # a read-only place: the runs folder is writable, or the run would fail too
            return self.state.runs_root
        return folder

    def bundled(self) -> list[Lesson]:
        """The lessons that ship with the app (read once; a broken one is logged and left out of the menu)."""
        if self._bundled is None:
            try:
                self._bundled = bundled_lessons()
            except LessonError:
                log.exception("a bundled lesson does not load")
                self._bundled = []
        return self._bundled

    def menu_actions(self) -> list[QAction]:
        """One action per bundled lesson, titled in the window's language (and re-titled when it changes)."""
        if not self._actions:
            for lesson in self.bundled():
                action = QAction(self)
                action.triggered.connect(lambda _=False, x=lesson: self.open_lesson(x))
                self._actions.append(action)
            self._title_actions()
        return self._actions

    def _title_actions(self) -> None:
        for i, (lesson, action) in enumerate(zip(self.bundled(), self._actions), 1):
            action.setText(f"{i}. {lesson.title_for(language())}".replace("&", "&&"))

    # -- opening and closing ----------------------------------------------------------------------------------
    def open_lesson(self, lesson: Lesson) -> None:
        """Set the Train tab up for the lesson and show its guided panel."""
        own = set(lesson.settings)
        values = {k: v for k, v in lesson.values().items() if k in own or k not in MACHINE_FIELDS + ("folder",)}
        self.lesson = lesson
        shown = frozenset(lesson.shown) or None
        self._set_up = TrainSettings(
            values, shown, lesson.preset, compare=lesson.compare
        )  # before the class changes it
        self.state.request_settings(self._set_up)
        self.panel.show_lesson(lesson)
        if self.fold.is_folded():  # a new lesson opens with its text and steps in sight
            self.fold.set_folded(False)
        self.retranslate()
        self.show()
        self.raise_()
        self.lessonChanged.emit(lesson)  # the window shows the Train tab, where every lesson starts
        if lesson.design:  # then the network editor, on a copy made on a task (it builds the network)
            self.jobs.submit("design", lambda: design_copy(lesson), self.state.request_design)
        window = self.parentWidget()
        if not self._sized and isinstance(window, QMainWindow):  # once: later the user's own width stays
            self._sized = True
            window.resizeDocks([self], [max(LESSON_WIDTH, min(360, window.width() // 5))], Qt.Orientation.Horizontal)

    def _on_folded(self, folded: bool) -> None:
        """Folded: a slim bar at the window's edge; unfolded: the width the lesson had."""
        window = self.parentWidget()
        self.setMinimumWidth(0 if folded else LESSON_WIDTH)
        if isinstance(window, QMainWindow):
            width = (
                self.fold.unfold_button.sizeHint().width() + 4 if folded else max(LESSON_WIDTH, self._unfolded_width)
            )
            if folded:
                self._unfolded_width = self.width()
            window.resizeDocks([self], [width], Qt.Orientation.Horizontal)

    def open_file(self, path: Path) -> None:
        """Read and check the file on a job; the lesson opens, or a message says why not, when it is done."""
        path = Path(path)
        self.jobs.submit("open", lambda: load_lesson(path), self._file_read, self._file_refused)

    def _file_read(self, lesson: Lesson) -> None:
        self.open_lesson(lesson)
        self.fileRead.emit(True)

    def _file_refused(self, message: Message) -> None:
        QMessageBox.warning(self.parentWidget(), self.tr("This lesson cannot be opened"), say(message))
        self.fileRead.emit(False)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parentWidget(), self.tr("Open a lesson"), str(self.lessons_folder()), self.tr("Lessons (*.lesson)")
        )
        if path:
            self._last_folder = Path(path).parent
            self.open_file(Path(path))

    def close_lesson(self) -> None:
        """End the lesson: every setting shows again, with the values it has now."""
        if self.lesson is not None:
            self.lesson = None
            self.state.request_settings(TrainSettings({}, None, None))
            self.panel.show_lesson(None)
            self.retranslate()
            self.lessonChanged.emit(None)
        self.hide()

    def closeEvent(self, event) -> None:  # the dock's own close button ends the lesson too
        self.close_lesson()
        super().closeEvent(event)

    # -- saving the window as a lesson --------------------------------------------------------------------------
    def save(self, path: Path, words: Lesson, keep_set_up: bool = True) -> Path:
        """Write a .lesson file: the settings and shown controls (those the open lesson set up when
        ``keep_set_up``, before the class changed them; else those on show), with ``words``' titles, texts,
        steps and comparison."""
        settings = self._set_up if keep_set_up and self.lesson is not None else self.state.train_settings
        shown = tuple(sorted(settings.shown)) if settings and settings.shown is not None else ()
        values, preset = (dict(settings.values), settings.preset) if settings else ({}, None)
        made = lesson_from_window(values, shown, words.title, words.text, preset)
        return save_lesson(replace(words, settings=made.settings, preset=made.preset, shown=made.shown), path)

    def save_dialog(self) -> Path | None:
        lesson = self.lesson
        draft = lesson or Lesson("My lesson", "What this lesson shows, in a few sentences.")
        editor = LessonEditor(draft, language().startswith("zh"), lesson is not None, self.parentWidget())
        if editor.exec() != QDialog.DialogCode.Accepted:
            return None
        words = editor.lesson(draft)
        name = "".join(c if c.isalnum() else "_" for c in words.title).strip("_").lower() or "lesson"
        path, _ = QFileDialog.getSaveFileName(
            self.parentWidget(),
            self.tr("Save as lesson"),
            str(self.lessons_folder() / f"{name}{SUFFIX}"),
            self.tr("Lessons (*.lesson)"),
        )
        if not path:
            return None
        self._last_folder = Path(path).parent
        try:
            return self.save(Path(path), words, editor.keep_set_up())
        except OSError as exc:
            QMessageBox.warning(
                self.parentWidget(),
                self.tr("Save as lesson"),
                self.tr("Could not write {path}: {error}. Choose another folder.").format(
                    path=path, error=exc.strerror or exc
                ),
            )
            return None
