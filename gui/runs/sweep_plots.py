"""The sweep's charts, drawn with pyqtgraph: every trial's accuracy curve overlaid, parallel coordinates (one
vertical axis per varied setting and one for accuracy, a line per trial coloured by its accuracy), and how much
each setting matters (Optuna's parameter importance)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from gui.plot_texts import set_title
from gui.widgets.plot_widgets import PlotWidget
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.sweep_events import TrialSummary
from core.sweep_params import Choices, Param

MIN_TRIALS = 3  # complete trials before the parallel coordinates and the importance bars are drawn
COLORMAP = pg.colormap.get("viridis")


def _plot(name: str) -> pg.PlotWidget:
    plot = PlotWidget(background="w")
    plot.setObjectName(name)
    plot.setMenuEnabled(False)
    plot.setMinimumHeight(150)
    for axis in ("left", "bottom"):
        plot.getAxis(axis).setTextPen("#444")
        plot.getAxis(axis).setPen("#888")
        plot.getAxis(axis).enableAutoSIPrefix(False)
    return plot


def _title(plot: pg.PlotWidget, title: str) -> None:
    plot.setAccessibleName(title)
    plot.setTitle(title, color="#333", size="10pt")
    set_title(plot, title)  # what projector mode restyles from, too


def _with_caption(plot: pg.PlotWidget) -> tuple[QWidget, QLabel]:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    label = QLabel(wordWrap=True, objectName=f"{plot.objectName()}Caption")
    label.setStyleSheet("color: #555;")
    layout.addWidget(plot, 1)
    layout.addWidget(label)
    return box, label


class TrialCurves:
    """Validation accuracy after each epoch, one line per trial; pruned trials dashed."""

    def __init__(self):
        self.plot = _plot("sweepCurves")
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.widget, self.caption = _with_caption(self.plot)
        self._lines: dict[int, pg.PlotDataItem] = {}
        self.retranslate()

    def retranslate(self) -> None:
        _title(self.plot, QCoreApplication.translate("SweepPlots", "Accuracy of each trial, epoch by epoch"))
        self.plot.setLabel("bottom", QCoreApplication.translate("SweepPlots", "epoch"), color="#444")
        self.plot.setLabel("left", QCoreApplication.translate("SweepPlots", "validation accuracy (%)"), color="#444")
        self.caption.setText(
            QCoreApplication.translate(
                "SweepPlots",
                "Each line is one trial. A dashed line was pruned: it was behind the others after an epoch, so it was "
                "stopped early to save time for better settings.",
            )
        )

    def clear(self, epochs: int = 1) -> None:
        """No lines; the epoch axis from 1 to ``epochs`` (whole epochs only, as each trial reports)."""
        self.plot.clear()
        self._lines.clear()
        step = max(1, math.ceil(epochs / 10))
        self.plot.getAxis("bottom").setTickSpacing(step, step)
        self.plot.setXRange(1, max(epochs, 2), padding=0.05)

    def set_curve(self, number: int, curve: tuple[float, ...] | list[float], state: str = "RUNNING") -> None:
        color = pg.intColor(number, hues=9, values=1, maxValue=220)
        style = Qt.DashLine if state == "PRUNED" else Qt.SolidLine
        pen = pg.mkPen(color, width=2.5 if state == "RUNNING" else 1.5, style=style)
        line = self._lines.get(number)
        if line is None:
            line = self._lines[number] = self.plot.plot([], [], pen=pen, symbol="o", symbolSize=4, symbolBrush=color)
        line.setPen(pen)
        line.setData(list(range(1, len(curve) + 1)), [100 * v for v in curve])  # in %, as everywhere else


def _axis_position(param: Param, value) -> float:
    """Where ``value`` sits on its axis, 0 (bottom) to 1 (top)."""
    if isinstance(param, Choices):
        values = list(param.values)
        return values.index(value) / (len(values) - 1) if len(values) > 1 and value in values else 0.5
    lo, hi, v = (math.log(x) for x in (param.low, param.high, value)) if param.log else (param.low, param.high, value)
    return (v - lo) / (hi - lo) if hi > lo else 0.5


def _axis_labels(param: Param) -> list[tuple[float, str]]:
    if isinstance(param, Choices):
        return [(_axis_position(param, v), str(v)) for v in param.values]
    return [(0.0, f"{param.low:g}"), (1.0, f"{param.high:g}")]


class ParallelCoordinates:
    """One vertical axis per varied setting and one for accuracy; a line per complete trial, coloured by accuracy."""

    def __init__(self):
        self.plot = _plot("sweepParallel")
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.plot.setMouseEnabled(False, False)
        self.widget, self.caption = _with_caption(self.plot)
        self.lines = 0  # polylines drawn (for tests and the screenshot)
        self.shown: tuple[tuple[Param, ...], list[TrialSummary]] = ((), [])
        self.retranslate()

    def retranslate(self) -> None:
        _title(self.plot, QCoreApplication.translate("SweepPlots", "Which settings gave which accuracy"))
        self.caption.setText(
            QCoreApplication.translate(
                "SweepPlots",
                "Each line is a finished trial: it crosses every axis at the value that trial used, and ends at the "
                "accuracy it reached. Yellow lines did best, purple ones worst: look where the yellow lines cross.",
            )
        )
        self.show(*self.shown)

    def show(self, params: tuple[Param, ...], trials: list[TrialSummary]) -> None:
        self.shown = (params, trials)
        self.plot.clear()
        done = [t for t in trials if t.value is not None and all(p.name in t.params for p in params)]
        self.lines = 0
        if len(done) < MIN_TRIALS or not params:
            self._say(QCoreApplication.translate("SweepPlots", "Drawn after {n} finished trials.").format(n=MIN_TRIALS))
            return
        lo, hi = min(t.value for t in done), max(t.value for t in done)
        spread = hi - lo or 1.0
        names = [p.name for p in params] + [QCoreApplication.translate("SweepPlots", "accuracy")]
        for i, name in enumerate(names):
            self.plot.plot([i, i], [0, 1], pen=pg.mkPen("#999", width=1))
            self._text(name, i, 1.08, bold=True)
            labels = _axis_labels(params[i]) if i < len(params) else [(0.0, f"{lo:.3f}"), (1.0, f"{hi:.3f}")]
            side = (1.05, 0.5) if i < len(params) else (-0.08, 0.5)  # the accuracy axis is labelled on its right
            for y, text in labels:
                self._text(text, i, y, anchor=side)
        best = max(done, key=lambda t: t.value)
        for t in sorted(done, key=lambda t: t.value):  # the best lines last, on top
            ys = [_axis_position(p, t.params[p.name]) for p in params] + [(t.value - lo) / spread]
            color = COLORMAP.map((t.value - lo) / spread, mode="qcolor")
            self.plot.plot(list(range(len(ys))), ys, pen=pg.mkPen(color, width=3.5 if t is best else 2))
            self.lines += 1
        self.plot.setXRange(-0.6, len(names) - 0.4, padding=0)
        self.plot.setYRange(-0.08, 1.16, padding=0)

    def _text(self, text: str, x: float, y: float, anchor=(0.5, 0.5), bold: bool = False) -> None:
        item = pg.TextItem(text, color="#333", anchor=anchor)
        if bold:
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        item.setPos(x, y)
        self.plot.addItem(item)

    def _say(self, text: str) -> None:
        self._text(text, 0.5, 0.5)
        self.plot.setXRange(0, 1)
        self.plot.setYRange(0, 1)


class ImportanceBars:
    """How much of the differences in accuracy each varied setting explains (sums to 1)."""

    def __init__(self):
        self.plot = _plot("sweepImportance")
        self.plot.setMouseEnabled(False, False)
        self.widget, self.caption = _with_caption(self.plot)
        self.importance: dict[str, float] = {}
        self.retranslate()

    def retranslate(self) -> None:
        _title(self.plot, QCoreApplication.translate("SweepPlots", "Which setting matters most"))
        self.plot.setLabel(
            "bottom",
            QCoreApplication.translate("SweepPlots", "importance (share of the accuracy differences it explains)"),
            color="#444",
        )
        self.caption.setText(
            QCoreApplication.translate(
                "SweepPlots",
                "A long bar: changing this setting changed the accuracy a lot, so it is worth tuning carefully. "
                "A short bar: any value tried here did about as well.",
            )
        )
        self.show(self.importance)

    def show(self, importance: dict[str, float]) -> None:
        self.plot.clear()
        self.importance = dict(importance)
        if not importance:
            item = pg.TextItem(
                QCoreApplication.translate("SweepPlots", "Drawn after {n} finished trials.").format(n=MIN_TRIALS),
                color="#333",
            )
            self.plot.addItem(item)
            self.plot.getAxis("left").setTicks([[]])
            return
        ranked = sorted(importance.items(), key=lambda kv: kv[1])  # the largest at the top
        ys = list(range(len(ranked)))
        self.plot.addItem(
            pg.BarGraphItem(x0=0, y=ys, height=0.6, width=[v for _, v in ranked], brush="#3b7dd8", pen=None)
        )
        self.plot.getAxis("left").setTicks([[(y, name) for y, (name, _) in zip(ys, ranked)]])
        self.plot.setXRange(0, 1, padding=0.02)
        self.plot.setYRange(-0.6, len(ranked) - 0.4, padding=0)
