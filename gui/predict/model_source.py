"""The model chooser: the bundled digit model, the run being trained, finished runs, or a weights file.

Choosing asks the app state to load the model (on a background job); the combo then follows the state's
current model, so a run opened from the File menu or a run that starts shows here too. A file that cannot be
used is reported by the state (``modelFailed``) and the previous model stays chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core import archs, data
from core.card import ModelCard
from core.run_summary import RunSummary
from gui.state import AppState, CurrentModel, ModelSource
from gui.core_texts import core_tr
from gui.run_names import run_title
from gui.widgets.retranslating import Retranslating

OPEN = ModelSource("open")  # the "Open weights file…" entry


def arch_title(name: str) -> str:
    return core_tr(archs.get_arch(name).title) if name in archs.ARCHS else str(name)


def dataset_title(name: str) -> str:
    return core_tr(data.get_spec(name).title) if name in data.DATASETS else str(name)


class ModelChooser(Retranslating, QWidget):
    def __init__(self, state: AppState, bundled_model: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("modelSource")
        self.state, self.bundled_model = state, Path(bundled_model)
        self.files: list[Path] = []  # weights files opened in this session
        self.combo = QComboBox(self, objectName="modelSourceCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(28)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.activated.connect(self._on_activated)
        self.caption = QLabel(self, objectName="modelSourceCaption", wordWrap=True)
        self.caption.setStyleSheet("color: #505050;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.model_label = QLabel(self)
        row.addWidget(self.model_label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        state.modelChanged.connect(self._follow)
        state.modelFailed.connect(self._revert)
        state.runsListed.connect(self.refresh_runs)  # the app state's one list of runs, read on a task
        state.runUpdated.connect(self.refresh_runs)
        self.retranslate()

    def retranslate(self) -> None:
        self.combo.setAccessibleName(self.tr("Model source"))
        self.combo.setToolTip(
            self.tr("Which trained network reads your input, and which one Evaluate and Inside the network show.")
        )
        self.caption.setText(
            self.tr(
                "Which trained network reads your input. The bundled digit model comes with the app and already "
                'knows digits. "Current run" is the network you are training: a copy is taken after every epoch, '
                "so you can watch its guesses improve. Finished runs and weights files are networks saved earlier."
            )
        )
        self.model_label.setText(self.tr("Model:"))
        self.refresh_runs()  # the entries, written again

    # ----- entries ----------------------------------------------------------------------
    def refresh_runs(self, *_) -> None:
        """Re-list: bundled, current run, finished runs in the runs folder (newest first), opened files, open…"""
        shown = self.shown_source()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Bundled digit model"), ModelSource("bundled", self.bundled_model))
        self.combo.addItem(self.tr("Current run (updates every epoch)"), ModelSource("training"))
        runs = [r for r in self.state.runs if r.epochs_done > 0]  # an epoch saved: its weights are there
        if runs:
            self.combo.insertSeparator(self.combo.count())
        for r in runs:
            self.combo.addItem(self._run_label(r), ModelSource("run", r.path))
        if self.files:
            self.combo.insertSeparator(self.combo.count())
        for path in self.files:
            self.combo.addItem(self.tr("File: %1").replace("%1", path.name), ModelSource("file", path))
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(self.tr("Open weights file…"), OPEN)
        self._select(shown)
        self.combo.blockSignals(False)

    def source(self) -> ModelSource | None:
        """The entry shown in the combo (it may still be loading)."""
        return self.combo.currentData()

    def shown_source(self) -> ModelSource:
        """The entry of the model in use."""
        model = self.state.model
        return _entry(model.source) if model is not None else ModelSource("bundled", self.bundled_model)

    def _select(self, source: ModelSource) -> bool:
        for i in range(self.combo.count()):
            if self.combo.itemData(i) == source:
                self.combo.setCurrentIndex(i)
                return True
        return False

    # ----- choosing ---------------------------------------------------------------------
    def choose(self, source: ModelSource) -> None:
        """As if picked in the combo: "bundled", "training", a run folder or a weights file."""
        if source.kind == "file" and source.path not in self.files:
            self.files.append(source.path)
        if source.kind in ("run", "file") and not self._select(source):
            self.refresh_runs()
        self._select(source)
        self.state.load_model(source)

    def open_weights_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open weights file"),
            str(self.state.runs_root),
            self.tr("PyTorch weights (*.pt *.pth);;All files (*)"),
        )
        if path:
            self.choose(ModelSource("file", Path(path)))
        else:
            self._revert()

    def _on_activated(self, _index: int) -> None:
        source = self.source()
        if source == OPEN:
            self.open_weights_file()
        elif source is not None:
            self.choose(source)

    def _follow(self, model: CurrentModel | None) -> None:
        self.combo.blockSignals(True)
        if model is not None and not self._select(_entry(model.source)):
            self.refresh_runs()
        self.combo.blockSignals(False)

    def _revert(self, *_) -> None:
        self.combo.blockSignals(True)
        self._select(self.shown_source())
        self.combo.blockSignals(False)

    # ----- words ------------------------------------------------------------------------
    def _run_label(self, run: RunSummary) -> str:
        """ "LeNet-5 (classic) · sigmoid · test 80.4 % · 2025-01-31 14:02": the name the Runs tab shows."""
        when = run.started.strftime("%Y-%m-%d %H:%M") if run.started else run.path.name
        named = run.name != run.path.name  # a run named by what it is (or by the user), else its network and data
        name = run_title(run) if named else f"{arch_title(run.arch)} · {dataset_title(run.dataset)}"
        return (
            self.tr("%1 · test %2 · %3")
            .replace("%1", name)
            .replace("%2", f"{run.test_acc * 100:.1f} %" if run.test_acc is not None else "–")
            .replace("%3", when)
        )

    def describe(self, model: CurrentModel | None) -> str:
        if model is None:
            return ""
        card: ModelCard = model.card
        what = (
            self.tr("%1 trained on %2").replace("%1", arch_title(card.arch)).replace("%2", dataset_title(card.dataset))
        )
        kind, path = model.source.kind, model.source.path
        if kind == "bundled":
            return self.tr("Bundled digit model: %1.").replace("%1", what)
        if kind == "training":
            if card.epoch == 0:
                return self.tr(
                    "Current run: no epoch has finished yet; the network is copied here after every "
                    "epoch. For now it guesses with its random start."
                )
            return (
                self.tr("Current run after epoch %1: %2. Updates after every epoch.")
                .replace("%1", str(card.epoch))
                .replace("%2", what)
            )
        if kind == "run":
            return self.tr("Finished run: %1.").replace("%1", what)
        return self.tr("Weights file %1: %2.").replace("%1", Path(path).name).replace("%2", what)


def _entry(source: ModelSource) -> ModelSource:
    """The combo entry of a model source: every model of the run being trained is "Current run"."""
    return ModelSource("training") if source.kind == "training" else source
