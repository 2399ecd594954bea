"""Live curves: loss per batch (raw and smoothed) and per epoch, accuracy per epoch, learning rate.

New values go into doubling numpy buffers; a QTimer (REFRESH_MS) hands them to the kept curves with
``setData`` only when something changed, so a flood of batches costs one redraw per tick. The raw
per-batch curve draws only the visible x-range, downsampled by peaks, which keeps 100 epochs of
batches as smooth as the first.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from core.events import BatchEnd, EpochMetrics
from gui.train.hover_readout import HoverReadout
from gui.train.plot_parts import COLORS, LEGEND_BRUSH, STACK_BELOW, caption_label, make_plot, place_plots
from gui.train.plot_parts import B_LOSS, B_LR, B_SMOOTH, B_X  # batch buffer columns
from gui.train.plot_parts import E_TACC, E_TEACC, E_TLOSS, E_VACC, E_VLOSS, E_X  # epoch buffer columns
from gui.plot_texts import rename_legend_entry, set_axis_label, set_title
from gui.widgets.growing_buffer import GrowingBuffer
from gui.plot_title import wrap_title
from gui.widgets.retranslating import Retranslating

REFRESH_MS = 250  # 4 redraws a second: a curve still moves smoothly, and on 2 cores each redraw
#                  (~11 ms) is time taken from training


class LivePlots(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.batch_buf = GrowingBuffer(4, 4096)
        self.epoch_buf = GrowingBuffer(7, 64)
        self._dirty: set[str] = set()  # "batch" and/or "epoch": only plots with new data are redrawn
        self._lr_top = 0.0
        self._smooth = None
        self._alpha = 0.1
        self._epochs = 1

        self.loss_plot = make_plot(self, "lossPlot")
        self.loss_plot.addLegend(offset=(-10, 10), labelTextColor="#333", brush=LEGEND_BRUSH)
        self.batch_curve = self.loss_plot.plot(pen=pg.mkPen(COLORS["batch"], width=1), name=" ")
        self.batch_curve.setClipToView(True)  # draw only the visible range ...
        self.batch_curve.setDownsampling(auto=True, method="peak")  # ... at about one point per pixel
        self.batch_curve.setSkipFiniteCheck(True)
        self.smooth_curve = self.loss_plot.plot(pen=pg.mkPen(COLORS["smooth"], width=2), name=" ")
        self.smooth_curve.setClipToView(True)
        self.smooth_curve.setDownsampling(auto=True, method="subsample")  # already smooth: every k-th point will do
        self.train_loss_curve = self.loss_plot.plot(
            pen=None, symbol="s", symbolSize=6, symbolBrush=COLORS["train"], symbolPen=None, name=" "
        )
        self.val_loss_curve = self.loss_plot.plot(
            pen=pg.mkPen(COLORS["val"], width=2),
            symbol="o",
            symbolSize=7,
            symbolBrush=COLORS["val"],
            symbolPen=None,
            name=" ",
            connect="finite",
        )

        self.acc_plot = make_plot(self, "accuracyPlot")  # no legend over points: the title names the colours
        wrap_title(self.acc_plot)  # on a small plot: more lines, not widening the plot out of sight
        self.acc_curves = {
            key: self.acc_plot.plot(
                pen=pg.mkPen(COLORS[key], width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=COLORS[key],
                symbolPen=None,
                connect="finite",
            )
            for key in ("train", "val", "test")
        }
        self.lr_plot = make_plot(self, "lrPlot")
        self.lr_curve = self.lr_plot.plot(pen=pg.mkPen(COLORS["lr"], width=2))
        self.lr_curve.setClipToView(True)
        self.lr_curve.setDownsampling(auto=True, method="peak")
        self.lr_plot.enableAutoRange(y=False)  # a constant rate would otherwise fill the plot from -0.5 to 0.5

        self.log_check = QCheckBox(self)
        self.log_check.setObjectName("logScaleCheck")
        self.log_check.toggled.connect(self.set_log_loss)
        self.hover = HoverReadout([self.loss_plot, self.acc_plot, self.lr_plot], self.batch_buf, self.epoch_buf, self)

        self.checks = (
            QVBoxLayout()
        )  # the Train tab adds "Previous run" here: stacked, a row is too wide beside a lesson
        self.checks.addWidget(self.log_check)
        head = QHBoxLayout()
        head.addWidget(self.hover, 1)
        head.addLayout(self.checks)
        self.captions = {key: caption_label(self) for key in ("loss", "accuracy", "lr")}
        self.grid = QGridLayout(verticalSpacing=2)
        self._place(stacked=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(self.grid, 1)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.flush)
        self._timer.start()
        self._name_legend_entries()
        self.retranslate()

    def _place(self, stacked: bool) -> None:
        """The accuracy and learning-rate plots side by side, or stacked when narrow (plot_parts.place_plots)."""
        self.stacked, plots = stacked, dict(loss=self.loss_plot, accuracy=self.acc_plot, lr=self.lr_plot)
        pairs = [(plot, self.captions[key]) for key, plot in plots.items()]
        place_plots(self.grid, pairs[0], pairs[1:], stacked)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.stacked != (self.width() < STACK_BELOW):
            self._place(self.width() < STACK_BELOW)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        for plot, accessible in (
            (self.loss_plot, self.tr("Loss plot")),
            (self.acc_plot, self.tr("Accuracy plot")),
            (self.lr_plot, self.tr("Learning-rate plot")),
        ):
            plot.setAccessibleName(accessible)
            set_axis_label(plot, "bottom", self.tr("epoch"))
        set_title(self.loss_plot, self.tr("Loss"))
        set_axis_label(self.loss_plot, "left", self.tr("loss"))
        set_title(
            self.acc_plot,
            self.tr(
                "Accuracy: <span style='color:{t}'>train</span> · <span style='color:{v}'>"
                "validation</span> · <span style='color:{te}'>test</span>"
            ).format(t=COLORS["train"], v=COLORS["val"], te=COLORS["test"]),
        )
        set_axis_label(self.acc_plot, "left", self.tr("% correct"))
        set_title(self.lr_plot, self.tr("Learning rate"))
        set_axis_label(self.lr_plot, "left", self.tr("lr"))
        # the legend after this event: a legend relaid out while its window is being deleted (a closed window
        # still gets LanguageChange) reaches for a deleted ViewBox; the timer is dropped with this widget
        QTimer.singleShot(0, self, self._name_legend_entries)
        self.log_check.setText(self.tr("Log scale"))
        self.log_check.setAccessibleName(self.tr("Loss on a log scale"))
        self.log_check.setToolTip(
            self.tr(
                "Show the loss on a logarithmic axis: late, small improvements become "
                "visible instead of hugging the bottom of the plot."
            )
        )
        self.captions["loss"].setText(
            self.tr(
                "Loss measures how wrong the network is on each batch; it should fall. Faint: every batch, dark: "
                "smoothed, dots: the average per epoch. If it jumps up or becomes nan, the learning rate is too high; "
                "if the validation loss rises while the training loss falls, the network is overfitting."
            )
        )
        self.captions["accuracy"].setText(
            self.tr(
                "Accuracy: the share of images classified correctly after each epoch. A widening gap between "
                "training and validation means the network memorises instead of learning."
            )
        )
        self.captions["lr"].setText(
            self.tr("Learning rate: the size of each update step. A schedule lowers it so the network can settle.")
        )

    def _name_legend_entries(self) -> None:
        legend = self.loss_plot.plotItem.legend
        for curve, name in (
            (self.batch_curve, self.tr("each batch")),
            (self.smooth_curve, self.tr("smoothed")),
            (self.train_loss_curve, self.tr("train (epoch)")),
            (self.val_loss_curve, self.tr("validation")),
        ):
            rename_legend_entry(legend, curve, name)

    # -- feeding --------------------------------------------------------------------------------------------
    def reset(self, batches_per_epoch: int = 100, epochs: int = 1) -> None:
        self.batch_buf.clear()
        self.epoch_buf.clear()
        self._smooth = None
        span = min(max(batches_per_epoch / 10, 5), 50)  # smooth over ~a tenth of an epoch
        self._alpha, self._epochs = 2 / (span + 1), max(epochs, 1)
        self._set_epoch_range()
        self.acc_plot.setYRange(0, 100)  # an empty plot keeps its old range otherwise
        self.acc_plot.enableAutoRange(axis="y")
        self._lr_top = 0.0
        self._dirty = {"batch", "epoch"}
        self.flush()

    def add_batches(self, events: list[BatchEnd]) -> None:
        rows, smooth, a = [], self._smooth, self._alpha
        for e in events:
            if math.isfinite(e.loss):
                smooth = e.loss if smooth is None else (1 - a) * smooth + a * e.loss
            rows.append(((e.epoch - 1) + e.batch / e.batches, e.loss, smooth if smooth is not None else e.loss, e.lr))
        self._smooth = smooth
        self.batch_buf.extend(rows)
        self._dirty.add("batch")

    def add_epoch(self, m: EpochMetrics) -> None:
        nan = float("nan")
        pct = lambda v: nan if v is None else 100 * v
        self.epoch_buf.append(
            m.epoch,
            m.train_loss,
            pct(m.train_acc),
            nan if m.val_loss is None else m.val_loss,
            pct(m.val_acc),
            m.test_loss,
            pct(m.test_acc),
        )
        self._dirty.add("epoch")

    def show_history(self, history, epochs: int, start_lr: float | None = None) -> None:
        """A saved run from its folder: the per-epoch curves, and the learning rate as saved at each epoch's end
        (from ``start_lr`` at 0)."""
        self.reset(100, max(epochs, len(history)))
        for m in history:
            self.add_epoch(m)
        self.flush()
        points = ([(0.0, start_lr)] if start_lr is not None else []) + [(m.epoch, m.lr) for m in history if m.lr]
        if points:
            x, y = map(np.array, zip(*points))
            self.lr_curve.setData(x, y)
            self._lr_top = float(y.max())
            self.lr_plot.setYRange(0, self._lr_top * 1.1 if self._lr_top > 0 else 1e-3, padding=0)

    def show_batch_curves(self, x, loss, lr, batches_per_epoch: int, keep_live: bool = False) -> None:
        """A saved run's per-batch log (core.batch_log): loss, smoothed loss and learning rate at every batch.
        ``keep_live``: the batches already drawn (a resumed run's new ones) go on after the saved ones."""
        live = np.column_stack([self.batch_buf.column(c) for c in range(4)]) if keep_live else np.empty((0, 4))
        span = min(max(batches_per_epoch / 10, 5), 50)
        a, smooth, rows = 2 / (span + 1), None, []
        for xi, li, ri in zip(x.tolist(), loss.tolist(), lr.tolist()):
            if math.isfinite(li):
                smooth = li if smooth is None else (1 - a) * smooth + a * li
            rows.append((xi, li, smooth if smooth is not None else li, ri))
        self.batch_buf.clear()
        self.batch_buf.extend(rows + [tuple(row) for row in live[live[:, B_X] > (rows[-1][0] if rows else -1)]])
        self._dirty.add("batch")
        self.flush()

    @property
    def smoothed_loss(self) -> float | None:
        return self._smooth

    def flush(self) -> None:
        """Hand the buffers to the curves; a no-op when nothing arrived since the last call."""
        if not self._dirty:
            return
        dirty, self._dirty = self._dirty, set()
        b, e = self.batch_buf, self.epoch_buf
        if "batch" in dirty:
            x = b.column(B_X)
            self.batch_curve.setData(x, b.column(B_LOSS))
            self.smooth_curve.setData(x, b.column(B_SMOOTH))
            self.lr_curve.setData(x, b.column(B_LR))
            top = float(np.nanmax(b.column(B_LR))) if len(b) else 0.0
            if top != self._lr_top or not len(b):  # a new range repaints the axis: only when it changes
                self._lr_top = top
                self.lr_plot.setYRange(0, top * 1.1 if top > 0 else 1e-3, padding=0)
        if "epoch" in dirty:
            ex, accs = (
                e.column(E_X),
                ((self.acc_curves[k], c) for k, c in (("train", E_TACC), ("val", E_VACC), ("test", E_TEACC))),
            )
            for curve, col in ((self.train_loss_curve, E_TLOSS), (self.val_loss_curve, E_VLOSS), *accs):
                y = e.column(col)  # all NaN without a validation set: pyqtgraph would warn "All-NaN slice" per redraw
                curve.setData(*((ex, y) if np.isfinite(y).any() else ([], [])))
        last_x = max(b.last(B_X) if len(b) else 0, e.last(E_X) if len(e) else 0)
        if last_x > self._epochs:  # a resumed or longer run: widen the epoch axis
            self._epochs = math.ceil(last_x)
            self._set_epoch_range()

    def _set_epoch_range(self) -> None:
        """All three plots span the whole run, so the curves grow from left to right like a progress bar."""
        for plot in (self.loss_plot, self.lr_plot):
            plot.setXRange(0, self._epochs, padding=0.02)
        self.acc_plot.setXRange(0, self._epochs + 0.5, padding=0.02)  # its dots sit on whole epochs: not on the edge

    def set_log_loss(self, on: bool) -> None:
        if self.log_check.isChecked() != on:
            self.log_check.setChecked(on)  # re-enters through toggled
            return
        self.loss_plot.setLogMode(y=on)

    # -- reading --------------------------------------------------------------------------------------------
    def loss_points(self) -> tuple[np.ndarray, np.ndarray]:
        """What the per-batch loss curve currently draws (after the last flush)."""
        x, y = self.batch_curve.getData()
        return (np.array([]), np.array([])) if x is None else (x, y)

    def accuracy_points(self, which: str = "test") -> tuple[np.ndarray, np.ndarray]:
        x, y = self.acc_curves[which].getData()
        return (np.array([]), np.array([])) if x is None else (x, y)

    def export_png(self, path: str) -> bool:
        self.flush()
        return self.grab().save(path, "PNG")
