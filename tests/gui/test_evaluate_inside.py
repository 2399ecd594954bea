"""The Evaluate and Inside-the-network views, driven as a user would (pytest-qt, offscreen)."""
from __future__ import annotations

import csv
import statistics

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from core import analysis, archs
from core.robustness import WhatIf, apply, centre_of_mass
from gui.evaluate_view import EvaluateView
from gui.image_gallery import WRONG
from gui.image_utils import diverging
from gui.inside_view import InsideView
from tests.core.test_analysis import trained_run

MEAN, STD = (0.1307,), (0.3081,)


@pytest.fixture(scope="session")
def run(mnist, tmp_path_factory):
    return trained_run(mnist, tmp_path_factory.mktemp("runs"))


@pytest.fixture
def evaluate_view(qtbot, run, mnist):
    started, epoch = run
    view = EvaluateView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.set_run(started.class_names, started.mean, started.std, mnist.test_x, mnist.test_y, config=started.config)
    view.update_epoch(epoch.weights, "lenet", 1, 28, epoch.test_pred, epoch.test_conf, epoch.metrics)
    yield view
    view.shutdown()


def _meta(run, arch="lenet"):
    started = run[0]
    return {"arch": arch, "class_names": list(started.class_names), "mean": started.mean, "std": started.std,
            "in_channels": 1, "image_size": 28}


@pytest.fixture
def inside_view(qtbot):
    view = InsideView()
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    yield view
    view.shutdown()


def _bar() -> np.ndarray:
    img = np.zeros((28, 28), np.float32)
    img[4:24, 13:16] = 1.0
    return img


# -- Evaluate -----------------------------------------------------------------------------------------------
def test_confusion_matrix_diagonal_is_the_test_accuracy(evaluate_view, run):
    epoch = run[1]
    cm = evaluate_view.confusion.cm
    assert cm.sum() == 10_000 and np.trace(cm) == round(epoch.metrics.test_acc * 10_000)
    assert f"{100 * epoch.metrics.test_acc:.2f} %" in evaluate_view.summary.text()
    heights = evaluate_view.class_bars.opts["height"]
    assert np.allclose(heights, 100 * np.diag(cm) / cm.sum(1))
    assert evaluate_view.export_csv_btn.isEnabled() and evaluate_view.random_btn.isEnabled()


def test_clicking_a_cell_shows_exactly_its_images(qtbot, evaluate_view, run, mnist):
    view = evaluate_view
    cm = view.confusion.cm.copy()
    np.fill_diagonal(cm, 0)
    t, p = divmod(int(cm.argmax()), 10)
    assert cm[t, p] > 0
    qtbot.mouseClick(view.confusion, Qt.MouseButton.LeftButton, pos=view.confusion.cell_rect(t, p).center())
    assert view.confusion.selected == (t, p)
    assert view.tabs.currentIndex() == 0
    items = view.cell_gallery.items()
    y, pred = mnist.test_y.numpy(), run[1].test_pred
    expected = np.flatnonzero((y == t) & (pred == p))
    assert sorted(i.index for i in items) == sorted(expected.tolist())
    assert all(i.true == t and i.pred == p for i in items)
    confs = [i.conf for i in items]
    assert confs == sorted(confs, reverse=True)
    assert view.cell_gallery.list.count() == len(expected)
    assert view.cell_gallery.list.item(0).foreground().color() == WRONG

    qtbot.mouseClick(view.confusion, Qt.MouseButton.LeftButton, pos=view.confusion.cell_rect(t, t).center())
    diag = int(view.confusion.cm[t, t])
    assert len(view.cell_gallery.items()) == min(diag, 300) and all(i.pred == t for i in view.cell_gallery.items())
    assert f"{diag:,}" in view.cell_gallery.header.text()


def test_mistakes_and_random_galleries(qtbot, evaluate_view, run, mnist):
    view = evaluate_view
    mistakes = view.mistakes_gallery.items()
    assert len(mistakes) == 60 and all(i.true != i.pred for i in mistakes)
    assert mistakes[0].conf == pytest.approx(float(run[1].test_conf[run[1].test_pred != mnist.test_y.numpy()].max()))
    before = [i.index for i in view.random_gallery.items()]
    qtbot.mouseClick(view.random_btn, Qt.MouseButton.LeftButton)
    after = view.random_gallery.items()
    assert len(after) == 40 and [i.index for i in after] != before
    for row, it in enumerate(after):
        assert it.pred == run[1].test_pred[it.index] and it.true == int(mnist.test_y[it.index])
        colour = view.random_gallery.list.item(row).foreground().color()
        assert (colour == WRONG) == (it.true != it.pred)


