"""The model chooser of the Predict tab: bundled digit model, the current run, finished runs, or a weights file.

Models are loaded and built on a Background job (never on the GUI thread); the chosen one arrives through
``modelReady(predictor, meta, description)``. A file that cannot be used is reported through ``loadFailed``
in plain words and the previous model stays chosen.
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

import torch
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from core import archs, checkpoint
from core.predict import Predictor
from core.predict_files import BUNDLED_MODEL
from core.runs import RunInfo, list_runs
from core.paths import runs_dir
from gui.background import Background

Key = tuple[str, str]      # (kind, path): kind is "bundled" | "current" | "run" | "file" | "open"
JOB = "model"


def one_thread(fn: Callable[[], Any]) -> Any:
    """Run fn with one torch thread: on a busy 2-core CPU two threads can be 100x slower."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return fn()
    finally:
        torch.set_num_threads(threads)


def full_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Fill what older or foreign files may lack (class names, normalisation)."""
    meta = dict(meta)
    n = int(meta.get("num_classes") or len(meta.get("class_names") or ()) or 10)
    meta.setdefault("num_classes", n)
    if not meta.get("class_names"):
        meta["class_names"] = [str(i) for i in range(n)]
    channels = int(meta.get("in_channels", 1))
    meta.setdefault("mean", [0.5] * channels)
    meta.setdefault("std", [0.25] * channels)
    return meta


def _predictor(model: torch.nn.Module, meta: dict[str, Any]) -> Predictor:
    return Predictor(model, meta["class_names"], tuple(meta["mean"]), tuple(meta["std"]))


def load_file(path: Path) -> tuple[Predictor, dict[str, Any]]:
    """Background job: a weights file -> (Predictor, meta). Raises CheckpointError with a plain message."""
    def work():
        model, meta = checkpoint.load_model(path)
        meta = full_meta(meta)
        return _predictor(model, meta), meta
    return one_thread(work)


def build_current(weights: dict[str, torch.Tensor], meta: dict[str, Any]) -> tuple[Predictor, dict[str, Any]]:
    """Background job: the current run's weights copy -> a fresh model of its own (never the live one)."""
    def work():
        m = full_meta(meta)
        model = archs.build(m["arch"], int(m["in_channels"]), int(m["image_size"]), int(m["num_classes"]),
                            **(m.get("options") or {}))
        checkpoint.apply_weights(model, weights, m["arch"])
        return _predictor(model, m), m
    return one_thread(work)


def arch_title(name: str) -> str:
    try:
        return archs.get_arch(name).title
    except KeyError:
        return str(name)


def dataset_title(name: str) -> str:
    from core import data
    try:
        return data.get_spec(name).title
    except data.DatasetError:
        return str(name)


