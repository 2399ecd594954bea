"""Weights over training: one layer's weight histogram now vs at the start, and how much each layer's
weights still change from epoch to epoch (||w_t - w_(t-1)|| / ||w_(t-1)||)."""

from __future__ import annotations

from shiboken6 import isValid


import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.analysis import Histogram
from gui.widgets.retranslating import Retranslating
from gui.widgets.plot_widgets import PlotWidget
from gui.widgets.when_seen import WhenSeen

PLOT_H = 170  # px: a title, the axis numbers and a legend of two or three entries in 16 px text


def _plot() -> pg.PlotWidget:
    w = PlotWidget(background="w")
    w.setMinimumHeight(PLOT_H)  # its legend inside the view: the page scrolls rather than squeeze it to a line
    w.showGrid(x=True, y=True, alpha=0.2)
    w.getPlotItem().setMenuEnabled(False)
    for axis in ("left", "bottom"):
        w.getAxis(axis).enableAutoSIPrefix(False)
    return w


class WeightsWidget(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._curves_when_seen = WhenSeen(self, self._redraw_curves)  # curves changed while hidden: redrawn when shown
        self.hist_title = QLabel(self, wordWrap=True)  # a long layer path and its numbers wrap on a projector
        self.hist_plot = _plot()
        self.hist_legend = self.hist_plot.addLegend(offset=(-10, 10), labelTextColor="k", brush=(255, 255, 255, 200))
        self.initial_curve = self.hist_plot.plot(
            [0, 1],
            [0],
            stepMode="center",
            fillLevel=0,
            brush=(150, 150, 150, 90),
            pen=pg.mkPen((120, 120, 120), width=1),
            name="at start",  # named in retranslate()
        )
        self.current_curve = self.hist_plot.plot(
            [0, 1], [0], stepMode="center", pen=pg.mkPen("#1f5fbf", width=2), name="now"
        )
        self.metric_combo = QComboBox(self)  # not "metric": that name is QWidget.metric(), which Qt calls
        self.metric_combo.addItem("", "change")
        self.metric_combo.addItem("", "grad")
        self.metric_combo.model().item(1).setEnabled(False)
        self.metric_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_combo.setMinimumContentsLength(12)  # its long item never widens the page past a projector's 1024
        self.metric_combo.currentIndexChanged.connect(self._redraw_curves)
        self.change_plot = _plot()
        self.change_plot.setLogMode(y=True)
        self.legend = self.change_plot.addLegend(
            offset=(-10, 10), labelTextSize="8pt", labelTextColor="k", brush=(255, 255, 255, 200)
        )
        self.change_note = QLabel(self)
        self.change_note.setWordWrap(True)
        top = QHBoxLayout()
        self.per_layer = QLabel(self)
        top.addWidget(self.per_layer)
        top.addWidget(self.metric_combo)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.hist_title)
        lay.addWidget(self.hist_plot, 1)
        lay.addLayout(top)
        lay.addWidget(self.change_note)
        lay.addWidget(self.change_plot, 1)
        self.histograms: dict[str, Histogram] = {}
        self.history: dict[str, dict[str, list[tuple[int, float]]]] = {"change": {}, "grad": {}}
        self.selected: str | None = None
        self.reset()
        self.retranslate()

    def retranslate(self) -> None:
        if not isValid(self.hist_plot.getPlotItem().vb):  # a closed window's plots are torn down before it goes
            return
        self.hist_plot.setLabel("left", self.tr("weights"))
        self.hist_plot.setLabel("bottom", self.tr("weight value"))
        self.hist_legend.getLabel(self.initial_curve).setText(self.tr("at start"))
        self.hist_legend.getLabel(self.current_curve).setText(self.tr("now"))
        self.metric_combo.setItemText(0, self.tr("Weight change per epoch"))
        self.metric_combo.setItemText(1, self.tr("Gradient strength (how hard training pushes each layer)"))
        self.metric_combo.setToolTip(
            self.tr(
                "What the curves below show per layer: how much its weights changed, or how hard training pushes it."
            )
        )
        self.per_layer.setText(self.tr("Per layer:"))
        self.change_plot.setLabel("bottom", self.tr("epoch"))
        self._say_curves()
        self.show_layer(self.selected)

    def reset(self) -> None:
        self.histograms = {}
        self.history = {"change": {}, "grad": {}}
        self.metric_combo.setCurrentIndex(0)
        self.metric_combo.model().item(1).setEnabled(False)
        self.metric_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_combo.setMinimumContentsLength(12)  # its long item never widens the page past a projector's 1024
        self._redraw_curves()
        self.show_layer(None)

    # -- histograms ---------------------------------------------------------------------------------------
    def set_histograms(self, histograms: dict[str, Histogram]) -> None:
        self.histograms = histograms
        self.show_layer(self.selected)

    def show_layer(self, name: str | None) -> None:
        """Show ``name``'s histogram (a block shows its first layer with weights)."""
        self.selected = name
        key = (
            name
            if name in self.histograms
            else next((k for k in self.histograms if name and k.startswith(name + ".")), None)
        )
        if key is None and self.histograms and name is None:
            key = next(iter(self.histograms))
        if key is None:
            self.hist_title.setText(
                self.tr("This layer has no weights of its own: pick a conv or fully connected layer.")
                if self.histograms
                else self.tr("Weight histograms appear when a network is loaded.")
            )
            self.initial_curve.setData([0, 1], [0])
            self.current_curve.setData([0, 1], [0])
            return
        h = self.histograms[key]
        self.hist_title.setText(
            self.tr("<b>{n}</b>: {c:,} weights, mean {m:+.4f}, spread (std) {s:.4f}").format(
                n=key, c=int(h.counts.sum()), m=h.mean, s=h.std
            )
        )
        self.current_curve.setData(h.edges, h.counts)
        if h.initial is not None:
            self.initial_curve.setData(h.edges, h.initial)
        else:
            self.initial_curve.setData([0, 1], [0])

    # -- per-epoch curves ---------------------------------------------------------------------------------
    def add_point(self, kind: str, epoch: int, values: dict[str, float]) -> None:
        series = self.history[kind]
        for name, v in values.items():
            if np.isfinite(v) and v > 0:
                series.setdefault(name, []).append((epoch, float(v)))
        if kind == "grad" and not self.metric_combo.model().item(1).isEnabled():
            self.metric_combo.model().item(1).setEnabled(True)
            self.metric_combo.setCurrentIndex(1)  # known from epoch 1 on, where weight change needs two epochs
        if self.metric_combo.currentData() == kind:
            self._redraw_curves()

    def _redraw_curves(self, *_) -> None:
        """Rebuilding the curves and their legend takes ~30 ms: only while shown, else on the next show."""
        if self._curves_when_seen.waits():
            return
        kind = self.metric_combo.currentData() or "change"
        self.change_plot.clear()
        self.legend.clear()
        series = self.history.get(kind, {})
        n = max(len(series), 1)
        epochs = sorted({e for points in series.values() for e, _ in points})
        step = max(1, len(epochs) // 10)
        self.change_plot.getAxis("bottom").setTicks([[(e, str(e)) for e in epochs[::step]]] if epochs else None)
        for i, (name, points) in enumerate(series.items()):
            x, y = zip(*points)
            self.change_plot.plot(
                x,
                y,
                pen=pg.mkPen(pg.intColor(i, hues=n, maxValue=220), width=2),
                symbol="o",
                symbolSize=5,
                symbolBrush=pg.intColor(i, hues=n, maxValue=220),
                name=name,
            )
        self._say_curves()

    def _say_curves(self) -> None:
        """The curves' axis and the note under them, for the measure chosen."""
        kind = self.metric_combo.currentData() or "change"
        self.change_plot.setLabel("left", self.tr("relative change") if kind == "change" else self.tr("gradient norm"))
        if kind == "change":
            self.change_note.setText(
                self.tr(
                    "Weight change per epoch: how far each layer's weights moved during the last epoch, "
                    "relative to their "
                    "size (log scale). Layers whose line drops low have mostly stopped learning. Appears from "
                    "the second "
                    "epoch on; this is not the gradient itself, which the trainer does not report."
                )
            )
        else:
            self.change_note.setText(self.tr("Gradient norm per layer, as reported by the trainer."))

    def curve_data(self, kind: str = "change") -> dict[str, list[tuple[int, float]]]:
        return {k: list(v) for k, v in self.history[kind].items()}
