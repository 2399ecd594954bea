"""Inside the network: its layers, what each conv layer sees in the current picture, its filters, where
it looks (saliency), and how its weights change while it trains. Works on a model copy the view owns."""
from __future__ import annotations

import copy
import time
from collections import OrderedDict

import numpy as np
import torch
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSplitter, QTabWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from core import analysis
from core.saliency import conv_layers, feature_maps, inspect, to_input
from gui.background import Background
from gui.feature_maps_widget import FeatureMapsWidget
from gui.filters_widget import FiltersWidget, prepare_filters
from gui.image_utils import caption
from gui.saliency_panel import SaliencyPanel
from gui.summary_table import human, shape_text
from gui.weights_widget import WeightsWidget

COLUMNS = ("Layer", "Type", "Output", "Weights", "FLOPs", "Sees")


def summarize_job(private: torch.nn.Module, meta: dict):
    """Background job: the layer table of ``private``, a copy made on the GUI thread. Never the model the GUI
    uses: summarize() hooks every module, and hooks (or copies taken while the GUI's hooks are on) would mix
    the two threads' forward passes."""
    from core.summary import summarize

    return summarize(private, meta["in_channels"], meta["image_size"])


def weights_job(weights: dict, initial: dict | None):
    """Background job: filters as tiles and weight histograms (now vs the first snapshot)."""
    return prepare_filters(weights), analysis.weight_histograms(weights, initial)


