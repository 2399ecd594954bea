"""See what it learned (issue 21), driven as a user would: the map, fooling the network, the timeline and the one
selected image every view follows. One real 2-epoch LeNet run on real MNIST, made once for the module."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt

from core import embedding, timeline
from core.card import read_weights
from core.evaluate import Normalizer
from gui.evaluate.evaluate_view import EvaluateView
from gui.inside.filters_widget import prepare_filters
from gui.inside.inside_view import InsideView
from gui.state import TestImages, images_key
from tests.helpers import short_run


@pytest.fixture(scope="module")
def two_epochs(mnist, tmp_path_factory):
    """A run folder of 2 epochs with its timeline (the default budget keeps both); ~90 % right, often sure."""
    return short_run(mnist, tmp_path_factory.mktemp("runs"), epochs=2, batch_size=20, lr=3e-3)


def open_run(qtbot, state, mnist, run_dir):
    card, _ = read_weights(run_dir / "last.pt")
    state.set_test_images(TestImages(images_key(card), mnist.test_x, mnist.test_y))
    with qtbot.waitSignal(state.modelChanged, timeout=30_000):
        state.open_run(run_dir)


@pytest.fixture
def inside(qtbot, app_state, mnist, two_epochs):
    view = InsideView(app_state)
    qtbot.addWidget(view)
    view.resize(1024, 700)
    view.show()
    with qtbot.waitSignal(view.timeline.epochsListed, timeout=30_000):
        open_run(qtbot, app_state, mnist, two_epochs)
    return view


def show_map(qtbot, view):
    with qtbot.waitSignal(view.map_panel.mapShown, timeout=60_000):
        view.tabs.setCurrentWidget(view.map_panel)
    return view.map_panel


def test_map_shows_the_deterministic_pca_of_2000_test_images(qtbot, inside, mnist):
    panel = show_map(qtbot, inside)
    model = inside.state.model
    norm = Normalizer.of(tuple(model.card.mean), tuple(model.card.std))
    with torch.no_grad():
        expected = embedding.build_map(model.model, mnist.test_x, mnist.test_y, norm, "pca")
    np.testing.assert_allclose(panel.fmap.points, expected.points, atol=1e-4)
    assert panel.fmap.points.shape == (2000, 2)
    for k, dots in enumerate(panel.plot.classes):  # each class's dots are its images' points
        x, y = dots.getData()
        np.testing.assert_allclose(np.c_[x, y], expected.points[expected.labels == k], atol=1e-4)
    assert f"{int(expected.misclassified.sum()):,}" in panel.status.text()

    panel.mistakes.setChecked(True)
    assert len(panel.plot.mistakes.data) == int(expected.misclassified.sum())

    row = 7  # the drawing's star: a map image drawn again lands on its own dot
    image = mnist.test_x[int(panel.fmap.indices[row])][0].numpy().astype(np.float32) / 255
    with qtbot.waitSignal(panel.drawingPlaced, timeout=20_000):
        inside.state.set_drawing(image)
    star = panel.plot.drawing.getData()
    np.testing.assert_allclose([star[0][0], star[1][0]], panel.fmap.points[row], atol=1e-3)


def test_a_click_on_the_map_selects_the_image_and_the_views_follow(qtbot, inside, app_state, mnist):
    evaluate = EvaluateView(app_state)
    qtbot.addWidget(evaluate)
    panel = show_map(qtbot, inside)
    plot = panel.plot
    # a dot with room around it on screen, so that the click cannot land on a neighbour
    box = plot.getPlotItem().getViewBox()
    scale = np.array(box.viewPixelSize())
    pixels = panel.fmap.points / scale
    gaps = np.linalg.norm(pixels[:, None] - pixels[None], axis=-1) + np.eye(len(pixels)) * 1e9
    row = int(gaps.min(1).argmax())
    at = plot.mapFromScene(plot.scene_pos_of(row))
    with qtbot.waitSignal(inside.inputShown, timeout=20_000):
        qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    index = int(panel.fmap.indices[row])
    assert app_state.input.index == index
    np.testing.assert_allclose(inside.image, mnist.test_x[index][0].numpy() / 255, atol=1e-6)
    assert evaluate.robustness.source_caption.text() == app_state.input.title()  # Evaluate's what-if follows
    x, y = plot.selected.getData()
    np.testing.assert_allclose([x[0], y[0]], panel.fmap.points[row], atol=1e-6)

    wrong = int(panel.fmap.indices[np.flatnonzero(panel.fmap.misclassified)[0]])  # a mistake, as from a matrix cell
    with qtbot.waitSignal(inside.inputShown, timeout=20_000):
        app_state.show_test_image(wrong)
    assert inside.saliency.chosen_class() == int(mnist.test_y[wrong])  # why this answer, and why not the true class
    assert set(inside.saliency.heat) == {
        int(panel.fmap.features.predicted[panel.fmap.indices == wrong][0]),
        int(mnist.test_y[wrong]),
    }


def test_fool_it_flips_a_confident_digit_within_the_strength_asked(qtbot, inside, app_state, mnist):
    model = app_state.model
    norm = Normalizer.of(tuple(model.card.mean), tuple(model.card.std))
    with torch.no_grad():
        probs = model.model(norm(mnist.test_x[:200])).softmax(1)
    index = int(torch.nonzero(probs.max(1).values > 0.9)[0])
    panel = inside.fool_panel
    inside.tabs.setCurrentWidget(panel)
    panel.method.setCurrentIndex(panel.method.findData("pgd"))
    app_state.show_test_image(index)
    with qtbot.waitSignal(panel.resultShown, timeout=30_000):
        panel.strength.setValue(30)  # 0.30
    result = panel.result
    change = result.chosen.change
    assert result.chosen.strength == pytest.approx(0.30)
    assert result.answer == int(probs[index].argmax()) and result.answer_confidence > 0.9
    assert result.chosen.predicted != result.answer
    assert np.abs(change).max() <= 0.30 + 1e-6
    assert result.chosen.image.min() >= 0 and result.chosen.image.max() <= 1
    assert result.smallest is not None and result.smallest <= 0.30
    assert f"{result.smallest:.2f}" in panel.answer.text()
    assert panel.kept_curve.getData()[1][0] > 0.5  # the curve starts at the confident answer


def test_timeline_shows_epoch_1s_filters_at_epoch_1(qtbot, inside, two_epochs):
    bar = inside.timeline
    assert bar.epochs == [1, 2] and bar.current_epoch() == 2
    first = read_weights(timeline.snapshot_path(two_epochs, 1))[1]
    last = read_weights(timeline.snapshot_path(two_epochs, 2))[1]

    def showing(weights) -> bool:
        if not inside.filters.layers:
            return False
        shown = inside.filters.layers[0].tiles
        return all(np.array_equal(a, b) for a, b in zip(shown, prepare_filters(weights)[0].tiles))

    qtbot.waitUntil(lambda: showing(last), timeout=30_000)  # the run opens on its last epoch
    with qtbot.waitSignal(inside.state.modelChanged, timeout=30_000):
        bar.show_epoch(1)
    qtbot.waitUntil(lambda: showing(first), timeout=30_000)
    assert not showing(last)
    assert inside.state.model.card.epoch == 1 and bar.label.text().endswith("1")


def test_a_run_without_snapshots_opens_and_says_so(qtbot, app_state, mnist, two_epochs, tmp_path):
    old = tmp_path / "old-run"
    shutil.copytree(two_epochs, old)
    shutil.rmtree(old / timeline.FOLDER)
    view = InsideView(app_state)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.timeline.epochsListed, timeout=30_000):
        open_run(qtbot, app_state, mnist, old)
    assert app_state.model.source.path == old
    assert view.timeline.epochs == [] and not view.timeline.slider.isEnabled()
    assert "no timeline" in view.timeline.note.text()
