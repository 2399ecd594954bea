"""Loss and accuracy of several runs overlaid: one colour per run (Okabe-Ito, readable with colour blindness),
per epoch (line style = which images) or per batch (faint raw values under a running average).

Both plots live in one pyqtgraph layout, so one export (PNG or SVG) holds the pair with its legend.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from core.batch_log import BatchCurves
from core.events import EpochMetrics
from core.knobs import KnobChange
from gui.plot_texts import set_title
from gui.widgets.knob_markers import KnobMarkers
from gui.widgets.retranslating import Retranslating, Words
from gui.widgets.svg_export import export_svg
from gui.widgets.plot_widgets import GraphicsLayoutWidget

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency; yellow last (pale on white).
OKABE_ITO = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
SPLIT_STYLES = {"train": Qt.PenStyle.SolidLine, "val": Qt.PenStyle.DashLine, "test": Qt.PenStyle.DotLine}
KEY_GREY = "#666666"
EXPORT_WIDTH = 1600  # pixels of an exported PNG: sharp on a slide


def run_color(index: int) -> str:
    return OKABE_ITO[index % len(OKABE_ITO)]


class PlotsNotExported(ValueError):
    """The plots could not be written; ``words`` says why in the language installed when it is shown."""

    def __init__(self, words: Words):
        super().__init__(words() if callable(words) else words)
        self.words = words


@dataclass(frozen=True)
class RunCurves:
    """What one run draws: its per-epoch metrics and, once read, its per-batch log."""

    name: str
    history: tuple[EpochMetrics, ...]
    batches: BatchCurves | None = None
    knobs: tuple[KnobChange, ...] = ()  # live changes, drawn as dashed lines in the run's colour
    batches_per_epoch: int = 0


def running_mean(values: np.ndarray, window: int) -> np.ndarray:
    """The mean of the last ``window`` values at each point (fewer at the start): a curve without the noise."""
    if len(values) == 0:
        return values
    sums = np.cumsum(np.concatenate([[0.0], values]))
    ends = np.arange(1, len(values) + 1)
    starts = np.maximum(ends - window, 0)
    return (sums[ends] - sums[starts]) / (ends - starts)


def _style(plot: pg.PlotItem) -> None:
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("#444")
        plot.getAxis(axis).setPen("#888")
        plot.getAxis(axis).enableAutoSIPrefix(False)
    plot.showGrid(x=True, y=True, alpha=0.15)
    plot.setMenuEnabled(False)


NAMES_BESIDE = 3.0  # the runs' names stay in the legend while the plots are this many times as wide as the longest


class ComparePlots(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.runs: list[RunCurves] = []
        self.hidden: set[int] = set()
        self.per_batch = False
        self.canvas = GraphicsLayoutWidget(self)
        self.canvas.setBackground("w")
        self.canvas.setObjectName("comparePlots")
        self.canvas.setMinimumHeight(200)
        self.loss_plot = self.canvas.addPlot(row=0, col=0)
        self.acc_plot = self.canvas.addPlot(row=0, col=1)
        _style(self.loss_plot)
        _style(self.acc_plot)
        self.acc_plot.setXLink(self.loss_plot)
        self.legend = pg.LegendItem(labelTextColor="#333")  # a column of its own: never over a curve
        self.legend.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # its own height, at the top
        self.canvas.addItem(self.legend, row=0, col=2)
        self.canvas.ci.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignTop)
        self.curves: dict[pg.PlotItem, dict[int, list[pg.PlotDataItem]]] = {}
        self.names_in_legend = True  # False while long names would squeeze the plots: the coloured boxes above say them
        self.exporting = False
        self.knob_marks: dict[int, list[float]] = {}  # run index -> where its knob changes are marked, in epochs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.retranslate()

    def retranslate(self) -> None:
        self.canvas.setAccessibleName(self.tr("Loss and accuracy of the compared runs"))
        for plot, title, left in (
            (self.loss_plot, self.tr("Loss"), self.tr("loss")),
            (self.acc_plot, self.tr("Accuracy"), self.tr("% correct")),
        ):
            plot.setTitle(title, color="#333", size="10pt")
            set_title(plot, title)  # what projector mode restyles from, too
            plot.setLabel("left", left, color="#444")
        self.redraw()  # the axis below and the legend's key

    def rename(self, names: list[str]) -> None:
        """The runs' names in the legend (after a language switch)."""
        self.runs = [RunCurves(name, run.history, run.batches) for name, run in zip(names, self.runs)]
        self.redraw()

    # -- what to show ---------------------------------------------------------------------------------------
    def set_runs(self, runs: list[RunCurves]) -> None:
        self.runs, self.hidden = list(runs), set()
        self.redraw()

    def set_batches(
        self, index: int, batches: BatchCurves, knobs: tuple[KnobChange, ...] = (), batches_per_epoch: int = 0
    ) -> None:
        """The run's per-batch log and its live knob changes, read after the run was shown."""
        run = self.runs[index]
        self.runs[index] = RunCurves(run.name, run.history, batches, knobs, batches_per_epoch)
        if self.per_batch or knobs:
            self.redraw()

    def set_per_batch(self, on: bool) -> None:
        if on != self.per_batch:
            self.per_batch = on
            self.redraw()

    def set_run_visible(self, index: int, visible: bool) -> None:
        self.hidden.discard(index) if visible else self.hidden.add(index)
        self.redraw()

    def visible_runs(self, plot: pg.PlotItem) -> list[str]:
        """Names of the runs with a curve holding data in ``plot`` (what a reader of the plot sees)."""
        drawn = self.curves.get(plot, {})
        return [
            self.runs[i].name
            for i, items in drawn.items()
            if any(item.xData is not None and len(item.xData) for item in items)
        ]

    # -- drawing --------------------------------------------------------------------------------------------
    def redraw(self) -> None:
        self.names_in_legend = self._room_for_names()
        self.legend.clear()
        self.knob_marks = {}
        for plot in (self.loss_plot, self.acc_plot):
            plot.clear()
            self.curves[plot] = {}
            plot.setLabel("bottom", self.tr("epoch"), color="#444")
        for index, run in enumerate(self.runs):
            if index not in self.hidden:
                (self._draw_batches if self.per_batch else self._draw_epochs)(index, run)
                self._draw_knobs(index, run)
        self._add_key()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._room_for_names() != self.names_in_legend:
            self.redraw()

    def _room_for_names(self) -> bool:
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(run.name) + 3 * fm.height() for run in self.runs), default=0)
        return self.exporting or self.width() >= NAMES_BESIDE * widest

    def _add(self, plot: pg.PlotItem, index: int, x, y, **style) -> pg.PlotDataItem:
        item = plot.plot(np.asarray(x, dtype=float), np.asarray(y, dtype=float), connect="finite", **style)
        self.curves[plot].setdefault(index, []).append(item)
        return item

    def _draw_epochs(self, index: int, run: RunCurves) -> None:
        color, h = run_color(index), run.history
        x = [m.epoch for m in h]
        splits = {
            "train": ([m.train_loss for m in h], [m.train_acc for m in h]),
            "val": ([_nan(m.val_loss) for m in h], [_nan(m.val_acc) for m in h]),
            "test": ([m.test_loss for m in h], [m.test_acc for m in h]),
        }
        for split, (loss, acc) in splits.items():
            if not np.isfinite(np.asarray(loss, dtype=float)).any():
                continue  # no validation set (LeNet-5's recipe): an all-NaN curve makes pyqtgraph warn per redraw
            pen = pg.mkPen(color, width=2, style=SPLIT_STYLES[split])
            marks = dict(symbol="o", symbolSize=6, symbolBrush=color, symbolPen=None)  # one epoch is one point
            item = self._add(self.loss_plot, index, x, loss, pen=pen, **marks)
            self._add(self.acc_plot, index, x, np.asarray(acc, dtype=float) * 100, pen=pen, **marks)
            if split == "train" and self.names_in_legend:
                self.legend.addItem(item, run.name)

    def _draw_batches(self, index: int, run: RunCurves) -> None:
        b = run.batches
        if b is None or not len(b):
            return
        color, x = run_color(index), b.epoch_position
        window = max(5, int(b.batch.max()) // 5)  # a fifth of an epoch: smooth, yet each epoch's trend shows
        faint = pg.QtGui.QColor(color)
        faint.setAlpha(60)
        for plot, values in ((self.loss_plot, b.loss), (self.acc_plot, b.accuracy * 100)):
            raw = self._add(plot, index, x, values, pen=pg.mkPen(faint, width=1))
            raw.setDownsampling(auto=True, method="peak")
            raw.setClipToView(True)
            smooth = self._add(plot, index, x, running_mean(values, window), pen=pg.mkPen(color, width=2))
            if plot is self.loss_plot and self.names_in_legend:
                self.legend.addItem(smooth, run.name)

    def _draw_knobs(self, index: int, run: RunCurves) -> None:
        if not run.knobs or not run.batches_per_epoch:
            return  # no changes, or no batch log: a change's step cannot be placed in epochs
        marks = KnobMarkers(self.loss_plot, self.acc_plot, color=run_color(index))
        for change in run.knobs:
            marks.add(change, run.batches_per_epoch)
        self.knob_marks.setdefault(index, []).extend(marks.positions)

    def _add_key(self) -> None:
        """Grey samples of the line styles after the run names: what solid, dashed and dotted mean."""
        if not self.runs:
            return
        if self.per_batch:
            faint = pg.QtGui.QColor(KEY_GREY)
            faint.setAlpha(90)
            key = [(pg.mkPen(faint, width=1), self.tr("each batch")), (pg.mkPen(KEY_GREY, width=2), self.tr("average"))]
        else:
            names = {"train": self.tr("train"), "val": self.tr("validation"), "test": self.tr("test")}
            key = [(pg.mkPen(KEY_GREY, width=2, style=SPLIT_STYLES[s]), names[s]) for s in SPLIT_STYLES]
        for pen, label in key:
            self.legend.addItem(pg.PlotDataItem(pen=pen), label)

    # -- export ---------------------------------------------------------------------------------------------
    def export(self, path: Path) -> None:
        """Both plots with the legend as a PNG (EXPORT_WIDTH pixels wide) or an SVG drawing, by ``path``'s suffix.
        Raises PlotsNotExported for another suffix or an empty file, OSError when the file cannot be written."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".svg", ".png"):
            raise PlotsNotExported(lambda: self.tr("Choose a file name ending in .png or .svg."))
        self.exporting = True  # the picture names the runs in its legend: no boxes beside it
        self.redraw()
        try:
            if suffix == ".svg":
                export_svg(self.canvas.ci, path)
            else:
                exporter = pg_exporters.ImageExporter(self.canvas.ci)
                exporter.parameters()["width"] = EXPORT_WIDTH
                exporter.parameters()["antialias"] = True
                exporter.export(str(path))
        finally:
            self.exporting = False
            self.redraw()
        if not path.is_file() or path.stat().st_size == 0:
            raise PlotsNotExported(lambda: self.tr("Nothing was written to {path}.").format(path=path))


def _nan(value: float | None) -> float:
    return float("nan") if value is None else value
