"""Runs side by side: their curves overlaid (per epoch or per batch), the settings that differ, and the layer
tables when the networks differ. The Runs tab calls ``show_runs`` with the selected runs.

The run folders' batch logs and the networks' layer tables are read on a background job; the per-epoch
curves and the settings come with the RunInfo and show at once.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.run_compare import RunDetails, run_details
from core.run_summary import summary_of
from core.runs import RunInfo
from gui.run_names import run_title
from gui.runs.compare_plots import ComparePlots, PlotsNotExported, RunCurves, run_color
from gui.runs.layer_tables import LayerTables
from gui.runs.run_swatch import run_swatch
from gui.runs.settings_diff import SettingsDiff
from gui.state import AppState
from gui.widgets.image_utils import caption, captioned_page, side_by_side
from gui.widgets.reflow_grid import ReflowGrid
from gui.widgets.retranslating import Retranslating, Words, say
from gui.widgets.save_dialog import ask_save_path
from core.messages import Message
from gui.messages import say as say_message


def read_details(runs: tuple[RunInfo, ...]) -> list[RunDetails]:
    """Background job: each run's batch log and layer table."""
    return [run_details(info) for info in runs]


class CompareView(Retranslating, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.state, self.jobs = state, state.jobs("compare")
        self.runs: list[RunInfo] = []
        self.names: list[str] = []
        self.details: list[RunDetails] | None = None
        self.checks: list[QCheckBox] = []

        self.check_box = QVBoxLayout()  # one show/hide box per run, in its colour, in as many columns as fit
        self.check_box.setContentsMargins(0, 0, 0, 0)
        self.per_epoch = QRadioButton(self, objectName="comparePerEpoch", checked=True)
        self.per_batch = QRadioButton(self, objectName="comparePerBatch")
        self.mode = QButtonGroup(self)
        for button in (self.per_epoch, self.per_batch):
            self.mode.addButton(button)
        self.per_batch.toggled.connect(self._set_per_batch)
        self.export_button = QPushButton(self, objectName="compareExportButton")
        self.export_button.clicked.connect(self.choose_export_file)
        self.status = QLabel(self, objectName="compareStatus")
        self.status.setWordWrap(True)
        self.said: Words = ""  # the status line, kept to say it again after a language switch

        self.plots = ComparePlots(self)
        self.plot_caption = caption(self._caption)
        self.diff = SettingsDiff(self)
        self.layers = LayerTables(self)

        bar = QHBoxLayout()
        bar.addLayout(self.check_box, 1)
        bar.addWidget(self.per_epoch)
        bar.addWidget(self.per_batch)
        bar.addSpacing(12)
        bar.addWidget(self.export_button)
        top = QWidget(self)
        top_box = QVBoxLayout(top)
        top_box.setContentsMargins(0, 0, 0, 0)
        top_box.addLayout(bar)
        top_box.addWidget(self.plots, 1)
        top_box.addWidget(self.plot_caption)
        top_box.addWidget(self.status)
        diff_page = captioned_page(
            self.diff,
            lambda: self.tr(
                "The settings that differ between the runs, side by side: the likely reasons their curves differ."
            ),
        )
        layers_page = captioned_page(
            self.layers,
            lambda: self.tr(
                "When the networks differ: each run's layers with what they hand on (channels × height × width) "
                "and how many weights they learn."
            ),
        )
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(side_by_side(self, diff_page, layers_page, (1, 2)))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.show_runs([])
        self.retranslate()

    def retranslate(self) -> None:
        self.per_epoch.setText(self.tr("Per epoch"))
        self.per_epoch.setToolTip(self.tr("One point per epoch: training, validation and test images"))
        self.per_batch.setText(self.tr("Per batch"))
        self.per_batch.setToolTip(self.tr("Every training batch, with its running average"))
        self.export_button.setText(self.tr("Export plots…"))
        self.export_button.setToolTip(self.tr("Save both plots with their legend as a PNG picture or an SVG drawing"))
        self.status.setText(say(self.said))
        self.names = [run_title(summary_of(info)) for info in self.runs]  # names made in the language
        for check, name in zip(self.checks, self.names):
            self._say_check(check, name)
        self.plots.rename(self.names)
        colors = [run_color(i) for i in range(len(self.runs))]
        self.diff.show_configs(self.names, colors, [info.config for info in self.runs])
        if self.details is not None:
            self.layers.show_details(self.names, colors, self.details)

    def _say(self, words: Words) -> None:
        self.said = words
        self.status.setText(say(words))

    # -- what to compare ------------------------------------------------------------------------------------

    def show_runs(self, runs: list[RunInfo]) -> None:
        """Show ``runs`` (any number; two or more to compare) and read their details in the background."""
        self.runs, self.details = list(runs), None
        self.names = [run_title(summary_of(info)) for info in self.runs]
        colors = [run_color(i) for i in range(len(self.runs))]
        self._make_checks(colors)
        self.plots.set_runs([RunCurves(name, info.history) for name, info in zip(self.names, self.runs)])
        self.diff.show_configs(self.names, colors, [info.config for info in self.runs])
        self.export_button.setEnabled(bool(self.runs))
        if not self.runs:
            self.layers.show_details([], [], [])
            self._say(lambda: self.tr("Select two or more runs in the list above to compare them."))
            return
        self.layers.show_busy()
        self._say(lambda: self.tr("Reading the per-batch curves and the layers…"))
        self.jobs.submit("details", partial(read_details, tuple(self.runs)), self._details_read, self._details_failed)

    def _make_checks(self, colors: list[str]) -> None:
        while self.check_box.count():  # the grid of boxes
            self.check_box.takeAt(0).widget().deleteLater()
        self.checks = []
        for index, (name, color) in enumerate(zip(self.names, colors)):
            check = QCheckBox(self, checked=True)
            check.setIcon(run_swatch(color, index + 1, self.fontMetrics().height()))
            check.setIconSize(QSize(self.fontMetrics().height(), self.fontMetrics().height()))
            self._say_check(check, name)
            check.toggled.connect(partial(self.plots.set_run_visible, index))
            self.checks.append(check)
        if self.checks:
            self.check_box.addWidget(ReflowGrid(self.checks, range(len(self.checks), 0, -1), parent=self))

    def _say_check(self, check: QCheckBox, name: str) -> None:
        check.setText(name)
        check.setToolTip(self.tr("Show or hide {run} in the plots").format(run=name))
        check.setAccessibleName(self.tr("Show {run}").format(run=name))

    def _details_read(self, details: list[RunDetails]) -> None:
        self.details = details
        for index, d in enumerate(details):
            self.plots.set_batches(index, d.batches, d.knobs, d.batches_per_epoch)
        self.layers.show_details(self.names, [run_color(i) for i in range(len(details))], details)
        without = [i for i, d in enumerate(details) if not len(d.batches)]
        self._say(
            lambda: (
                self.tr(
                    "No per-batch log in {runs} (saved by an older version): per batch shows only the others."
                ).format(runs=", ".join(self.names[i] for i in without))
                if without
                else ""
            )
        )

    def _details_failed(self, message: Message) -> None:
        self.layers.show_details([], [], [])
        self._say(lambda: self.tr("Could not read the runs' details: {why}").format(why=say_message(message)))

    # -- view -----------------------------------------------------------------------------------------------
    def _set_per_batch(self, on: bool) -> None:
        self.plots.set_per_batch(on)
        self._set_caption()

    def _set_caption(self) -> None:
        self.plot_caption.set_words(self._caption)  # said again by the caption after a language switch

    def _caption(self) -> str:
        if self.plots.per_batch:
            return self.tr(
                "Every training batch: faint lines are single batches, bold lines the average of the last few. "
                "The bottom axis counts epochs, so runs with other batch sizes line up. The curve that falls "
                "faster learns faster; a wide faint band means noisy steps (small batches or a high learning rate)."
            )
        return self.tr(
            "One colour per run. Solid lines: the training images, dashed: validation, dotted: test. "
            "Lower loss and higher accuracy are better; a validation loss that turns up while the training "
            "loss keeps falling means the network starts to memorise its training images (overfitting)."
        )

    # -- export ---------------------------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        png, svg = self.tr("PNG picture (*.png)"), self.tr("SVG drawing (*.svg)")
        path, chosen = ask_save_path(self, self.state, self.tr("Export the plots"), "comparison.png", f"{png};;{svg}")
        if path:
            if not Path(path).suffix:
                path += ".svg" if chosen == svg else ".png"
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        """Write both plots to ``path`` (.png or .svg); say where, or why not, under the plots."""
        try:
            self.plots.export(path)
        except (OSError, ValueError) as exc:  # PlotsNotExported is a ValueError
            error = exc  # kept: the except clause unbinds ``exc``
            why = error.words if isinstance(error, PlotsNotExported) else lambda: say_message(error)  # the system's
            self._say(
                lambda: self.tr("Could not export the plots: {why} Choose another file or folder.").format(why=say(why))
            )
            return False
        self._say(lambda: self.tr("Plots saved to {path}").format(path=path))
        return True
