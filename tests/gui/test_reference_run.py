"""The Train tab draws the previous run (or a run pinned on the Runs tab) faint under the live one, in every plot,
named in the legends; a lesson about comparing turns it on."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from core.run_summary import read_label
from gui.state import TrainSettings
from tests.helpers import short_run

SETTINGS = dict(dataset="mnist", arch="mlp", epochs=1, train_subset=640, batch_size=64, threads=1, device="cpu")


def legend_names(plot) -> list[str]:
    return [label.text.replace("<br>", " · ") for _sample, label in plot.plotItem.legend.items]


def test_the_previous_run_is_drawn_under_the_live_one_and_a_pinned_run_replaces_it(make_window, qtbot, mnist):
    root = Path(os.environ["CNN_PLAYGROUND_RUNS"])
    earlier = short_run(mnist, root, arch="mlp", lr=0.01)  # a run of an earlier lesson, before the app opened
    pinned = short_run(mnist, root, arch="mlp", lr=0.003)
    win = make_window(**SETTINGS)
    tab, reference = win.train, win.train.reference
    assert reference.check.isChecked() and reference.curves is None  # nothing shown yet: nothing to compare
    with qtbot.waitSignal(win.state.runFinished, timeout=120_000):
        qtbot.mouseClick(tab.buttons["start"], Qt.LeftButton)
    qtbot.waitUntil(lambda: reference.curves is not None, timeout=10_000)
    assert reference.curves.path == pinned  # the newest other folder: the run before this one
    name = read_label(pinned).name
    assert name == "MLP (no convolutions) · lr 0.003 · batch 100"
    for plot in (tab.plots.loss_plot, tab.plots.acc_plot, tab.plots.lr_plot):  # in every plot, named
        assert name in legend_names(plot), plot.objectName()
        brush = plot.plotItem.legend.brush()  # a white ground: readable over a curve that runs under it
        assert brush.style() != Qt.BrushStyle.NoBrush and brush.color().alpha() >= 200
    x, y = reference.items["accuracy"].getData()
    assert list(x) == [1.0] and 1 < y[0] <= 100  # its test accuracy, in % (not a fraction)
    assert len(reference.items["loss"].getData()[0]) == 9  # its per-batch log: 900 images (10 % validation) by 100
    first = win.state.session.run_dir

    win.runs.select_paths([earlier])  # Runs > Pin on Train
    qtbot.mouseClick(win.runs.pin_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: reference.curves is not None and reference.curves.path == earlier, timeout=10_000)
    assert win.runs.pin_button.text() == "Unpin from Train"
    with qtbot.waitSignal(win.state.runFinished, timeout=120_000):
        qtbot.mouseClick(tab.buttons["start"], Qt.LeftButton)
    assert reference.curves.path == earlier != first  # the pinned run stays under the next run too
    assert read_label(earlier).name in legend_names(tab.plots.acc_plot)

    reference.check.setChecked(False)  # the teacher turns it off: gone from every plot
    assert reference.items["loss"].getData()[0] is None or not len(reference.items["loss"].getData()[0])
    assert not any(read_label(earlier).name in legend_names(p) for p in (tab.plots.loss_plot, tab.plots.lr_plot))
    win.state.request_settings(TrainSettings({}, None, None, compare=True))  # a lesson about comparing
    assert reference.check.isChecked() and read_label(earlier).name in legend_names(tab.plots.loss_plot)
    win.set_language("zh_CN")  # the legends follow a live language switch
    said = "MLP（无卷积） · 学习率 0.01 · 批大小 100"  # every part of its name
    qtbot.waitUntil(lambda: said in legend_names(tab.plots.loss_plot), timeout=5000)
    win.set_language("en")