class InsideView(QWidget):
    weightsShown = Signal()           # filters and histograms show the latest weights
    inputShown = Signal()             # feature maps and saliency show the current input

    def __init__(self, jobs: Background | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._own_jobs = jobs is None
        self.jobs = jobs or Background("inside", self)
        if self._own_jobs and QCoreApplication.instance() is not None:
            QCoreApplication.instance().aboutToQuit.connect(self.shutdown)
        self.model: torch.nn.Module | None = None
        self.meta: dict = {}
        self.image: np.ndarray | None = None
        self.initial: dict | None = None
        self.previous: dict | None = None
        self.epoch = 0
        self.summary = None
        self.selected: str | None = None
        self.last_ms: float = float("nan")        # time of the last feature-map + saliency update

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.totals = QLabel(self)
        self.saliency = SaliencyPanel(self)
        self.saliency.settingsChanged.connect(self.refresh_input)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(caption(self.tr(
            "The layers in order. 'Output' is the shape of what a layer hands on (channels × height × width); "
            "'Sees' is the receptive field: how many input pixels across one output position depends on. Bold rows are the conv "
            "layers whose maps and filters are shown. Click a row to look at that layer.")))
        lv.addWidget(self.table, 3)
        lv.addWidget(self.totals)
        lv.addWidget(caption(self.tr(
            "Saliency: the left heat map shows which parts of the picture pushed the network towards its answer; "
            "the right one does the same for any class you pick.")))
        lv.addWidget(self.saliency, 0)

        self.maps = FeatureMapsWidget(self)
        self.filters = FiltersWidget(self)
        self.weights = WeightsWidget(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._page(self.maps, self.tr(
            "Feature maps: each small picture shows where one filter of a layer responds in the current input "
            "(red = strong response, blue = negative, white = none; one scale per layer). Early layers find "
            "edges and strokes, later ones larger parts. They update as you draw.")), self.tr("Feature maps"))
        self.tabs.addTab(self._page(self.filters, self.tr(
            "Filters: the weights each conv layer slides over its input, drawn as pictures (red = positive, "
            "blue = negative). A filter responds most where the input looks like it. Refreshed after every epoch.")),
            self.tr("Filters"))
        self.tabs.addTab(self._page(self.weights, self.tr(
            "Weights: the spread of the selected layer's weights now (blue) and at the start (grey). Training moves "
            "the weights away from their random start; below, how much each layer still changes per epoch.")),
            self.tr("Weights"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([500, 700])
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)

    def _page(self, body: QWidget, text: str) -> QWidget:
        page = QWidget(self)
        v = QVBoxLayout(page)
        v.addWidget(caption(text))
        v.addWidget(body, 1)
        return page

    # -- the lead's API -----------------------------------------------------------------------------------
    def set_model(self, model: torch.nn.Module | None, meta: dict) -> None:
        """The network to look into and its meta: arch, class_names, mean, std, in_channels, image_size
        (optional: options, num_classes, epoch). The view works on its own CPU copy of ``model`` (None builds
        one from meta); its current weights become the 'at start' snapshot of the histograms."""
        meta = dict(meta)
        meta.setdefault("num_classes", len(meta.get("class_names") or []) or 10)
        meta.setdefault("class_names", [str(i) for i in range(meta["num_classes"])])
        if model is None:
            from core import archs
            model = archs.build(meta["arch"], meta["in_channels"], meta["image_size"], meta["num_classes"],
                                **(meta.get("options") or {}))
        else:
            model = copy.deepcopy(model)
        self.model, self.meta = model.cpu().eval(), meta
        self.initial = {k: v.detach().clone() for k, v in model.state_dict().items()}
        self.previous, self.epoch = None, int(meta.get("epoch", 0) or 0)
        self.saliency.set_classes(meta["class_names"])
        self.weights.reset()
        self.table.setRowCount(0)
        self.totals.setText(self.tr("Measuring the layers…"))
        private = copy.deepcopy(model)
        self.jobs.submit("inside-summary", lambda: summarize_job(private, meta), self._summary_ready, self._job_failed)
        self._submit_weights(self.initial)
        self.refresh_input()

    def update_epoch(self, weights: dict, grad_norms: dict | None = None, *, epoch: int | None = None) -> None:
        """After each epoch: load the weights copy, refresh filters and histograms, add a weight-change point."""
        if self.model is None:
            return
        self.model.load_state_dict(weights)
        self.epoch = self.epoch + 1 if epoch is None else int(epoch)
        previous, self.previous = self.previous, weights
        if previous is not None:
            n = self.epoch
            self.jobs.submit(f"inside-change-{n}", lambda: analysis.weight_change(previous, weights),
                             lambda values: self.weights.add_point("change", n, values), self._job_failed)
        if grad_norms:
            self.weights.add_point("grad", self.epoch, {str(k): float(v) for k, v in grad_norms.items()})
        self._submit_weights(weights)
        self.refresh_input()

    def set_input(self, image28: np.ndarray | None) -> None:
        """The picture to look at (float 0..1, HxW or CxHxW): feature maps and saliency update at once."""
        self.image = None if image28 is None else np.asarray(image28, dtype=np.float32)
        self.refresh_input()

    def shutdown(self) -> None:
        if self._own_jobs:
            self.jobs.shutdown()

    # -- jobs ---------------------------------------------------------------------------------------------
    def _submit_weights(self, weights: dict) -> None:
        initial = self.initial
        self.jobs.submit("inside-weights", lambda: weights_job(weights, initial), self._weights_ready, self._job_failed)

    def _weights_ready(self, result) -> None:
        filters, histograms = result
        self.filters.set_filters(filters)
        self.weights.set_histograms(histograms)
        self.weightsShown.emit()

    def _job_failed(self, message: str) -> None:
        self.totals.setText(self.tr("Could not analyse the network: {m}").format(m=message))

    def _summary_ready(self, summary) -> None:
        self.summary = summary
        feature = {n for n, _ in conv_layers(self.model)} if self.model is not None else set()
        bold = QFont(self.font())
        bold.setBold(True)
        self.table.blockSignals(True)
        self.table.setRowCount(len(summary.rows))
        for r, row in enumerate(summary.rows):
            values = (row.name, row.kind, shape_text(row.out_shape), f"{row.params:,}" if row.params else "–",
                      human(row.flops) if row.flops else "–",
                      str(row.receptive_field) if row.receptive_field else "–")
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.name in feature:
                    item.setFont(bold)
                    item.setForeground(QBrush(QColor("#1f5fbf")))
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.totals.setText(self.tr("Total: {p:,} weights, {f}FLOPs per image").format(
            p=summary.total_params, f=human(summary.total_flops, "")))
        first = next((r for r, row in enumerate(summary.rows) if row.name in feature), None)
        if first is not None and self.selected is None:
            self.select_layer(summary.rows[first].name)

    # -- selection ----------------------------------------------------------------------------------------
    def select_layer(self, name: str) -> None:
        """Select a layer as a click on its table row would: highlight it, show its maps, filters, weights."""
        rows = [r for r in range(self.table.rowCount()) if self.table.item(r, 0).text() == name]
        if rows and self.table.currentRow() != rows[0]:
            self.table.selectRow(rows[0])      # comes back through _row_selected
            return
        self.selected = name
        self.filters.set_selected(name)
        self.weights.show_layer(name)
        self.refresh_input()

    def _row_selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.select_layer(self.table.item(items[0].row(), 0).text())

    # -- live input ---------------------------------------------------------------------------------------
    def model_input(self) -> torch.Tensor | None:
        if self.image is None or self.model is None:
            return None
        return to_input(self.image, self.meta["mean"], self.meta["std"], self.meta.get("image_size"))

    def refresh_input(self) -> None:
        x = self.model_input()
        if x is None:
            self.maps.set_maps(OrderedDict(), None)
            self.saliency.clear(self.tr("Draw a digit or click a test image in Evaluate to look inside."))
            return
        t0 = time.perf_counter()
        blank = to_input(np.zeros(tuple(x.shape[1:]), np.float32), self.meta["mean"], self.meta["std"])
        sal = inspect(self.model, x, [self.saliency.chosen_class()], method=self.saliency.method_key(), blank=blank)
        maps = sal.maps
        if self.selected and self.selected not in maps:
            extra, _ = feature_maps(self.model, x, [self.selected])
            maps = OrderedDict(list(maps.items()) + list(extra.items()))
        self.maps.set_maps(maps, self.selected)
        mean = torch.tensor(self.meta["mean"]).view(-1, 1, 1)
        std = torch.tensor(self.meta["std"]).view(-1, 1, 1)
        unit = (x[0] * std + mean).clamp(0, 1).numpy()
        self.saliency.show_result(unit[0] if unit.shape[0] == 1 else unit, sal)
        self.last_ms = (time.perf_counter() - t0) * 1000
        self.inputShown.emit()
