"""Inside the network: its layers, what each conv layer sees in the current picture, its filters, where
it looks (saliency), and how its weights change while it trains. Works on a model copy the view owns."""

from __future__ import annotations

import time
from collections import OrderedDict

import numpy as np
import torch
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core import analysis
from core.card import ModelCard
from core.saliency import conv_layers, to_input
from gui.inside.fool_panel import FoolPanel
from gui.inside.inside_jobs import look_inside, prepare_model, weights_job
from gui.inside.inside_tabs import InsideTabs
from gui.inside.layer_table import LayerTable
from gui.inside.map_panel import MapPanel
from gui.inside.saliency_panel import SaliencyPanel
from gui.inside.timeline_bar import TimelineBar
from gui.state import AppState, CurrentModel, InputImage
from gui.widgets.image_utils import caption, fit_side_by_side, side_by_side
from gui.widgets.numbers import human
from gui.widgets.retranslating import Retranslating, Words, say
from gui.widgets.when_seen import WhenSeen
from core.messages import Message
from gui.messages import say as say_message


class InsideView(Retranslating, QWidget):
    weightsShown = Signal()  # filters and histograms show the latest weights
    inputShown = Signal()  # feature maps and saliency show the current input

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.jobs = state, state.jobs("inside")
        self.current: CurrentModel | None = None
        self.model: torch.nn.Module | None = None  # private copy, used on the job thread only
        self.card: ModelCard | None = None
        self.image: np.ndarray | None = None
        self.initial: dict | None = None
        self.previous: dict | None = None
        self.epoch = 0
        self.summary = None
        self.selected: str | None = None
        self.last_ms: float = float("nan")  # time of the last feature-map + saliency job
        self._input_when_seen = WhenSeen(self, self.refresh_input)  # an input arrived while the tab was hidden
        self.true_class: int | None = None  # of the picture on show, when it is a test image

        self.table = LayerTable(self)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.totals = QLabel(self, wordWrap=True)
        self._totals: Words = ""  # what the line under the table says, kept to say it again after a switch
        self.saliency = SaliencyPanel(self)
        self.saliency.settingsChanged.connect(self.refresh_input)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(
            caption(
                lambda: self.tr(
                    "The layers in order. 'Output' is the shape of what a layer hands on (channels × height × width); "
                    "'Receptive field' is how many input pixels across one output position depends "
                    "on. Bold rows are the conv "
                    "layers whose maps and filters are shown. Click a row to look at that layer."
                )
            )
        )
        lv.addWidget(self.table, 3)
        lv.addWidget(self.totals)
        lv.addWidget(
            caption(
                lambda: self.tr(
                    "Saliency: the left heat map shows which parts of the picture pushed the network towards "
                    "its answer; "
                    "the right one does the same for any class you pick."
                )
            )
        )
        lv.addWidget(self.saliency, 0)

        self.tabs = InsideTabs(MapPanel(state), FoolPanel(state), self)
        self.maps, self.filters, self.weights = self.tabs.maps, self.tabs.filters, self.tabs.weights
        self.map_panel, self.fool_panel = self.tabs.map_panel, self.tabs.fool_panel
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.timeline = TimelineBar(state, right)  # over the pages it drives, not over the taller left side
        rv.addWidget(self.timeline)
        rv.addWidget(self.tabs, 1)
        self.split = split = side_by_side(self, left, right, (2, 3))
        split.setSizes([500, 700])
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        state.modelChanged.connect(self._on_model)
        state.inputChanged.connect(self._on_input)
        self.retranslate()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        fit_side_by_side(self.split, self.width())
        self._pages_first(self.split.orientation() == Qt.Orientation.Vertical)
        super().resizeEvent(event)

    def _pages_first(self, stacked: bool) -> None:
        """Stacked (beside an open lesson on a 1024x768 projector), the feature maps and the other pages come first,
        above the layer table and the saliency maps: the pages are what a class looks at here, and the Train tab
        shows the layer table too. Side by side, the table is on the left again."""
        pages = self.tabs.parentWidget()
        if (self.split.indexOf(pages) == 0) != stacked:
            self.split.insertWidget(0 if stacked else 1, pages)
            widgets = [self.split.widget(i) for i in range(self.split.count())]
            self.split.setSizes([w.sizeHint().height() if stacked else 10_000 for w in widgets])

    def retranslate(self) -> None:
        self.totals.setText(say(self._totals))

    def _say_totals(self, words: Words) -> None:
        self._totals = words
        self.totals.setText(say(words))

    # -- following the app state ------------------------------------------------------------------------------
    def _on_model(self, model: CurrentModel | None) -> None:
        if model is None:
            return
        previous, self.current = self.current, model
        next_epoch = (
            previous is not None
            and self.model is not None
            and model.source == previous.source
            and model.source.kind == "training"
            and model.card.network_key == previous.card.network_key
        )
        if next_epoch:
            self._next_epoch(model)
            return
        card = self.card = model.card
        self.model, self.previous, self.epoch = None, None, card.epoch
        if not self.state.input_suits(card):
            self.image = None  # a picture of another kind: the state picks one of this kind
        self.saliency.set_classes(card.class_names)
        self.weights.reset()
        self.table.setRowCount(0)
        self._say_totals(lambda: self.tr("Measuring the layers…"))
        shared, folder = model.model, model.source.path
        start = folder / "start.pt" if model.source.kind in ("run", "training") and folder else None
        self.jobs.submit(
            "inside-model", lambda: prepare_model(shared, card, start), self._model_ready, self._job_failed
        )

    def _model_ready(self, result) -> None:
        self.model, self.initial, summary = result
        self._summary_ready(summary)
        self._submit_weights(self.model.state_dict())  # now; the initial snapshot may be the run's start.pt
        self.refresh_input()

    def _next_epoch(self, model: CurrentModel) -> None:
        """After each epoch: load the weights copy (on the job thread, where the copy is used), refresh filters
        and histograms, add a weight-change and a gradient point."""
        weights, private, end = dict(model.weights), self.model, model.epoch_end
        self.jobs.submit(f"inside-load-{model.card.epoch}", lambda: private.load_state_dict(weights))
        self.epoch = model.card.epoch
        previous, self.previous = self.previous, weights
        if previous is not None:
            n = self.epoch
            self.jobs.submit(
                f"inside-change-{n}",
                lambda: analysis.weight_change(previous, weights),
                lambda values: self.weights.add_point("change", n, values),
                self._job_failed,
            )
        if end is not None and end.grad_norms:
            self.weights.add_point("grad", self.epoch, {str(k): float(v) for k, v in end.grad_norms.items()})
        self._submit_weights(weights)
        self.refresh_input()

    def _on_input(self, image: InputImage | None) -> None:
        self.image = None if image is None else np.asarray(image.image, dtype=np.float32)
        self.true_class = None if image is None else image.label
        self.refresh_input()

    def _submit_weights(self, weights: dict) -> None:
        initial = self.initial
        self.jobs.submit("inside-weights", lambda: weights_job(weights, initial), self._weights_ready, self._job_failed)

    def _weights_ready(self, result) -> None:
        filters, histograms = result
        self.filters.set_filters(filters)
        self.weights.set_histograms(histograms)
        self.weightsShown.emit()

    def _job_failed(self, message: Message) -> None:
        self._say_totals(lambda: self.tr("Could not analyse the network: {m}").format(m=say_message(message)))

    def _summary_ready(self, summary) -> None:
        self.summary = summary
        feature = {n for n, _ in conv_layers(self.model)} if self.model is not None else set()
        self.table.show_summary(summary, feature)
        self._say_totals(
            lambda: self.tr("Total: {p:,} weights, {f}FLOPs per image").format(
                p=summary.total_params, f=human(summary.total_flops, "")
            )
        )
        first = next((r for r, row in enumerate(summary.rows) if row.name in feature), None)
        if first is not None and self.selected is None:
            self.select_layer(summary.rows[first].name)

    # -- selection ----------------------------------------------------------------------------------------
    def select_layer(self, name: str) -> None:
        """Select a layer as a click on its table row would: highlight it, show its maps, filters, weights."""
        rows = [r for r in range(self.table.rowCount()) if self.table.layer_name(r) == name]
        if rows and self.table.currentRow() != rows[0]:
            self.table.selectRow(rows[0])  # comes back through _row_selected
            return
        self.selected = name
        self.filters.set_selected(name)
        self.weights.show_layer(name)
        self.refresh_input()

    def _row_selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.select_layer(self.table.layer_name(items[0].row()))

    # -- live input ---------------------------------------------------------------------------------------
    def model_input(self) -> torch.Tensor | None:
        if self.image is None or self.card is None:
            return None
        return to_input(self.image, self.card.mean, self.card.std, self.card.image_size)

    def refresh_input(self) -> None:
        """Feature maps and saliency of the current picture, computed on a job (only while the tab shows)."""
        x = self.model_input()
        if x is None or self.model is None:
            self.maps.set_maps(OrderedDict(), None)
            self.saliency.clear(
                (lambda: self.tr("Draw a digit or click a test image in Evaluate to look inside."))
                if self.model is not None or self.current is None
                else (lambda: self.tr("Preparing the network…"))
            )
            return
        if self._input_when_seen.waits():
            return
        blank = to_input(np.zeros(tuple(x.shape[1:]), np.float32), self.card.mean, self.card.std)
        model, chosen, method, selected = (
            self.model,
            self.saliency.chosen_class(),
            self.saliency.method_key(),
            self.selected,
        )
        started = time.perf_counter()
        self.jobs.submit(
            "inside-input",
            lambda: look_inside(model, x, blank, chosen, method, selected),
            lambda result: self._input_ready(x, result, started),
            self._job_failed,
        )

    def _input_ready(self, x: torch.Tensor, result, started: float) -> None:
        sal, maps = result
        self.maps.set_maps(maps, self.selected)
        mean = torch.tensor(self.card.mean).view(-1, 1, 1)
        std = torch.tensor(self.card.std).view(-1, 1, 1)
        unit = (x[0] * std + mean).clamp(0, 1).numpy()
        self.saliency.show_result(unit[0] if unit.shape[0] == 1 else unit, sal)
        self.last_ms = (time.perf_counter() - started) * 1000
        label = self.true_class
        if label is not None and sal.predicted != label and self.saliency.chosen_class() != label:
            self.saliency.prefer_class(label)  # a mistake: why its answer, and beside it why not its true class
            self.refresh_input()
            return
        self.inputShown.emit()