def test_exports(evaluate_view, tmp_path):
    view = evaluate_view
    view.show_cell(3, 5)
    assert view.save_confusion_png(tmp_path / "cm.png") and view.save_gallery_png(tmp_path / "cell.png")
    img = QImage(str(tmp_path / "cm.png"))
    assert img.width() == view.confusion.width() and img.height() == view.confusion.height()
    assert not QImage(str(tmp_path / "cell.png")).isNull()
    view.save_class_csv(tmp_path / "classes.csv")
    rows = list(csv.reader((tmp_path / "classes.csv").open()))
    cm = view.confusion.cm
    assert len(rows) == 11 and rows[4][:3] == ["3", str(cm[3].sum()), str(cm[3, 3])]


def test_robustness_sliders_change_the_model_input(qtbot, evaluate_view):
    panel = evaluate_view.robustness
    bar = _bar()
    panel.set_image(bar, 1, "a bar")
    assert np.array_equal(panel.seen, bar) and panel.prediction is not None
    panel.shift_x.setValue(3)
    panel.shift_y.setValue(-2)
    (x0, y0), (x1, y1) = centre_of_mass(bar), centre_of_mass(panel.seen)
    assert (x1 - x0, y1 - y0) == pytest.approx((3, -2))
    panel.reset()
    panel.rotate.setValue(45)
    assert np.allclose(panel.seen, apply(bar, WhatIf(rotate=45)))
    panel.reset()
    panel.thickness.setValue(1)
    assert (panel.seen > 0.5).sum() > (bar > 0.5).sum()
    panel.thickness.setValue(-1)
    assert (panel.seen > 0.5).sum() < (bar > 0.5).sum()
    panel.reset()
    with qtbot.waitSignal(panel.predictionChanged, timeout=1000):
        panel.noise.setValue(30)
    first = panel.seen.copy()
    assert (first != bar).mean() > 0.3
    panel.noise.setValue(0)
    panel.noise.setValue(30)
    assert np.array_equal(panel.seen, first)          # fixed seed
    assert "%" in panel.result.text()


