"""The live plots of a run without a validation set stay quiet, and a 1-epoch run's dots are not on the edge."""

from __future__ import annotations

import dataclasses
import warnings

from core.events import EpochMetrics
from gui.train.live_plots import LivePlots

EMPTY = {f.name: None for f in dataclasses.fields(EpochMetrics)}


def epoch(n: int) -> EpochMetrics:  # LeNet-5's recipe has no validation set: its validation values are None
    return EpochMetrics(
        **{**EMPTY, "epoch": n, "train_loss": 0.5, "train_acc": 0.8, "test_loss": 0.4, "test_acc": 0.85}
    )


def test_no_all_nan_warnings_without_a_validation_set_and_a_single_epoch_is_inside_the_plot(qtbot):
    plots = LivePlots()
    qtbot.addWidget(plots)
    plots.resize(800, 600)
    plots.show()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plots.reset(10, 1)
        plots.add_epoch(epoch(1))
        plots.flush()
        plots.grab()  # paints: pyqtgraph measures each curve's bounds
    assert not [w for w in caught if "All-NaN" in str(w.message)]
    x, y = plots.accuracy_points("test")
    assert list(x) == [1] and y[0] == 85.0
    left, right = plots.acc_plot.getViewBox().viewRange()[0]
    assert left < 0.5 and right - 1 >= 0.4  # the one dot has room on both sides, not the axis edge


def test_comparing_runs_without_a_validation_set_is_quiet_too(qtbot):
    from gui.runs.compare_plots import ComparePlots, RunCurves

    plots = ComparePlots()
    qtbot.addWidget(plots)
    plots.resize(800, 400)
    plots.show()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        plots.set_runs([RunCurves("sigmoid", (epoch(1), epoch(2))), RunCurves("LeakyReLU", (epoch(1),))])
        plots.grab()
    assert not [w for w in caught if "All-NaN" in str(w.message)]
