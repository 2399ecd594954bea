"""The Evaluate and Inside-the-network views, driven as a user would (pytest-qt, offscreen)."""

from __future__ import annotations

import csv
import dataclasses

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from pathlib import Path

from core import analysis
from core.card import ModelCard
from core.robustness import WhatIf, apply, centre_of_mass
from gui.evaluate.evaluate_view import EvaluateView
from gui.widgets.image_gallery import WRONG
from gui.widgets.image_utils import diverging
from gui.inside.inside_view import InsideView
from gui.state import InputImage, ModelSource, TestImages, images_key
from tests.gui.helpers import show_model

MEAN, STD = (0.1307,), (0.3081,)


@pytest.fixture
def inside_view(qtbot, app_state):
    view = InsideView(app_state)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    return view


def look_at(qtbot, view, image) -> None:
    """Give Inside a picture and wait for its maps and saliency (computed on a job). The state first settles
    on the model's own test images (or their absence), which may replace a picture of another kind."""
    qtbot.waitUntil(lambda: not view.state.data_jobs.busy("test-set"), timeout=20_000)
    with qtbot.waitSignal(view.inputShown, timeout=20_000):
        view.state.set_input(InputImage(image, None, "test picture"))


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
    evaluate_view.tabs.setCurrentWidget(panel.parentWidget())  # the what-if works while it shows
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
    assert np.array_equal(panel.seen, first)  # fixed seed
    assert "%" in panel.result.text()


def test_clicking_a_gallery_image_sends_it_to_the_what_if_panel(qtbot, evaluate_view, mnist):
    view = evaluate_view
    view.show_random()
    first = view.random_gallery.items()[0]
    view.tabs.setCurrentIndex(2)
    with qtbot.waitSignal(view.state.inputChanged, timeout=1000) as sig:
        rect = view.random_gallery.item_widget_rect(0)
        qtbot.mouseClick(view.random_gallery.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert np.allclose(sig.args[0].image, mnist.test_x[first.index, 0].numpy() / 255)
    assert np.allclose(view.robustness.image, sig.args[0].image)
    assert view.tabs.currentIndex() == 3


def test_finished_run_predicts_in_the_background(qtbot, app_state, run, mnist):
    started, epoch = run
    view = EvaluateView(app_state)
    qtbot.addWidget(view)
    view.show()  # it predicts once someone looks at it
    app_state.set_test_images(TestImages(images_key(started.card), mnist.test_x, mnist.test_y))
    with qtbot.waitSignal(view.resultsShown, timeout=30_000):
        show_model(qtbot, app_state, epoch.card, epoch.weights, ModelSource("file", Path("best.pt")))
        assert view.confusion.cm is None  # not computed on the GUI thread
    assert (view.test_pred == epoch.test_pred).mean() > 0.999
    assert abs(np.trace(view.confusion.cm) / 10_000 - epoch.metrics.test_acc) < 1e-3


# -- Inside the network -------------------------------------------------------------------------------------
def test_inside_view_layers_filters_and_live_maps(qtbot, inside_view, run):
    view, (started, epoch) = inside_view, run
    with qtbot.waitSignal(view.weightsShown, timeout=20_000):
        show_model(qtbot, view.state, started.card, started.weights)
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=20_000)
    with qtbot.waitSignal(view.weightsShown, timeout=20_000):
        show_model(qtbot, view.state, epoch.card, epoch.weights, epoch_end=epoch)
    qtbot.waitUntil(lambda: not view.jobs.busy(f"inside-load-{epoch.card.epoch}"), timeout=20_000)
    assert view.table.rowCount() == len(view.summary.rows)
    names = [view.table.layer_name(r) for r in range(view.table.rowCount())]
    assert "features.conv1" in names and "classifier.fc3" in names
    shown = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    assert shown[names.index("features.conv1")] == "conv1" and "fc3" in shown  # short names, the path on hover
    assert [lf.name for lf in view.filters.layers] == ["features.conv1", "features.conv2"]
    assert view.filters.grid.tile_count() == 6 + 16
    k1 = epoch.weights["features.conv1.weight"]
    assert np.array_equal(view.filters.layers[0].tiles[0], diverging(k1[0, 0].numpy(), float(k1.abs().max())))

    look_at(qtbot, view, _bar())
    assert [s.title.split(":")[0] for s in view.maps.grid.sections] == ["features.conv1", "features.conv2"]
    row = names.index("features.conv2")
    rect = view.table.visualItemRect(view.table.item(row, 0))
    with qtbot.waitSignal(view.inputShown, timeout=20_000):
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

    look_at(qtbot, view, _bar())
    assert view.saliency.heat and view.saliency.answer.text().startswith("The network says")


