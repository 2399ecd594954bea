"""Deleting runs with Undo: the folders move to the runs folder's own trash (core.run_trash), and a bar says so
with an Undo button until the next deletion. "Empty trash" deletes the trashed folders for good, after asking."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from core import run_trash
from gui.jobs import Jobs
from gui.widgets.retranslating import Retranslating, Words, say
from core.messages import Message


class TrashBar(Retranslating, QFrame):
    changed = Signal()  # folders moved in or out of the runs folder: the list must be read again
    failed = Signal(object)  # what went wrong: core's message

    def __init__(self, jobs: Jobs, runs_root: Callable[[], Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runsTrashBar")
        self.setStyleSheet(
            "QFrame#runsTrashBar { background: #e8f1fb; border: 1px solid #8db4e2; border-radius: 4px; }"
            " QLabel { color: #17324d; }"
        )
        self.jobs, self.runs_root = jobs, runs_root
        self.moved: list[run_trash.Trashed] = []
        self.label = QLabel(self, objectName="runsTrashLabel")
        self.said: Words = ""  # what the bar says, kept to say it again after a language switch
        self.undo_button = QPushButton(self, objectName="runsUndoButton")
        self.undo_button.clicked.connect(self.undo)
        self.empty_button = QPushButton(self, objectName="runsEmptyTrashButton")
        self.empty_button.clicked.connect(self.ask_to_empty)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.empty_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Put the deleted runs back where they were"))
        self.empty_button.setText(self.tr("Empty trash"))
        self.empty_button.setToolTip(self.tr("Delete the runs in the trash for good (asks first)"))
        self.label.setText(say(self.said))

    def _say(self, words: Words) -> None:
        self.said = words
        self.label.setText(say(words))

    def delete(self, paths: list[Path]) -> None:
        """Move run folders to the trash (on a job); the bar offers Undo."""
        root = self.runs_root()
        self.jobs.submit("trash", lambda: run_trash.move_to_trash(root, paths), self._trashed, self._failed)

    def _trashed(self, moved: list[run_trash.Trashed]) -> None:
        self.moved, folder = moved, run_trash.trash_dir(self.runs_root())
        self._say(lambda: self.tr("Moved %n runs to the trash folder {folder}.", "", len(moved)).format(folder=folder))
        self.undo_button.setEnabled(True)
        self.show()
        self.changed.emit()

    def undo(self) -> None:
        moved, self.moved = self.moved, []
        if moved:
            self.jobs.submit("trash", lambda: run_trash.restore(moved), self._restored, self._failed)

    def _restored(self, paths: list[Path]) -> None:
        self._say(lambda: self.tr("Put %n runs back.", "", len(paths)))
        self.undo_button.setEnabled(False)
        self.changed.emit()

    def ask_to_empty(self) -> None:
        root = self.runs_root()
        count = run_trash.trash_count(root)
        answer = QMessageBox.question(
            self,
            self.tr("Empty the trash?"),
            self.tr("Delete the %n runs in the trash for good? This cannot be undone.", "", count),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.empty()

    def empty(self) -> None:
        root = self.runs_root()
        self.moved = []
        self.jobs.submit("trash", lambda: run_trash.empty_trash(root), self._emptied, self._failed)

    def _emptied(self, count: int) -> None:
        self._say(lambda: self.tr("Deleted %n runs for good.", "", count))
        self.undo_button.setEnabled(False)

    def _failed(self, message: Message) -> None:
        self.failed.emit(message)
        self.changed.emit()  # some folders may have moved before the error
