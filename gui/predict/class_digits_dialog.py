"""Class digits: each student exports the digits they collected with their name; the teacher imports everyone's
files into one class set, sees who gave how many (and whose digits are kept for testing), scores the models on the
test writers (a class leaderboard) and fine-tunes the current model on the class set in one click.

Everything that reads or writes files runs on the app state's tasks (core.data.class_digits, core.class_board).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.class_board import BoardEntry, leaderboard
from core.config import TrainConfig
from core.data import class_digits
from core.predict_files import BUNDLED_MODEL
from core.run_weights import has_weights, weights_file
from gui.widgets.live_text import LiveText
from gui.messages import say
from gui.run_names import run_title
from gui.state import AppState
from gui.widgets.retranslating import Retranslating
from core.messages import Message

FINETUNE_EPOCHS = 3


class ClassDigitsDialog(Retranslating, QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent, objectName="classDigitsDialog")
        self.state, self.jobs = state, state.jobs("class-digits")
        self.board: list[BoardEntry] = []
        self._counts: dict[str, int] = {}  # writer -> digits, as last listed
        self.writer = QLineEdit(self, objectName="classWriterName")
        self.export_button = self._button("classExport", self.export_dialog)
        self.import_button = self._button("classImport", self.import_dialog)
        self.score_button = self._button("classScore", self.score)
        self.finetune_button = self._button("classFinetune", self.finetune)
        self.status = QLabel(self, objectName="classStatus", wordWrap=True)
        self.status_text = LiveText(self.status.setText)  # written again from its data after a switch
        self.writers = self._table("classWriters", 3)
        self.board_table = self._table("classBoard", 3)
        self._layout()
        self.retranslate()
        self.refresh_writers()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Class digits"))
        self.writer.setPlaceholderText(self.tr("Your name"))
        self.writer.setToolTip(self.tr("Your name, saved with your digits so that the teacher can tell writers apart."))
        for button, text, tip in (
            (
                self.export_button,
                self.tr("Export my digits…"),
                self.tr("Save the digits you collected on this computer into one file."),
            ),
            (
                self.import_button,
                self.tr("Import students' files…"),
                self.tr("Add the files your students exported to the class set."),
            ),
            (
                self.score_button,
                self.tr("Score the models"),
                self.tr("How well each digit model reads the test writers' digits."),
            ),
            (
                self.finetune_button,
                self.tr("Fine-tune on the class set"),
                self.tr("A new run: the current model trained {n} more epochs on the training writers.").format(
                    n=FINETUNE_EPOCHS
                ),
            ),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.writers.setHorizontalHeaderLabels([self.tr("Writer"), self.tr("Digits"), self.tr("Used for")])
        self.board_table.setHorizontalHeaderLabels([self.tr("Model"), self.tr("Read right"), self.tr("Accuracy")])
        self.student_box.setTitle(self.tr("Students"))
        self.teacher_box.setTitle(self.tr("Teacher"))
        self.caption.setText(
            self.tr(
                "A writer's digits are all for training or all for testing: the test writers are people the "
                "model never saw, so the leaderboard shows how well it reads new handwriting."
            )
        )
        self.status_text.retranslate()
        self._fill_writers()
        self._show_board()

    # -- building ---------------------------------------------------------------------------------------------
    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self, objectName=name)
        button.clicked.connect(slot)
        return button

    def _table(self, name: str, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, self, objectName=name)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names take the room left
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        return table

    def _layout(self) -> None:
        self.student_box = student = QGroupBox(self)
        row = QHBoxLayout(student)
        row.addWidget(self.writer, 1)
        row.addWidget(self.export_button)
        self.teacher_box = teacher = QGroupBox(self)
        grid = QGridLayout(teacher)
        grid.addWidget(self.import_button, 0, 0)
        grid.addWidget(self.score_button, 0, 1)
        grid.addWidget(self.finetune_button, 0, 2)
        grid.addWidget(self.writers, 1, 0, 1, 1)
        grid.addWidget(self.board_table, 1, 1, 1, 2)
        self.caption = caption = QLabel(self, objectName="classCaption", wordWrap=True)
        layout = QVBoxLayout(self)
        for widget in (student, teacher, caption, self.status):
            layout.addWidget(widget)
        self.resize(760, 520)

    @property
    def class_root(self) -> Path:
        return self.state.data_root / class_digits.FOLDER

    # -- students ---------------------------------------------------------------------------------------------
    def export_dialog(self) -> None:
        try:
            writer = class_digits.writer_folder(self.writer.text())
        except ValueError:
            self.status_text.show(lambda: self.tr("Type your name first: it is saved with your digits."))
            return
        start = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export my digits"), str(start / f"{writer}.digits.zip"), self.tr("Digits (*.digits.zip)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        root, writer = self.state.data_root, self.writer.text()
        self.jobs.submit("export", lambda: class_digits.export_digits(root, writer, path), self._exported, self._failed)

    def _failed(self, message: Message) -> None:
        self.status_text.show(lambda: say(message))

    def _exported(self, count: int) -> None:
        self.status_text.show(lambda: self.tr("Digits exported: %n. Give the file to your teacher.", "", count))

    # -- the teacher -----------------------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import students' files"), "", self.tr("Digits (*.digits.zip)")
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        root = self.class_root
        self.jobs.submit("import", lambda: class_digits.import_digits(root, paths), self._imported, self._failed)

    def _imported(self, reports) -> None:
        added, known = sum(r.added for r in reports), sum(r.duplicates for r in reports)
        problems = [r.problem for r in reports if r.problem]

        def said() -> str:
            lines = [
                self.tr("Digits added: %n.", "", added) + " " + self.tr("Already in the class set: %n.", "", known)
            ]
            return "\n".join(lines + [say(p) for p in problems])

        self.status_text.show(said)
        self.refresh_writers()

    def refresh_writers(self) -> None:
        root = self.class_root
        self.jobs.submit("writers", lambda: class_digits.writers(root), self._show_writers)

    def _show_writers(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._fill_writers()
        self.finetune_button.setEnabled(len(counts) >= 2)
        self.score_button.setEnabled(len(counts) >= 2)

    def _fill_writers(self) -> None:
        held = class_digits.held_out_writers(list(self._counts))
        self.writers.setRowCount(len(self._counts))
        for row, (name, n) in enumerate(self._counts.items()):
            use = self.tr("testing") if name in held else self.tr("training")
            for col, text in enumerate((name, str(n), use)):
                self.writers.setItem(row, col, QTableWidgetItem(text))

    def score(self) -> None:
        models = [(self.tr("Bundled digit model"), BUNDLED_MODEL)]
        models += [(run.name, run.path) for run in self.state.runs if run.epochs_done > 0]
        root = self.class_root
        self.status_text.show(lambda: self.tr("Models being scored on the test writers: %n…", "", len(models)))
        self.jobs.submit_task(
            "score", lambda ctx: leaderboard(root, _files(models), ctx.cancel_event), self._scored, self._failed
        )

    def _scored(self, board: list[BoardEntry]) -> None:
        self.board = board
        self._show_board()
        self.status_text.show(lambda: self.tr("The leaderboard: the best model on the test writers is on top."))

    def _show_board(self) -> None:
        self.board_table.setRowCount(len(self.board))
        titles = {run.path: run_title(run) for run in self.state.runs}  # in the language installed now
        for row, entry in enumerate(self.board):
            title = titles.get(entry.path.parent, entry.name)  # entry.path: the weights file in its run folder
            name = self.tr("Bundled digit model") if entry.path == BUNDLED_MODEL else title
            texts = (name, f"{entry.correct} / {entry.total}", f"{100 * entry.accuracy:.1f} %")
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.board_table.setItem(row, col, item)

    def finetune(self) -> bool:
        """A new run from the current model's weights on the class set (its settings, a few more epochs)."""
        model = self.state.model
        weights = _weights_file(model.source) if model is not None else None
        if model is None or weights is None or (model.card.in_channels, model.card.image_size) != (1, 28):
            self.status_text.show(
                lambda: self.tr("Choose a digit model first (a finished run, a file or the bundled one).")
            )
            return False
        base = model.card.config or TrainConfig(arch=model.card.arch, **model.card.option_dict)
        cfg = base.replace(dataset="class-digits", epochs=FINETUNE_EPOCHS, train_subset=0, folder=None)
        if not self.state.start_run(cfg, init_weights=weights):
            self.status_text.show(lambda: self.tr("A run is training: fine-tune once it has ended."))
            return False
        self.status_text.show(lambda: self.tr("Fine-tuning on the class set: watch it on the Train tab."))
        return True


def _weights_file(source) -> Path | None:
    if source.kind == "run":
        return weights_file(source.path) if has_weights(source.path) else None
    return source.path if source.kind in ("bundled", "file") else None


def _files(models: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """A task: each run folder's weights file by the one rule (core.run_weights); files stay as they are."""
    return [
        (name, weights_file(path) if path.is_dir() else path)
        for name, path in models
        if not path.is_dir() or has_weights(path)
    ]