def test_why_not_another_class(qtbot, inside_view, run):
    view, epoch = inside_view, run[1]
    show_model(qtbot, view.state, epoch.card, epoch.weights, ModelSource("file", Path("best.pt")))
    look_at(qtbot, view, _bar())
    with qtbot.waitSignal(view.inputShown, timeout=20_000):
        view.saliency.other_class.setCurrentIndex(7)
    assert set(view.saliency.heat) == {1, 7}
    assert "'7'" in view.saliency.answer.text()
    with qtbot.waitSignal(view.inputShown, timeout=20_000):
        view.saliency.method.setCurrentIndex(1)
    assert "features.conv2" in view.saliency.note.text()


def test_weight_change_per_epoch(qtbot, inside_view, run):
    (started, epoch), state = run, inside_view.state
    view, w1 = inside_view, epoch.weights
    show_model(qtbot, state, started.card, started.weights)
    qtbot.waitUntil(lambda: view.model is not None, timeout=20_000)
    w2 = {k: v * 1.05 if k.endswith("weight") else v for k, v in w1.items()}
    show_model(qtbot, state, epoch.card.with_epoch(1), w1)
    show_model(qtbot, state, epoch.card.with_epoch(2), w2)
    qtbot.waitUntil(lambda: bool(view.weights.curve_data()), timeout=20_000)
    data = view.weights.curve_data()
    assert set(data) == set(analysis.layer_names(w1))
    assert all(points == [(2, pytest.approx(0.05, rel=1e-4))] for points in data.values())
    grads = dataclasses.replace(epoch, grad_norms={"features.conv1": 0.5})
    show_model(qtbot, state, epoch.card.with_epoch(3), w2, epoch_end=grads)
    assert view.weights.curve_data("grad") == {"features.conv1": [(3, 0.5)]}


def test_mlp_and_colour_networks(qtbot, inside_view):
    view, state = inside_view, inside_view.state
    names = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
    mlp = ModelCard("mlp", 1, 28, names, (0.29,), (0.35,), "fashion-mnist")
    with qtbot.waitSignal(view.weightsShown, timeout=20_000):
        show_model(qtbot, state, mlp, mlp.build().state_dict(), ModelSource("file", Path("mlp.pt")))
    look_at(qtbot, view, _bar())
    assert view.filters.layers == [] and view.maps.grid.sections == []
    assert "no conv layers" in view.saliency.note.text()

    rgb = ModelCard("lenet", 3, 32, tuple("0123456789"), (0.49, 0.48, 0.45), (0.25, 0.24, 0.26), "cifar10")
    with qtbot.waitSignal(view.weightsShown, timeout=20_000):
        show_model(qtbot, state, rgb, rgb.build().state_dict(), ModelSource("file", Path("rgb.pt")))
    assert view.filters.layers[0].rgb and view.filters.layers[0].tiles[0].shape == (5, 5, 3)
    assert not view.filters.layers[1].rgb
    look_at(qtbot, view, np.random.default_rng(0).random((3, 32, 32), dtype=np.float32))
    assert view.maps.grid.sections[0].title.startswith("features.conv1: 6 maps of 28×28")
    look_at(qtbot, view, _bar())  # a grey drawing on a colour network
    assert view.model_input().shape == (1, 3, 32, 32)
