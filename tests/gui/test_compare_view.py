"""The comparison of runs: LeNet-5 with sigmoid against LeakyReLU, each trained 1 epoch on real Fashion-MNIST."""

from __future__ import annotations

import shutil
from xml.dom import minidom

import pytest
from PySide6.QtCore import Qt

from core import data
from core.config import TrainConfig
from core.events import RunFinished
from core.runs import read_run
from core.trainer import Trainer
from tests.gui.text_room import cut_texts

NO_BRUSH = Qt.BrushStyle.NoBrush
CFG = TrainConfig(arch="lenet5", dataset="fashion-mnist", epochs=1, batch_size=64, lr=2e-3, threads=1)


@pytest.fixture(scope="module")
def two_runs(data_root, tmp_path_factory):
    """Two real 1-epoch runs on 1500 Fashion-MNIST training and 500 test images: sigmoid and LeakyReLU."""
    if not (data_root / "FashionMNIST" / "raw").is_dir():
        pytest.skip("real Fashion-MNIST not found beside MNIST")
    full = data.load("fashion-mnist", data_root, download=False)
    cut = data.LoadedData(full.spec, full.train_x[:1500], full.train_y[:1500], full.test_x[:500], full.test_y[:500])
    root = tmp_path_factory.mktemp("compare-runs")
    infos = []
    for activation in ("sigmoid", "leakyrelu"):
        final = Trainer(CFG.replace(activation=activation), loaded=cut, runs_root=root).run()
        assert isinstance(final, RunFinished), final
        infos.append(read_run(final.run_dir))
    return infos


@pytest.fixture
def view(qtbot, app_state):
    from gui.runs.compare_view import CompareView

    widget = CompareView(app_state)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def shown(view, qtbot, runs):
    view.show_runs(runs)
    qtbot.waitUntil(lambda: view.details is not None, timeout=30_000)


def test_two_runs_overlay_their_curves_and_name_the_activation_that_differs(view, qtbot, two_runs):
    shown(view, qtbot, two_runs)
    names = view.names
    assert len(set(names)) == 2
    for plot in (view.plots.loss_plot, view.plots.acc_plot):
        assert view.plots.visible_runs(plot) == names  # one curve group per run in each plot
    assert view.diff.rows["activation"] == ("sigmoid", "leakyrelu")
    assert set(view.diff.rows) == {"activation"}  # nothing else was changed between the runs
    assert view.diff.table.isVisible() and view.diff.table.rowCount() == 1
    # Same architecture, other activation: the networks differ, so both layer tables show, activation rows tinted.
    assert len(view.layers.tables) == 2
    tables = view.layers.tables
    tinted = [
        {t.item(r, 0).text() for r in range(t.rowCount()) if t.item(r, 0).background().style() != NO_BRUSH}
        for t in tables
    ]
    assert tinted == [{"Sigmoid"}, {"LeakyReLU"}]  # only the activation rows differ

    view.checks[0].setChecked(False)  # hide the sigmoid run
    for plot in (view.plots.loss_plot, view.plots.acc_plot):
        assert view.plots.visible_runs(plot) == [names[1]]
    view.checks[0].setChecked(True)
    assert view.plots.visible_runs(view.plots.loss_plot) == names


def test_per_batch_mode_draws_every_logged_batch_of_each_run(view, qtbot, two_runs):
    shown(view, qtbot, two_runs)
    view.per_batch.setChecked(True)
    batches = 1350 // 64 + 1  # 1500 images less the 10 % kept for validation
    for index in range(len(view.names)):
        assert len(view.details[index].batches) == batches
        items = view.plots.curves[view.plots.loss_plot][index]
        assert max(len(item.xData) for item in items) == batches
    assert view.plots.visible_runs(view.plots.acc_plot) == view.names
    assert "batch" in view.plot_caption.text()


def test_plots_export_as_png_and_svg(view, qtbot, two_runs, tmp_path):
    shown(view, qtbot, two_runs)
    png, svg = tmp_path / "plots.png", tmp_path / "plots.svg"
    assert view.export(png) and view.export(svg)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    text = svg.read_text()
    assert minidom.parseString(text).documentElement.tagName == "svg"
    assert all(name in text for name in view.names) and text.count("<path") > 10  # legend and curves
    assert not view.export(tmp_path / "plots.gif")
    assert ".png or .svg" in view.status.text()


def test_identical_settings_and_no_selection_are_said_in_words(view, qtbot, two_runs):
    shown(view, qtbot, [two_runs[0], two_runs[0]])
    assert not view.diff.table.isVisibleTo(view) and "All settings equal" in view.diff.note.text()
    assert view.layers.tables == [] and "same network" in view.layers.note.text()
    view.show_runs([])
    assert view.checks == [] and "Select two or more runs" in view.status.text()


def test_a_runs_live_knob_changes_are_marked_on_both_plots_in_its_colour(view, qtbot, two_runs, tmp_path):
    import pyqtgraph as pg

    from core import batch_log, knobs
    from core.knobs import KnobChange, LearningRate
    from core.runs import read_run as read_again
    from gui.runs.compare_plots import run_color

    changed = tmp_path / "changed"
    shutil.copytree(two_runs[1].path, changed)
    knobs.append(changed, KnobChange(12, LearningRate(0.01)))
    shown(view, qtbot, [two_runs[0], read_again(changed)])
    per_epoch = int(batch_log.read(changed).batch.max())
    assert view.plots.knob_marks == {1: [12 / per_epoch]}  # the run without changes has none
    for plot in (view.plots.loss_plot, view.plots.acc_plot):
        lines = [item for item in plot.items if isinstance(item, pg.InfiniteLine)]
        assert [(line.value(), line.label.format) for line in lines] == [(12 / per_epoch, "lr 0.01")]
        assert lines[0].pen.color().name().lower() == run_color(1).lower()
    view.checks[1].setChecked(False)  # hiding the run hides its marks
    assert view.plots.knob_marks == {}


def test_many_runs_fit_a_1024_px_window_their_boxes_in_rows(view, qtbot, two_runs):
    """Issue 19: one row of show/hide boxes, one per run, made the Runs tab wider than a 1024x768 screen."""
    shown(view, qtbot, [*two_runs, *two_runs, *two_runs])
    assert view.minimumSizeHint().width() <= 1000
    view.resize(1000, 700)
    qtbot.waitUntil(lambda: len({check.y() for check in view.checks}) > 1)  # the boxes wrapped into rows
    assert all(check.isVisible() and check.width() >= check.sizeHint().width() for check in view.checks)
    view.resize(700, 900)  # the settings table's columns: too narrow for the names, so each says its run's number
    qtbot.waitUntil(lambda: not view.diff.table.horizontalHeaderItem(0).text())
    assert not view.plots.names_in_legend  # the boxes above name the runs; the legend keeps the line styles
    assert not cut_texts(view), cut_texts(view)
