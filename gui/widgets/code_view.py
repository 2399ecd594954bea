"""The code behind a run: the standalone PyTorch + torchvision script core.codegen writes for the Train tab's
settings or a run folder, read only, with Copy and Save. The script is written on a task (a built-in network is
built to be copied layer by layer); a setting it cannot be written for is said in words in its place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from core.config import TrainConfig
from gui.theme import mark_caption
from gui.widgets.retranslating import Retranslating
from gui.widgets.save_dialog import ask_save_path
from core.messages import Message
from gui.messages import say


def script_of_settings(cfg: TrainConfig) -> Callable[[], str]:
    from core.codegen import script

    return lambda: script(cfg)


def script_of_run(run_dir: Path) -> Callable[[], str]:
    def make() -> str:
        from core.codegen import script
        from core.runs import read_run

        return script(read_run(run_dir).config)

    return make


class CodeView(Retranslating, QDialog):
    def __init__(self, state, make: Callable[[], str], parent: QWidget | None = None):
        super().__init__(parent, objectName="codeView")
        self.state, self.jobs, self.code = state, state.jobs("code"), ""
        self.failure: Message | None = None  # why the code cannot be written: said at each language switch
        self.save_failure: Message | None = None  # why the last save failed
        self.note = mark_caption(QLabel(self, wordWrap=True, objectName="codeNote"))
        self.text = QPlainTextEdit(self, readOnly=True, objectName="codeText")
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self, objectName="copyCode", enabled=False)
        self.save_button = QPushButton(self, objectName="saveCode", enabled=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.code))
        self.save_button.clicked.connect(self.save_dialog)
        box = QVBoxLayout(self)
        box.addWidget(self.note)
        box.addWidget(self.text, 1)
        box.addWidget(buttons)
        self.resize(900, 640)
        self.retranslate()
        self.jobs.submit("script", make, self.show_code, self.show_error)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The code behind this run"))
        self.note.setText(
            f"<span style='color:#c62828'>{say(self.save_failure)}</span>"
            if self.save_failure is not None
            else self.tr(
                "A standalone script that trains the same network the same way with only torch and torchvision: "
                "python train.py --data FOLDER."
            )
        )
        if not self.code:  # the code itself is Python: the same in every language
            self.text.setPlainText(say(self.failure) if self.failure is not None else self.tr("Writing the code…"))
            self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # a sentence wraps, code does not
        self.copy_button.setText(self.tr("Copy"))
        self.save_button.setText(self.tr("Save…"))

    def show_code(self, code: str) -> None:
        self.code = code
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setPlainText(code)
        self.copy_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def show_error(self, message: Message) -> None:
        self.failure = message
        self.retranslate()

    def save_dialog(self) -> None:
        path, _ = ask_save_path(self, self.state, self.tr("Save the code"), "train.py", self.tr("Python (*.py)"))
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        from core.checkpoint import atomic_write_text

        code, self.save_failure = self.code, None
        self.jobs.submit("save", lambda: atomic_write_text(path, code), None, self._save_failed)

    def _save_failed(self, message: Message) -> None:
        self.save_failure = message
        self.retranslate()
