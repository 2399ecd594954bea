"""Runs: every run folder under the runs folder, read from the folders themselves, to sort, filter, rename,
open, resume, continue, fine-tune, compare, export and delete (with Undo).

The list is read on a background job; while a run trains, only its row is read again after every epoch.
Selecting runs shows them overlaid in the comparison view below the table.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.checkpoint import CheckpointError
from core.run_summary import RunSummary
from core.runs import read_run
from gui.runs.pin_button import PinButton
from gui.messages import say
from gui.runs.runs_filter import RunsFilter
from gui.runs.runs_model import PATH_ROLE, RunsModel
from gui.runs.train_actions import TrainActions
from gui.runs.trash_bar import TrashBar
from gui.state import AppState
from gui.widgets.message_bar import MessageBar

try:  # the comparison view lands separately; until it does, the area below the table stays plain
    from gui.runs.compare_view import CompareView
except ImportError:  # pragma: no cover - only before gui/runs/compare_view.py exists
    CompareView = None
try:  # the export menu lands separately too
    from gui.runs.export_actions import export_menu
except ImportError:  # pragma: no cover
    export_menu = None


class RunsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runsTab")
        self.state, self.jobs = state, state.jobs("runs")
        self.model = RunsModel(self)
        self.proxy = RunsFilter(self.model, self)
        self.message_bar = MessageBar(self)
        self.model.label_failed = lambda text: self.message_bar.show_message(
            "label", text, self.tr("Check that the runs folder can be written to.")
        )

        self.filter_edit = QLineEdit(self, objectName="runsFilter", clearButtonEnabled=True)
        self.filter_edit.setPlaceholderText(self.tr("Filter: words in the name, note, network or dataset"))
        self.filter_edit.setAccessibleName(self.tr("Filter runs"))
        self.filter_edit.setToolTip(
            self.tr("Type words to show only the runs whose name, note, network or dataset match.")
        )
        self.arch_combo = QComboBox(self, objectName="runsArchCombo")
        self.arch_combo.setAccessibleName(self.tr("Show runs of this architecture"))
        self.arch_combo.setToolTip(self.tr("Show only the runs of one network."))
        self.dataset_combo = QComboBox(self, objectName="runsDatasetCombo")
        self.dataset_combo.setAccessibleName(self.tr("Show runs on this dataset"))
        self.dataset_combo.setToolTip(self.tr("Show only the runs trained on one dataset."))
        self.filter_edit.textChanged.connect(self.proxy.set_text)
        self.arch_combo.currentIndexChanged.connect(lambda: self.proxy.set_arch(self.arch_combo.currentData() or ""))
        self.dataset_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_dataset(self.dataset_combo.currentData() or "")
        )
        self.refresh_button = self._button("runsRefreshButton", self.tr("Refresh"), self.refresh)
        self.refresh_button.setToolTip(self.tr("Read the runs folder again"))
        self.open_button = self._button("runsOpenButton", self.tr("Open"), self.open_selected)
        self.open_button.setToolTip(
            self.tr("Make the selected run the current model: Train shows its curves, the other tabs its network")
        )

        self.pin_button = PinButton(state, self.selected_paths, self)
        self.delete_button = self._button("runsDeleteButton", self.tr("Delete"), self.delete_selected)
        self.delete_button.setToolTip(self.tr("Move the selected runs to the trash folder (Del); Undo puts them back"))
        self.trash = TrashBar(self.jobs, lambda: self.state.runs_root, self)
        self.trash.changed.connect(self.refresh)
        self.trash.failed.connect(
            lambda text: self.message_bar.show_message("trash", text, self.tr("Close programs using the folder."))
        )
        self.train_actions = TrainActions(state, self.selected_runs, self)
        self.train_actions.started.connect(lambda text: self.message_bar.show_message("train", text, "", "info"))
        self.train_actions.failed.connect(lambda text, hint: self.message_bar.show_message("train", text, hint))

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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Run folders"))
        self.table.doubleClicked.connect(lambda index: self.open_run(Path(index.data(PATH_ROLE))))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        self.compare = (
            CompareView(state, self) if CompareView is not None else QLabel(self.tr("Select runs to compare them."))
        )
        self.compare.setObjectName("runsCompare")
        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="runsSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.compare)
        self.splitter.setSizes([200, 600])  # a few rows; the comparison needs the room

        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(self.arch_combo, 1)
        bar.addWidget(self.dataset_combo, 1)
        bar.addWidget(self.refresh_button)
        actions = self.action_bar = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.pin_button)
        actions.addSpacing(8)
        actions.addWidget(self.train_actions)
        if export_menu is not None:
            self.export_button = QPushButton(self.tr("Export"), self, objectName="runsExportButton")
            self.export_button.setToolTip(self.tr("Save the selected runs' metrics, plots or model"))
            self.export_button.setMenu(export_menu(self, state, self.selected_paths))
            actions.addWidget(self.export_button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.trash)
        layout.addWidget(self.splitter, 1)

        self._fill_combos()
        self._update_buttons()
        self.model.labelChanged.connect(state.refresh_run)  # the model chooser shows the new name too
        state.runsListed.connect(self._listed)  # the app state lists the runs and keeps the list current
        state.runUpdated.connect(self._row_read)
        state.runsFailed.connect(self._list_failed)
        state.runFinished.connect(self._run_finished)
        state.trainingChanged.connect(self._update_buttons)
        self._listed(state.runs)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAccessibleName(text)
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
        self._fill_combos()
        self.select_paths(selected)
        self.message_bar.clear("list")

    def _list_failed(self, message: str) -> None:
        self.message_bar.show_message("list", message, self.tr("Choose another runs folder in the settings."))

    def refresh_run(self, run_dir: Path | None) -> None:
        """Read one run folder again: just its row changes."""
        self.state.refresh_run(run_dir)

    def _run_finished(self, event) -> None:
        self.message_bar.clear("train")  # "Continuing…" is over: it would push the table down for nothing

    def _row_read(self, summary: RunSummary) -> None:
        self.model.update_run(summary)
        self._fill_combos()

    def _fill_combos(self) -> None:
        for combo, key, everything in (
            (self.arch_combo, "arch", self.tr("All architectures")),
            (self.dataset_combo, "dataset", self.tr("All datasets")),
        ):
            values = sorted({getattr(run, key) for run in self.model.runs})
            if [combo.itemData(i) for i in range(1, combo.count())] == values:
                continue
            current = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

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
        if CompareView is None:
            return
        self.jobs.submit("compare", lambda: _read_runs(paths), self.compare.show_runs, self._compare_failed)

    def _compare_failed(self, message: str) -> None:
        self.message_bar.show_message("compare", message, self.tr("Refresh the list: the folder may have changed."))

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
                "trash", self.tr("The run in training cannot be deleted."), self.tr("Stop it first.")
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
                "open", self.tr("A run is in progress."), self.tr("Open the run once the training has ended.")
            )
            return False
        try:
            self.state.open_run(path)
        except (CheckpointError, OSError, ValueError) as exc:  # an unreadable folder: say so, keep the tab
            self.message_bar.show_message("open", say(exc), self.tr("Refresh the list: the folder may have changed."))
            return False
        self.message_bar.clear("open")
        return True


def _read_runs(paths: list[Path]) -> list:
    """Background job: the full RunInfo (config and every epoch) of the selected runs, for the comparison."""
    return [read_run(path) for path in paths]
