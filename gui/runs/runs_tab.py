"""Runs: every run folder under the runs folder, read from the folders themselves, to sort, filter, rename,
open, resume, continue, fine-tune, compare, export and delete (with Undo).

The list is read on a background job; while a run trains, only its row is read again after every epoch.
Selecting runs shows them overlaid in the comparison view below the table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from core.checkpoint import CheckpointError
from core.run_summary import RunSummary
from core.runs import read_run
from core.messages import as_message
from gui.runs.compare_view import CompareView
from gui.runs.export_actions import export_menu
from gui.runs.pin_button import PinButton
from gui.messages import say
from gui.runs.runs_filter import FilterBar, RunsFilter
from gui.runs.runs_model import PATH_ROLE, RunsModel
from gui.runs.train_actions import TrainActions
from gui.runs.trash_bar import TrashBar
from gui.state import AppState
from gui.widgets.columns_to_contents import fit_columns_to_contents
from gui.widgets.header_mirror import mirror_headers
from gui.widgets.message_bar import MessageBar
from gui.widgets.retranslating import Retranslating
from core.messages import Message


class RunsTab(Retranslating, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runsTab")
        self.state, self.jobs = state, state.jobs("runs")
        self.model = RunsModel(self)
        self.proxy = RunsFilter(self.model, self)
        self.message_bar = MessageBar(self)
        self.model.label_failed = lambda message: self.message_bar.show_message(
            "label", lambda: say(message), lambda: self.tr("Check that the runs folder can be written to.")
        )

        self.filter_bar = FilterBar(self.proxy, self)
        self.filter_edit, self.arch_combo = self.filter_bar.edit, self.filter_bar.arch_combo
        self.refresh_button = self._button("runsRefreshButton", self.refresh)
        self.open_button = self._button("runsOpenButton", self.open_selected)
        self.pin_button = PinButton(state, self.selected_paths, self)
        self.delete_button = self._button("runsDeleteButton", self.delete_selected)
        self.trash = TrashBar(self.jobs, lambda: self.state.runs_root, self)
        self.trash.changed.connect(self.refresh)
        self.trash.failed.connect(
            lambda message: self.message_bar.show_message(
                "trash", lambda: say(message), lambda: self.tr("Close programs using the folder.")
            )
        )
        self.train_actions = TrainActions(state, self.selected_runs, self)
        self.train_actions.started.connect(lambda words: self.message_bar.show_message("train", words, "", "info"))
        self.train_actions.failed.connect(lambda words, hint: self.message_bar.show_message("train", words, hint))

        self.table = QTableView(self, objectName="runsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of["date"], Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        mirror_headers(self.table)
        fit_columns_to_contents(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.open_run(Path(index.data(PATH_ROLE))))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        self.compare = CompareView(state, self)
        self.compare.setObjectName("runsCompare")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="runsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.compare)
        self.splitter.setSizes([200, 600])  # a few rows; the comparison needs the room

        bar = QHBoxLayout()
        bar.addWidget(self.filter_bar, 1)
        bar.addWidget(self.refresh_button)
        actions = self.action_bar = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.pin_button)
        actions.addSpacing(8)
        actions.addWidget(self.train_actions)
        self.export_button = QPushButton(self, objectName="runsExportButton")
        self.export_button.setMenu(export_menu(self, state, self.selected_paths))
        actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        self.second_row = QHBoxLayout()  # Resume, Continue, Fine-tune when one row is wider than the tab
        self.second_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addLayout(self.second_row)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.trash)
        layout.addWidget(self.splitter, 1)

        self._update_buttons()
        self.model.labelChanged.connect(state.refresh_run)  # the model chooser shows the new name too
        state.runsListed.connect(self._listed)  # the app state lists the runs and keeps the list current
        state.runUpdated.connect(self._row_read)
        state.runsFailed.connect(self._list_failed)
        state.runFinished.connect(self._run_finished)
        state.trainingChanged.connect(self._update_buttons)
        self._listed(state.runs)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The run actions in one row, or two beside an open lesson on a 1024x768 projector (no sideways scroll)."""
        row = self.action_bar
        parts = [row.itemAt(i).widget() for i in range(row.count()) if row.itemAt(i).widget() is not None]
        need = sum(w.minimumSizeHint().width() + row.spacing() for w in {*parts, self.train_actions}) + 20
        one_row = need <= self.width()
        if one_row and self.second_row.indexOf(self.train_actions) >= 0:
            row.insertWidget(row.indexOf(self.pin_button) + 2, self.train_actions)  # after Pin and its spacing
        elif not one_row and row.indexOf(self.train_actions) >= 0:
            self.second_row.insertWidget(0, self.train_actions)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        for button, text, tip in (
            (self.refresh_button, self.tr("Refresh"), self.tr("Read the runs folder again")),
            (
                self.open_button,
                self.tr("Open"),
                self.tr("Make the selected run the current model: Train shows its curves, the other tabs its network"),
            ),
            (
                self.delete_button,
                self.tr("Delete"),
                self.tr("Move the selected runs to the trash folder (Del); Undo puts them back"),
            ),
            (self.export_button, self.tr("Export"), self.tr("Save the selected runs' metrics, plots or model")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
            button.setToolTip(tip)
        self.table.setAccessibleName(self.tr("Run folders"))
        self.model.retranslate()

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self, objectName=name)
        button.clicked.connect(slot)
        return button

    # -- listing -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every run folder again (on a task of the app state); the selection is kept where the runs still
        exist."""
        self.state.refresh_runs()

    def _listed(self, runs: list[RunSummary]) -> None:
        selected = self.selected_paths()
        self.model.set_runs(runs)
        self.filter_bar.fill()
        self.select_paths(selected)
        self.message_bar.clear("list")

    def _list_failed(self, message: Message) -> None:
        self.message_bar.show_message(
            "list", lambda: say(message), lambda: self.tr("Choose another runs folder in the settings.")
        )

    def refresh_run(self, run_dir: Path | None) -> None:
        """Read one run folder again: just its row changes."""
        self.state.refresh_run(run_dir)

    def _run_finished(self, event) -> None:
        self.message_bar.clear("train")  # "Continuing…" is over: it would push the table down for nothing

    def _row_read(self, summary: RunSummary) -> None:
        self.model.update_run(summary)
        self.filter_bar.fill()

    # -- selection -----------------------------------------------------------------------------------------
    def selected_paths(self) -> list[Path]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [Path(self.proxy.index(row, 0).data(PATH_ROLE)) for row in rows]

    def select_paths(self, paths: list[Path]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for path in paths:
            row = self.model.row_of(path)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                selection.select(index, flags)

    def selected_runs(self) -> list[RunSummary]:
        return [self.model.runs[self.model.row_of(p)] for p in self.selected_paths() if self.model.row_of(p) >= 0]

    def _selection_changed(self, *_) -> None:
        self._update_buttons()
        paths = self.selected_paths()
        self.jobs.submit("compare", lambda: _read_runs(paths), self.compare.show_runs, self._compare_failed)

    def _compare_failed(self, message: Message) -> None:
        self.message_bar.show_message(
            "compare", lambda: say(message), lambda: self.tr("Refresh the list: the folder may have changed.")
        )

    def _update_buttons(self, *_) -> None:
        paths = self.selected_paths()
        self.open_button.setEnabled(len(paths) == 1 and not self.state.training)
        self.pin_button.update_state()
        self.delete_button.setEnabled(bool(paths))
        self.train_actions.update_buttons()

    # -- deleting ------------------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        """Move the selected runs to the trash folder (Undo puts them back); never the run being trained."""
        paths = self.selected_paths()
        training = self.state.run_dir if self.state.run_active else None
        if training is not None and Path(training) in paths:
            self.message_bar.show_message(
                "trash", lambda: self.tr("The run in training cannot be deleted."), lambda: self.tr("Stop it first.")
            )
            paths = [p for p in paths if p != Path(training)]
        if paths:
            self.trash.delete(paths)

    # -- opening -------------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        paths = self.selected_paths()
        if len(paths) == 1:
            self.open_run(paths[0])

    def open_run(self, path: Path) -> bool:
        """The run becomes the current model: Train shows its curves, Draw, Evaluate and Inside its network."""
        if self.state.training:
            self.message_bar.show_message(
                "open",
                lambda: self.tr("A run is in progress."),
                lambda: self.tr("Open the run once the training has ended."),
            )
            return False
        try:
            self.state.open_run(path)
        except (CheckpointError, OSError, ValueError) as exc:  # an unreadable folder: say so, keep the tab
            message = as_message(exc)
            self.message_bar.show_message(
                "open", lambda: say(message), lambda: self.tr("Refresh the list: the folder may have changed.")
            )
            return False
        self.message_bar.clear("open")
        return True


def _read_runs(paths: list[Path]) -> list:
    """Background job: the full RunInfo (config and every epoch) of the selected runs, for the comparison."""
    return [read_run(path) for path in paths]
