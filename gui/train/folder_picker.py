"""A folder setting: a line edit to type a path and a Browse button that opens the folder dialog."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from gui.widgets.retranslating import Retranslating


class FolderPicker(Retranslating, QWidget):
    picked = Signal(str)  # a folder chosen in the dialog (typing ends with the edit's editingFinished)

    def __init__(self, name: str, start_dir: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent, objectName=f"{name}Picker")
        self.name, self._start_dir, self.label = name, start_dir, ""
        self.edit = QLineEdit(self)
        self.button = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.button.clicked.connect(self.browse)
        self.retranslate()

    def set_texts(self, label: str, tip: str) -> None:
        """The setting's name and tooltip, from the settings panel (again after a language switch)."""
        self.label = label
        self.button.setToolTip(tip)
        self.retranslate()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Browse…"))
        self.button.setAccessibleName(self.tr("Choose: {what}").format(what=self.label))

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: str | None) -> None:
        self.edit.setText(value or "")

    def dialog_title(self) -> str:
        titles = {"data_dir": self.tr("Choose the data folder"), "runs_dir": self.tr("Choose the runs folder")}
        return titles.get(self.name, self.tr("Choose an image folder (one sub-folder per class)"))

    def browse(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.dialog_title(), self.edit.text() or self._start_dir())
        if path:
            self.edit.setText(path)
            self.picked.emit(path)
