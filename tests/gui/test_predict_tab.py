"""The Predict tab, driven like a user: model sources, drawing, pictures, collect mode, testing on my digits."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from core import data
from core.card import ModelCard
from core.config import TrainConfig
from core.evaluate import Normalizer, evaluate
from core.finetune import FinetuneCancelled, FinetuneSettings
from core.run_status import read_status
from core.events import EpochEnd
from core.trainer import Trainer
from gui.predict.predict_tab import PredictTab
from gui.state import ModelSource
from tests.gui.helpers import ONE, SEVEN, ZERO, draw_strokes

FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
THREE = [[(0.3, 0.2), (0.65, 0.22), (0.45, 0.48), (0.68, 0.7), (0.3, 0.85)]]


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="session")
def trained(mnist, tmp_path_factory):
    """A real run of the trainer (~4 s): its folder and the EpochEnd of its one epoch."""
    threads, events = torch.get_num_threads(), []
    root = tmp_path_factory.mktemp("runs")
    cfg = TrainConfig(arch="lenet", dataset="mnist", epochs=1, train_subset=10000, lr=2e-3, threads=1)
    try:
        final = Trainer(cfg, events.append, loaded=mnist, runs_root=root).run()
    finally:
        torch.set_num_threads(threads)
    assert final.history[-1].test_acc > 0.9, final
    return final.run_dir, next(e for e in events if isinstance(e, EpochEnd))


@pytest.fixture
def tab(qtbot, app_state, trained):
    bundled = trained[0] / "best.pt"
    t = PredictTab(app_state, bundled_model=bundled)
    qtbot.addWidget(t)
    t.resize(1100, 820)
    t.show()
    qtbot.waitExposed(t)
    app_state.load_model(ModelSource("bundled", bundled))
    qtbot.waitUntil(lambda: t.predictor is not None, timeout=10_000)
    return t


def show_model(qtbot, tab, card, weights, source) -> None:
    with qtbot.waitSignal(tab.state.modelChanged, timeout=10_000):
        tab.state.set_model(card, weights, source)


def test_bundled_model_reads_a_drawn_digit(tab, qtbot):
    combo = tab.source.combo
    assert combo.objectName() == "modelSourceCombo" and combo.currentText() == "Bundled digit model"
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Current run (updates every epoch)" in labels and labels[-1] == "Open weights file…"
    assert tab.current_view() == "draw" and tab.draw_view.isVisible() and not tab.image_panel.isVisible()
    assert "Bundled digit model" in tab.draw_view.source_label.text()
    for strokes, digit in [(ONE, "1"), (ZERO, "0")]:
        tab.draw_view.canvas.clear()
        draw_strokes(qtbot, tab.draw_view.canvas, strokes)
        assert tab.draw_view.prediction_label.text() == digit, tab.draw_view.last_prediction


def test_current_run_follows_the_epochs(tab, qtbot, trained):
    run_dir, epoch = trained
    tab.source.choose(ModelSource("training"))  # before any run: says how to get one
    qtbot.waitUntil(lambda: tab.message_bar.is_shown("model"), timeout=5000)
    assert "No run has started yet" in tab.message_bar.text("model")
    assert tab.source.combo.currentText() == "Bundled digit model"
    draw_strokes(qtbot, tab.draw_view.canvas, ONE)
    torch.manual_seed(1)
    start = epoch.card.with_epoch(0)
    untrained = {k: v.clone() for k, v in start.build().state_dict().items()}
    training = ModelSource("training", run_dir)
    show_model(qtbot, tab, start, untrained, training)
    before = tab.draw_view.last_prediction
    assert "no epoch has finished" in tab.draw_view.source_label.text()
    assert tab.source.combo.currentText() == "Current run (updates every epoch)"
    show_model(qtbot, tab, epoch.card, epoch.weights, training)
    after = tab.draw_view.last_prediction
    assert "after epoch 1" in tab.draw_view.source_label.text()
    assert tab.draw_view.prediction_label.text() == "1" and after.label == 1
    assert before.label != 1 and before.probabilities != after.probabilities
    live = tab.predictor.model.state_dict()  # a model of its own, not the caller's tensors
    assert all(live[k].data_ptr() != epoch.weights[k].data_ptr() for k in epoch.weights)
    tab.source.choose(ModelSource("bundled", tab.bundled_model))  # epochs arriving now leave it alone
    qtbot.waitUntil(lambda: tab.state.model.source.kind == "bundled", timeout=5000)
    tab.state.session.epochEnded.emit(epoch)
    qtbot.wait(200)
    assert tab.state.model.source.kind == "bundled"


def test_a_pickle_that_would_run_code_is_refused(tab, qtbot, tmp_path, monkeypatch):
    marker = tmp_path / "code_ran"

    class Evil:
        def __reduce__(self):
            return exec, (f"open({str(marker)!r}, 'w').write('ran')",)

    evil = tmp_path / "weights.pt"
    torch.save({"model": Evil()}, evil)
    kept, combo = tab.predictor, tab.source.combo
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(evil), ""))
    combo.setCurrentIndex(combo.count() - 1)  # "Open weights file…", as a user picks it
    combo.activated.emit(combo.count() - 1)
    qtbot.waitUntil(lambda: tab.message_bar.is_shown("model"), timeout=5000)
    text = tab.message_bar.text("model")
    assert "refused" in text and "could run code" in text and "still in use" in text
    assert not marker.exists() and tab.predictor is kept
    assert tab.source.combo.currentText() == "Bundled digit model"
    draw_strokes(qtbot, tab.draw_view.canvas, ONE)  # and the old model still answers
    assert tab.draw_view.prediction_label.text() == "1"


def test_finished_runs_are_listed_and_open(tab, qtbot, trained, monkeypatch):
    run_dir = trained[0]
    monkeypatch.setenv("CNN_PLAYGROUND_RUNS", str(run_dir.parent))
    with qtbot.waitSignal(tab.state.runsListed, timeout=30_000):  # the app state lists runs on a task
        tab.state.refresh_runs()
    labels = [tab.source.combo.itemText(i) for i in range(tab.source.combo.count())]
    entry = next(t for t in labels if t.startswith("LeNet (modern) · MNIST"))  # the run's name, as on Runs
    assert "%" in entry and run_dir.name[:10] in entry
    with qtbot.waitSignal(tab.state.modelChanged, timeout=5000):
        tab.source.choose(ModelSource("run", run_dir))
    assert tab.source.combo.currentText() == entry and "Finished run" in tab.draw_view.source_label.text()


def test_fashion_model_uses_the_picture_panel(tab, qtbot, trained, data_root):
    epoch = trained[1]
    fashion = ModelCard("lenet", 1, 28, FASHION, (0.286,), (0.353,), "fashion-mnist")
    show_model(qtbot, tab, fashion, epoch.weights, ModelSource("file", Path("fashion.pt")))
    panel = tab.image_panel
    assert tab.current_view() == "picture" and panel.isVisible() and not tab.draw_view.isVisible()
    assert panel.status_label.text() == ""  # not "No model chosen": a model is here
    ticks = panel.bars.getPlotItem().getAxis("left")._tickLevels[0]
    assert [t for _, t in ticks] == list(FASHION)  # long names: down the left
    # Fashion's own test images: the bundled digit model's MNIST ones may still be the state's while they load
    qtbot.waitUntil(
        lambda: tab.state.test_images is not None and tab.state.test_images.key[0] == "fashion-mnist", timeout=30_000
    )
    with qtbot.waitSignal(panel.predicted, timeout=15_000):
        qtbot.mouseClick(panel.random_button, Qt.MouseButton.LeftButton)
    image, label, key = panel._from_test
    assert key[0] == "fashion-mnist" and panel.truth_label.text().startswith(f"True label: {FASHION[label]} — ")
    x = (torch.from_numpy(image).float() / 255 - 0.286) / 0.353
    probs = tab.predictor.predict_batch(x.unsqueeze(0))[0].numpy()
    assert panel.prediction_label.text() == FASHION[int(probs.argmax())]
    np.testing.assert_allclose(panel.bars.shown(), probs, atol=1e-5)
    with qtbot.waitSignal(panel.predicted, timeout=5000):  # the next pick needs no loading
        qtbot.mouseClick(panel.random_button, Qt.MouseButton.LeftButton)
    assert tab.state.input.label is not None and tab.state.input.image.shape == (28, 28)  # a Fashion test image


def test_a_fashion_model_keeps_collecting_and_teaching_on_the_bundled_digit_model(tab, qtbot, trained, monkeypatch):
    """Issue 19: with a Fashion-MNIST model in use, the Draw view and its teach button had gone."""
    from gui.predict import teach_panel

    taught = []
    monkeypatch.setattr(teach_panel.my_digits, "counts", lambda root: {d: 3 for d in range(10)})
    monkeypatch.setattr(teach_panel, "load_model", lambda path: ("bundled net", path))
    monkeypatch.setattr(
        teach_panel, "_teach", lambda root, base, **kw: taught.append(base) or FinetuneCancelled("", None, 0)
    )
    fashion = ModelCard("lenet", 1, 28, FASHION, (0.286,), (0.353,), "fashion-mnist")
    show_model(qtbot, tab, fashion, trained[1].weights, ModelSource("file", Path("fashion.pt")))
    assert tab.current_view() == "picture"
    qtbot.mouseClick(tab.draw_mode_button, Qt.MouseButton.LeftButton)
    teach = tab.collect_panel.teach
    assert tab.current_view() == "draw" and teach.button.isVisible()
    assert "photos, not drawings" in tab.draw_view.source_label.text()
    qtbot.mouseClick(teach.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Stopped before" in teach.result_label.text(), timeout=10_000)
    assert taught == [("bundled net", teach_panel.BUNDLED_MODEL)]  # not the clothes model


def test_a_digit_photo_file_is_read_through_the_picture_panel(tab, qtbot, mnist, tmp_path):
    qtbot.mouseClick(tab.picture_mode_button, Qt.MouseButton.LeftButton)
    assert tab.current_view() == "picture" and tab.image_panel.isVisible()
    scores = evaluate(tab.predictor.model, mnist.test_x[:50], mnist.test_y[:50], Normalizer.of((0.1307,), (0.3081,)))
    i = next(i for i in range(50) if scores.pred[i] == mnist.test_y[i] and mnist.test_y[i] not in (0, 1))
    png = tmp_path / "digit.png"
    Image.fromarray(mnist.test_x[i, 0].numpy()).save(png)
    with qtbot.waitSignal(tab.image_panel.predicted, timeout=10_000):  # decoded on a job
        assert tab.image_panel.open_image(png)
    assert tab.image_panel.prediction_label.text() == str(int(mnist.test_y[i]))
    assert tab.image_panel.status_label.text() == "digit.png" and not tab.image_panel.input_view.pixmap().isNull()
    other = next(j for j in range(i + 1, 50) if scores.pred[j] == mnist.test_y[j] != mnist.test_y[i])
    Image.fromarray(mnist.test_x[other, 0].numpy()).save(tmp_path / "dropped.png")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dropped.png"))])
    centre, copy = QPointF(tab.image_panel.rect().center()), Qt.DropAction.CopyAction
    enter = QDragEnterEvent(centre.toPoint(), copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab.image_panel, enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(tab.image_panel.predicted, timeout=10_000):
        QApplication.sendEvent(
            tab.image_panel, QDropEvent(centre, copy, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        )
    assert tab.image_panel.prediction_label.text() == str(int(mnist.test_y[other]))  # dropped files are read
    (tmp_path / "notes.png").write_text("not an image")
    tab.image_panel.open_image(tmp_path / "notes.png")
    qtbot.waitUntil(lambda: "Could not read notes.png" in tab.image_panel.status_label.text(), timeout=10_000)
    qtbot.mouseClick(tab.draw_mode_button, Qt.MouseButton.LeftButton)
    assert tab.current_view() == "draw" and tab.draw_view.canvas.isVisible()


def test_collect_mode_saves_labelled_digits(tab, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CNN_PLAYGROUND_DATA", str(tmp_path))
    panel, canvas = tab.collect_panel, tab.draw_view.canvas
    draw_strokes(qtbot, canvas, THREE)
    qtbot.keyClick(canvas, "3")  # collect mode off: keys do nothing
    assert not (tmp_path / "my-digits").exists() and not canvas.is_empty()
    qtbot.mouseClick(panel.collect_button, Qt.MouseButton.LeftButton)
    assert panel.collect_button.objectName() == "collectButton" and panel.body.isVisible()
    qtbot.keyClick(canvas, "3")
    saved = list((tmp_path / "my-digits" / "3").glob("*.png"))
    assert len(saved) == 1 and canvas.is_empty()
    assert np.asarray(Image.open(saved[0])).shape == (28, 28)
    raw = json.loads(next((tmp_path / "my-digits-raw" / "3").glob("*.json")).read_text())
    assert raw["label"] == 3 and len(raw["strokes"]) == 1
    assert panel.count_labels[3].text() == "1" and panel.status_label.text() == "Saved a 3 — 1 three so far"
    draw_strokes(qtbot, canvas, THREE)
    qtbot.mouseClick(panel.digit_buttons[3], Qt.MouseButton.LeftButton)  # the digit buttons do the same
    draw_strokes(qtbot, canvas, SEVEN)
    qtbot.keyClick(panel.digit_buttons[3], "7")  # focus on a button: the key still counts
    assert panel.count_labels[3].text() == "2" and panel.count_labels[7].text() == "1"
    assert panel.status_label.text() == "Saved a 7 — 1 seven so far"
    assert data.my_digits.counts(tmp_path) == {**{str(d): 0 for d in range(10)}, "3": 2, "7": 1}


def test_testing_the_model_on_my_digits(tab, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CNN_PLAYGROUND_DATA", str(tmp_path))
    panel, canvas = tab.collect_panel, tab.draw_view.canvas
    qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    assert "No digits collected yet" in panel.result_label.text()
    panel.collect_button.setChecked(True)
    for strokes, digit in [(ONE, 1), (ONE, 1), (ZERO, 0), (SEVEN, 7), (ONE, 7), (THREE, 3)]:
        draw_strokes(qtbot, canvas, strokes)
        qtbot.keyClick(canvas, str(digit))
    with qtbot.waitSignal(panel.tested, timeout=10_000):
        qtbot.mouseClick(panel.test_button, Qt.MouseButton.LeftButton)
    result = panel.last_result
    loaded = data.load("my-digits", tmp_path)
    x, y = torch.cat([loaded.train_x, loaded.test_x]), torch.cat([loaded.train_y, loaded.test_y])
    direct = evaluate(tab.predictor.model, x, y, Normalizer.of((0.1307,), (0.3081,)))
    per = [
        ((direct.pred == d) & (y == d)).sum().item() / (y == d).sum().item() if (y == d).any() else np.nan
        for d in range(10)
    ]
    np.testing.assert_allclose(result.per_digit, per, equal_nan=True)
    assert result.accuracy == pytest.approx(direct.accuracy) and result.total == 6
    assert result.per_digit[7] <= 0.5  # a "1" labelled 7 is read wrong
    assert panel.result_plot.isVisible()
    np.testing.assert_allclose(panel.result_plot.shown(), np.nan_to_num(per))
    assert f"{direct.accuracy * 100:.0f} % of your 6 digits" in panel.result_label.text()


def test_teach_it_my_handwriting_fine_tunes_on_collected_digits_and_uses_the_result(
    qtbot, app_state, data_root, tmp_path, monkeypatch
):
    """40 collected slashed zeros (a style the MNIST-only model misreads: tests/core/test_finetune.py shows the
    rise on a larger held-out set, with the product's full run) fine-tune it from the button; the new model is
    saved and in use."""
    monkeypatch.setenv("CNN_PLAYGROUND_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("CNN_PLAYGROUND_RUNS", str(tmp_path / "runs"))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "MNIST").symlink_to(data_root / "MNIST")  # MNIST to mix in, read only
    fixture = np.load(Path(__file__).parents[1] / "fixtures" / "canvas_styles.npz")
    slashed = [i for i, s in enumerate(fixture["styles"]) if fixture["style_names"][s] in ("0-slash", "0-backslash")]
    for i in slashed[:40]:
        data.my_digits.save_sample(tmp_path / "data", 0, fixture["images"][i] / 255.0)
    base = Path(__file__).parents[1] / "fixtures" / "digit_model_mnist_only.pt"
    tab = PredictTab(app_state, bundled_model=base)
    qtbot.addWidget(tab)
    app_state.load_model(ModelSource("bundled", base))
    qtbot.waitUntil(lambda: tab.predictor is not None, timeout=10_000)
    teach = tab.collect_panel.teach
    teach.settings = FinetuneSettings(1, 50)  # a third of the product's run: the button's way, not the recipe's
    with qtbot.waitSignal(teach.taught, timeout=180_000) as taught:
        qtbot.mouseClick(teach.button, Qt.MouseButton.LeftButton)
        assert teach.button.text() == "Stop teaching" and teach.progress.isVisibleTo(tab)
    result = taught.args[0]
    assert result.trained_on + result.held_out == 40 and result.after >= result.before
    assert result.mnist_after > 0.97 and (result.run_dir / "best.pt").is_file()
    assert f"{100 * result.after:.0f} % after" in teach.result_label.text()
    qtbot.waitUntil(lambda: tab.state.model.source == ModelSource("run", result.run_dir), timeout=10_000)
    assert teach.button.text() == "Teach it my handwriting" and not teach.progress.isVisibleTo(tab)


def test_teaching_too_few_digits_says_it_cannot_measure_them_and_lists_the_run(
    qtbot, app_state, data_root, tmp_path, monkeypatch
):
    """12 digits, with a single 3 and two 7s: all are learnt from, no before/after is claimed, and the new run
    (a normal run folder, on its real device) is announced to the Runs tab at once."""
    monkeypatch.setenv("CNN_PLAYGROUND_DATA", str(tmp_path / "data"))
    monkeypatch.setenv("CNN_PLAYGROUND_RUNS", str(tmp_path / "runs"))
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "MNIST").symlink_to(data_root / "MNIST")
    fixture = np.load(Path(__file__).parents[1] / "fixtures" / "canvas_styles.npz")
    for digit, count in ((0, 9), (3, 1), (7, 2)):
        for i in np.flatnonzero(fixture["labels"] == digit)[:count]:
            data.my_digits.save_sample(tmp_path / "data", digit, fixture["images"][i] / 255.0)
    base = Path(__file__).parents[1] / "fixtures" / "digit_model_mnist_only.pt"
    tab = PredictTab(app_state, bundled_model=base)
    qtbot.addWidget(tab)
    app_state.load_model(ModelSource("bundled", base))
    qtbot.waitUntil(lambda: tab.predictor is not None, timeout=10_000)
    teach = tab.collect_panel.teach
    teach.settings = FinetuneSettings(1, 4)
    with qtbot.waitSignal(teach.taught, timeout=180_000):
        qtbot.mouseClick(teach.button, Qt.MouseButton.LeftButton)
    result = teach.last_result
    assert result.trained_on == 12 and result.held_out == 0 and result.before is None
    text = teach.result_label.text()
    assert "too few to measure" in text and "draw at least 3 of each digit" in text
    assert "(fewer of: 3, 7)" in text and "% after" not in text
    qtbot.waitUntil(lambda: any(r.path == result.run_dir for r in app_state.runs), timeout=10_000)  # listed at once
    assert read_status(result.run_dir).device == "cpu"
    qtbot.waitUntil(lambda: tab.state.model.source == ModelSource("run", result.run_dir), timeout=10_000)


def test_the_picture_view_does_not_say_no_model_once_one_is_chosen(tab):
    tab.show_view("picture")  # where a Fashion-MNIST model starts: its classes cannot be drawn
    assert tab.predictor is not None
    assert "No model chosen" not in tab.image_panel.status_label.text()  # a stale word from before it loaded