def test_clicking_a_gallery_image_sends_it_to_the_what_if_panel(qtbot, evaluate_view, mnist):
    view = evaluate_view
    view.show_random()
    first = view.random_gallery.items()[0]
    view.tabs.setCurrentIndex(2)
    with qtbot.waitSignal(view.imageChosen, timeout=1000) as sig:
        rect = view.random_gallery.item_widget_rect(0)
        qtbot.mouseClick(view.random_gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert np.allclose(sig.args[0], mnist.test_x[first.index, 0].numpy() / 255)
    assert np.allclose(view.robustness.image, sig.args[0])
    assert view.tabs.currentIndex() == 3


def test_finished_run_predicts_in_the_background(qtbot, run, mnist):
    started, epoch = run
    model = archs.build("lenet", 1, 28, 10)
    model.load_state_dict(epoch.weights)
    view = EvaluateView()
    qtbot.addWidget(view)
    try:
        with qtbot.waitSignal(view.resultsShown, timeout=30_000):
            view.set_model(model, _meta(run), mnist.test_x, mnist.test_y)
            assert view.confusion.cm is None          # not computed on the GUI thread
        assert (view.test_pred == epoch.test_pred).mean() > 0.999
        assert abs(np.trace(view.confusion.cm) / 10_000 - epoch.metrics.test_acc) < 1e-3
    finally:
        view.shutdown()


# -- Inside the network -------------------------------------------------------------------------------------
def test_inside_view_layers_filters_and_live_maps(qtbot, inside_view, run):
    view, epoch = inside_view, run[1]
    with qtbot.waitSignal(view.weightsShown, timeout=20_000):
        view.set_model(None, _meta(run))
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=20_000)
    with qtbot.waitSignal(view.weightsShown, timeout=20_000):
        view.update_epoch(epoch.weights)
    assert view.table.rowCount() == len(view.summary.rows)
    names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert "features.conv1" in names and "classifier.fc3" in names
    assert [lf.name for lf in view.filters.layers] == ["features.conv1", "features.conv2"]
    assert view.filters.grid.tile_count() == 6 + 16
    k1 = epoch.weights["features.conv1.weight"]
    assert np.array_equal(view.filters.layers[0].tiles[0], diverging(k1[0, 0].numpy(), float(k1.abs().max())))

    view.set_input(_bar())
    assert [s.title.split(":")[0] for s in view.maps.grid.sections] == ["features.conv1", "features.conv2"]
    row = names.index("features.conv2")
    rect = view.table.visualItemRect(view.table.item(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected == "features.conv2"
    assert [s.highlight for s in view.maps.grid.sections] == [False, True]
    view.maps.show_every_layer(False)
    (section,) = view.maps.grid.sections
    assert section.title.startswith("features.conv2: 16 maps of 8×8") and len(section.images) == 16

    tile = view.maps.grid.tile_rect(0, 5)
    tip = view.maps.grid.tip_at(tile.center())
    x = view.model_input()
    with torch.no_grad():
        conv2 = view.model.features.conv2(view.model.features[:3](x))[0, 5]
    assert "channel 5" in tip and f"{float(conv2.mean()):.3f}" in tip
    assert view.weights.histograms["features.conv2"].initial is not None

    times = []
    for _ in range(15):
        view.set_input(_bar())
        times.append(view.last_ms)
    assert statistics.median(times) < 50, times       # measured ~5 ms on an idle 2-core machine
    assert view.saliency.heat and view.saliency.answer.text().startswith("The network says")


def test_why_not_another_class(qtbot, inside_view, run):
    view = inside_view
    model = archs.build("lenet", 1, 28, 10)
    model.load_state_dict(run[1].weights)
    view.set_model(model, _meta(run))
    view.set_input(_bar())
    view.saliency.other_class.setCurrentIndex(7)
    assert set(view.saliency.heat) == {1, 7}
    assert "'7'" in view.saliency.answer.text()
    view.saliency.method.setCurrentIndex(1)
    assert "features.conv2" in view.saliency.note.text()


def test_weight_change_per_epoch(qtbot, inside_view, run):
    view, w1 = inside_view, run[1].weights
    view.set_model(None, _meta(run))
    w2 = {k: v * 1.05 if k.endswith("weight") else v for k, v in w1.items()}
    view.update_epoch(w1)
    view.update_epoch(w2)
    qtbot.waitUntil(lambda: bool(view.weights.curve_data()), timeout=20_000)
    data = view.weights.curve_data()
    assert set(data) == set(analysis.layer_names(w1))
    assert all(points == [(2, pytest.approx(0.05, rel=1e-4))] for points in data.values())
    view.update_epoch(w2, grad_norms={"features.conv1": 0.5})
    assert view.weights.curve_data("grad") == {"features.conv1": [(3, 0.5)]}


def test_mlp_and_colour_networks(qtbot, inside_view):
    view = inside_view
    names = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
    meta = {"arch": "mlp", "class_names": names, "mean": (0.29,), "std": (0.35,), "in_channels": 1, "image_size": 28}
    with qtbot.waitSignal(view.weightsShown, timeout=20_000):
        view.set_model(None, meta)
    view.set_input(_bar())
    assert view.filters.layers == [] and view.maps.grid.sections == []
    assert "no conv layers" in view.saliency.note.text()

    rgb = {"arch": "lenet", "class_names": [str(i) for i in range(10)], "mean": (0.49, 0.48, 0.45),
           "std": (0.25, 0.24, 0.26), "in_channels": 3, "image_size": 32}
    with qtbot.waitSignal(view.weightsShown, timeout=20_000):
        view.set_model(None, rgb)
    assert view.filters.layers[0].rgb and view.filters.layers[0].tiles[0].shape == (5, 5, 3)
    assert not view.filters.layers[1].rgb
    view.set_input(np.random.default_rng(0).random((3, 32, 32), dtype=np.float32))
    assert view.maps.grid.sections[0].title.startswith("features.conv1: 6 maps of 28×28")
    view.set_input(_bar())                                 # a grey drawing on a colour network
    assert view.model_input().shape == (1, 3, 32, 32)
