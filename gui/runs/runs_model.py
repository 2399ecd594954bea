"""The Runs tab's table: one row per run folder (core.run_summary.RunSummary), name and note editable.

Sorting uses ``SORT_ROLE`` (numbers and times, not their text), so "9 %" sorts below "10 %" and an
unknown value sorts first. Editing a name or a note writes the folder's ``label.json`` at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Signal, QAbstractTableModel, QModelIndex, QObject, Qt

from core.messages import Message, as_message
from core.checkpoint import CheckpointError
from core.run_summary import RunSummary, set_label
from gui.core_texts import display_value
from gui.widgets.numbers import percent
from gui.messages import say
from gui.run_names import run_title

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    text: Callable[[RunSummary], str]
    sort: Callable[[RunSummary], Any]
    editable: bool = False


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def _none_low(value):
    return (value is not None, value if value is not None else 0)


class RunsModel(QAbstractTableModel):
    labelChanged = Signal(object)  # Path of a run renamed or re-noted by the user

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.runs: list[RunSummary] = []
        self.label_failed: Callable[[Message], None] = lambda message: None  # core's message
        self.columns = self._columns()
        self.column_of = {c.key: i for i, c in enumerate(self.columns)}

    def retranslate(self) -> None:
        """Headers and cells in the language now installed (the Runs tab calls it on a language switch)."""
        self.columns = self._columns()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.runs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.runs) - 1, len(self.columns) - 1))

    def _columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), run_title, lambda s: run_title(s).lower(), True),
            Column("arch", self.tr("Architecture"), lambda s: s.arch, lambda s: s.arch),
            Column("dataset", self.tr("Dataset"), lambda s: s.dataset, lambda s: s.dataset),
            Column(
                "activation",
                self.tr("Activation"),
                lambda s: display_value("activation", s.activation) if s.activation else self.tr("recipe's own"),
                lambda s: s.activation or "",
            ),
            Column("lr", self.tr("Learning rate"), lambda s: _number(s.lr), lambda s: _none_low(s.lr)),
            Column(
                "optimizer",
                self.tr("Optimizer"),
                lambda s: display_value("optimizer", s.optimizer),
                lambda s: s.optimizer,
            ),
            Column("batch", self.tr("Batch size"), lambda s: _number(s.batch_size), lambda s: _none_low(s.batch_size)),
            Column(
                "epochs",
                self.tr("Epochs"),
                lambda s: f"{s.epochs_done} / {s.epochs_planned}",
                lambda s: (s.epochs_done, s.epochs_planned),
            ),
            Column(
                "best_val", self.tr("Best val."), lambda s: percent(s.best_val_acc), lambda s: _none_low(s.best_val_acc)
            ),
            Column("test", self.tr("Test acc."), lambda s: percent(s.test_acc), lambda s: _none_low(s.test_acc)),
            Column("duration", self.tr("Duration"), lambda s: self.duration_text(s.seconds), lambda s: s.seconds),
            Column(
                "date",
                self.tr("Date"),
                lambda s: s.started.strftime("%Y-%m-%d %H:%M") if s.started else "–",
                lambda s: s.started.timestamp() if s.started else 0.0,
            ),
            Column("device", self.tr("Device"), lambda s: s.device, lambda s: s.device),
            Column("status", self.tr("Status"), self.status_cell, lambda s: s.status),
            Column("note", self.tr("Note"), lambda s: s.note, lambda s: s.note.lower(), True),
        ]

    def duration_text(self, seconds: float) -> str:
        seconds = int(round(seconds))
        if seconds < 60:
            return self.tr("{s} s").format(s=seconds)
        minutes, seconds = divmod(seconds, 60)
        if minutes < 60:
            return self.tr("{m} min {s:02d} s").format(m=minutes, s=seconds)
        return self.tr("{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60)

    def status_text(self, status: str) -> str:
        return {
            "finished": self.tr("finished"),
            "stopped": self.tr("stopped"),
            "failed": self.tr("failed"),
            "running": self.tr("running"),
            "unreadable": self.tr("unreadable"),
        }.get(status, status)

    def status_cell(self, run: RunSummary) -> str:
        """The status, and for a damaged folder which file is wrong (core's words, already printable)."""
        if run.problem:
            return self.tr("unreadable: {why}").format(why=say(run.problem))
        return self.status_text(run.status)

    # -- contents --------------------------------------------------------------------------------------------
    def set_runs(self, runs: list[RunSummary]) -> None:
        self.beginResetModel()
        self.runs = list(runs)
        self.endResetModel()

    def update_run(self, summary: RunSummary) -> None:
        """Replace the row of this folder (or add it at the top): the other rows and the selection stay."""
        for row, old in enumerate(self.runs):
            if old.path == summary.path:
                self.runs[row] = summary
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
                return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self.runs.insert(0, summary)
        self.endInsertRows()

    def row_of(self, path: Path) -> int:
        return next((i for i, s in enumerate(self.runs) if s.path == Path(path)), -1)

    # -- QAbstractTableModel ------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        run, column = self.runs[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return column.text(run)
        if role == SORT_ROLE:
            return column.sort(run)
        if role == PATH_ROLE:
            return str(run.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            if run.problem:
                return self.tr(
                    "{folder} cannot be read: {why}. Fix or remove that file, or move the folder away."
                ).format(folder=run.path, why=say(run.problem))
            return str(run.path) if column.key == "name" else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key in (
            "epochs",
            "best_val",
            "test",
            "duration",
            "lr",
            "batch",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if self.columns[index.column()].editable else base

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.columns[index.column()].editable:
            return False
        run, key, text = self.runs[index.row()], self.columns[index.column()].key, str(value).strip()
        if key == "name" and text == run_title(run):
            return False  # left as shown: the name core gave keeps its parts (and its other language)
        if key == "name" and not text:
            text = run.path.name  # an empty name goes back to the folder's
        try:
            set_label(run.path, **{key: text})
        except (OSError, CheckpointError) as exc:
            self.label_failed(as_message(exc))
            return False
        changed = {"name": text, "typed_name": None} if key == "name" else {key: text}  # a typed name is theirs
        self.runs[index.row()] = replace(run, **changed)
        self.dataChanged.emit(index, index)
        self.labelChanged.emit(run.path)
        return True