class ModelSource(QWidget):
    modelReady = Signal(object, object, str)   # Predictor | None, meta | None, description
    loadFailed = Signal(str)

    def __init__(self, jobs: Background, bundled_model: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("modelSource")
        self.jobs = jobs
        self.bundled_model = Path(bundled_model or BUNDLED_MODEL)
        self._current: tuple[dict, dict] | None = None      # (weights, meta) of the run being trained
        self._shown: Key | None = None                       # the source whose model is in use
        self._runs: dict[str, RunInfo] = {}

        self.combo = QComboBox(self, objectName="modelSourceCombo")
        self.combo.setAccessibleName(self.tr("Model source"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(28)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.activated.connect(self._on_activated)
        self.caption = QLabel(self.tr(
            "Which trained network reads your input. The bundled digit model comes with the app and already "
            "knows digits. \"Current run\" is the network you are training: a copy is taken after every epoch, "
            "so you can watch its guesses improve. Finished runs and weights files are networks saved earlier."),
            self, objectName="modelSourceCaption", wordWrap=True)
        self.caption.setStyleSheet("color: #505050;")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Model:"), self))
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.caption)
        self.refresh_runs()

    # ----- entries ----------------------------------------------------------------------
    def refresh_runs(self) -> None:
        """Re-list the combo: bundled, current run, finished runs (newest first), opened files, open…"""
        files = [(self.combo.itemData(i), self.combo.itemText(i)) for i in range(self.combo.count())
                 if (self.combo.itemData(i) or ("",))[0] == "file"]
        selected = self.key()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Bundled digit model"), ("bundled", ""))
        self.combo.addItem(self.tr("Current run (updates every epoch)"), ("current", ""))
        try:
            runs = [r for r in list_runs(runs_dir()) if r.best_weights.is_file() or r.last_weights.is_file()]
        except OSError:
            runs = []
        self._runs = {str(r.path): r for r in runs}
        if runs:
            self.combo.insertSeparator(self.combo.count())
        for r in runs:
            self.combo.addItem(self._run_label(r), ("run", str(r.path)))
        if files:
            self.combo.insertSeparator(self.combo.count())
        for key, text in files:
            self.combo.addItem(text, key)
        self.combo.insertSeparator(self.combo.count())
        self.combo.addItem(self.tr("Open weights file…"), ("open", ""))
        self._select_key(selected or ("bundled", ""))
        self.combo.blockSignals(False)

    def key(self) -> Key | None:
        data = self.combo.currentData()
        return tuple(data) if data else None

    def shown_key(self) -> Key | None:
        """The source of the model in use (the combo may show one still loading)."""
        return self._shown

    def _index_of(self, key: Key) -> int:
        for i in range(self.combo.count()):
            if self.combo.itemData(i) == key:
                return i
        return -1

    def _select_key(self, key: Key) -> None:
        i = self._index_of(key)
        if i >= 0:
            self.combo.setCurrentIndex(i)

    # ----- choosing ---------------------------------------------------------------------
    def select_source(self, source: str | Path) -> None:
        """"bundled", "current", a run folder or a weights file (as if chosen in the combo)."""
        if source in ("bundled", "current"):
            key: Key = (str(source), "")
        else:
            path = Path(source)
            key = ("run", str(path)) if path.is_dir() else ("file", str(path))
            if key[0] == "run" and self._index_of(key) < 0:
                self.refresh_runs()
            if self._index_of(key) < 0 and key[0] == "run":
                key = ("file", str(path / "best.pt"))
        self._select_key(key)
        self._load(key)

    def open_weights_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open weights file"), str(runs_dir()),
                                              self.tr("PyTorch weights (*.pt *.pth);;All files (*)"))
        if path:
            self._load(("file", path))
        else:
            self._revert()

    def set_current_run(self, weights: dict, meta: dict) -> None:
        """A CPU copy of the run's weights after an epoch; rebuilt at once when "Current run" is chosen."""
        self._current = (weights, dict(meta))
        if self.key() == ("current", ""):
            self._load(("current", ""))

    def _on_activated(self, _index: int) -> None:
        key = self.key()
        if key == ("open", ""):
            self.open_weights_file()
        elif key is not None:
            self._load(key)

    def _load(self, key: Key) -> None:
        kind, path = key
        if kind == "current":
            if self._current is None:
                self._ready(key, (None, None))
                return
            weights, meta = self._current
            self.jobs.submit(JOB, lambda: build_current(weights, meta), lambda r: self._ready(key, r),
                             lambda e: self._failed(key, e))
            return
        if kind == "bundled":
            file = self.bundled_model
        elif kind == "run":
            run = self._runs.get(path)
            file = run.best_weights if run and run.best_weights.is_file() else Path(path) / "last.pt"
        else:
            file = Path(path)
        if kind == "bundled" and not file.is_file():   # expected in a fresh checkout: no traceback in the log
            return self._failed(key, "")
        self.jobs.submit(JOB, lambda: load_file(file), lambda r: self._ready(key, r), lambda e: self._failed(key, e))

    def _ready(self, key: Key, result) -> None:
        predictor, meta = result
        if key[0] == "file" and self._index_of(key) < 0:
            self.combo.insertItem(self._index_of(("open", "")) - 1, self.tr("File: %1").replace("%1", Path(key[1]).name),
                                  key)
        self._select_key(key)
        self._shown = key
        self.modelReady.emit(predictor, meta, self.describe(key, meta))

    def _failed(self, key: Key, message: str) -> None:
        if key == ("bundled", "") and not self.bundled_model.is_file():
            message = self.tr("The bundled digit model is not installed (%1 is missing). Train a network or "
                              "open a weights file.").replace("%1", self.bundled_model.name)
        self.loadFailed.emit(message)
        if self._shown is None:                 # nothing to fall back to: show an empty model
            self._shown = key
            self.modelReady.emit(None, None, message)
        self._revert()

    def _revert(self) -> None:
        self.combo.blockSignals(True)
        self._select_key(self._shown or ("bundled", ""))
        self.combo.blockSignals(False)

    # ----- words ------------------------------------------------------------------------
    def _run_label(self, run: RunInfo) -> str:
        """"lenet on MNIST · best test 98.1 % · 2025-01-31 14:02"."""
        accs = [m.test_acc for m in run.history if m.test_acc is not None]
        stamp = run.path.name[:16].replace("_", " ")
        when = stamp if stamp[:4].isdigit() else time.strftime("%Y-%m-%d %H:%M", time.localtime(run.path.stat().st_mtime))
        return self.tr("%1 on %2 · best test %3 · %4").replace("%1", run.config.arch).replace(
            "%2", dataset_title(run.config.dataset)).replace(
            "%3", f"{max(accs) * 100:.1f} %" if accs else "–").replace("%4", when)

    def describe(self, key: Key, meta: dict | None) -> str:
        kind, path = key
        if meta is None:
            return self.tr("Current run: no epoch has finished yet. Start training on the Train tab; the "
                           "network is copied here after every epoch.") if kind == "current" else ""
        what = self.tr("%1 trained on %2").replace("%1", arch_title(meta.get("arch", "?"))).replace(
            "%2", dataset_title(meta.get("dataset", "?")))
        if kind == "bundled":
            return self.tr("Bundled digit model: %1.").replace("%1", what)
        if kind == "current":
            return self.tr("Current run after epoch %1: %2. Updates after every epoch.").replace(
                "%1", str(meta.get("epoch", "?"))).replace("%2", what)
        if kind == "run":
            return self.tr("Finished run: %1.").replace("%1", what)
        return self.tr("Weights file %1: %2.").replace("%1", Path(path).name).replace("%2", what)
