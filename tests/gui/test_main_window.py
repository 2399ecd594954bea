"""The main window with real widgets, real data and real training runs (short ones)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QProgressBar, QPushButton, QSpinBox, QWidget

from core.events import EpochEnd, RunFailed, RunFinished, RunStarted
from core.metrics_on_device import DEFAULT_READBACK
from tests.helpers import MNIST_SMALL

NAMED = {
    "startButton": QPushButton,
    "pauseButton": QPushButton,
    "stopButton": QPushButton,
    "stepButton": QPushButton,
    "presetCombo": QComboBox,
    "datasetCombo": QComboBox,
    "archCombo": QComboBox,
    "deviceCombo": QComboBox,
    "epochsSpin": QSpinBox,
    "batchSizeSpin": QSpinBox,
    "lrSpin": QDoubleSpinBox,
    "optimizerCombo": QComboBox,
    "lossPlot": QWidget,
    "accuracyPlot": QWidget,
    "progressBar": QProgressBar,
    "statusLabel": QLabel,
}


def child(win, kind, name):
    found = win.findChild(kind, name)
    assert found is not None, name
    return found


def click(qtbot, win, name):
    qtbot.mouseClick(child(win, QPushButton, name), Qt.LeftButton)


def test_every_named_control_exists_with_an_accessible_name_and_a_tooltip(make_window):
    win = make_window()
    for name, kind in NAMED.items():
        widget = child(win, kind, name)
        assert widget.accessibleName(), name
    for name, widget in win.config_panel.widgets.items():
        assert len(widget.toolTip()) > 40, f"{name} needs a tooltip that teaches"
    assert (
        "on disk" in child(win, QComboBox, "datasetCombo").currentText()
        or "download" in child(win, QComboBox, "datasetCombo").currentText()
    )
    assert any("built-in" in child(win, QComboBox, "datasetCombo").itemText(i) for i in range(10))


def test_training_on_builtin_shapes_updates_plots_progress_and_log(make_window, qtbot):
    win = make_window(dataset="shapes", arch="lenet", epochs=2, batch_size=64, train_subset=640, lr=3e-3)
    started, epochs = [], []
    win.state.runStarted.connect(started.append)
    win.state.epochEnded.connect(epochs.append)
    assert child(win, QPushButton, "startButton").isEnabled()
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as ended:
        click(qtbot, win, "startButton")
        assert not child(win, QPushButton, "startButton").isEnabled()
        assert child(win, QPushButton, "stopButton").isEnabled()
    final = ended.args[0]
    assert isinstance(final, RunFinished), final
    assert isinstance(started[0], RunStarted) and started[0].batches_per_epoch == 10
    assert [e.metrics.epoch for e in epochs] == [1, 2]
    x, y = win.train.plots.loss_points()
    assert len(x) == 20 and x[-1] == pytest.approx(2.0) and (y > 0).all()
    ax, ay = win.train.plots.accuracy_points("test")
    assert list(ax) == [1, 2] and 0 <= ay[-1] <= 100
    assert child(win, QProgressBar, "progressBar").value() == child(win, QProgressBar, "progressBar").maximum()
    assert "epochs trained: 2" in child(win, QLabel, "statusLabel").text()
    assert sum("epoch " in line for line in win.train.run_log.lines()) == 2
    assert win.train.progress.value("test_acc").endswith("%")
    assert child(win, QPushButton, "startButton").isEnabled()
    qtbot.waitUntil(lambda: win.state.model is not None and win.state.model.card.epoch == 2, timeout=10_000)
    model = win.state.model
    assert model.source.kind == "training" and model.weights and model.card.in_channels == 1
    assert len(model.card.class_names) == 10


def test_training_on_mnist_shows_predictions_and_saves_the_run(make_window, qtbot, data_root):
    win = make_window(**{**MNIST_SMALL, "epochs": 2})
    qtbot.waitUntil(lambda: win.train.samples.samples is not None, timeout=20_000)  # the preview before training
    assert win.train.samples.captions()[0] in [str(d) for d in range(10)]
    statuses = []
    win.session.batches.connect(lambda _: statuses.append(child(win, QLabel, "statusLabel").text()))
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as ended:
        click(qtbot, win, "startButton")
    assert isinstance(ended.args[0], RunFinished)
    assert any("batch" in s and "images/s" in s and "ETA" in s for s in statuses)
    assert len(win.train.plots.loss_points()[0]) == 2 * 47
    assert win.train.history[-1].test_acc > 0.8
    assert "After epoch 2" in win.train.samples.title and len(win.train.samples.captions()) == 32
    run_dir = ended.args[0].run_dir
    assert len(json.loads((run_dir / "metrics.json").read_text())) == 2

    other = make_window()  # File > Open run folder shows the saved curves and settings
    assert other.open_run(run_dir)
    assert list(other.train.plots.accuracy_points("test")[0]) == [1, 2]
    assert child(other, QSpinBox, "epochsSpin").value() == 2


def test_step_from_idle_pauses_after_exactly_one_epoch_then_stop_is_quick(make_window, qtbot, data_root):
    win = make_window(**{**MNIST_SMALL, "epochs": 3})
    paused = []
    win.session.paused.connect(paused.append)
    click(qtbot, win, "stepButton")
    qtbot.waitUntil(lambda: len(paused) == 1, timeout=60_000)
    assert len(win.train.history) == 1 and paused[0].batch == 0
    assert len(win.train.plots.batch_buf) == 47
    assert child(win, QPushButton, "pauseButton").text() == "Resume"
    click(qtbot, win, "stepButton")  # one more epoch, then pause again
    qtbot.waitUntil(lambda: len(paused) == 2, timeout=60_000)
    assert len(win.train.history) == 2 and len(win.train.plots.batch_buf) == 94
    with qtbot.waitSignal(win.state.runFinished, timeout=5_000) as ended:
        click(qtbot, win, "stopButton")
    assert len(win.train.plots.batch_buf) == 94  # paused at the epoch end: stops there
    assert isinstance(ended.args[0], RunFailed) and ended.args[0].kind == "stopped"
    assert win.train.message_bar.is_shown("run") and child(win, QPushButton, "startButton").isEnabled()


def test_pause_holds_progress_resume_continues_and_stop_ends_between_batches(make_window, qtbot, data_root):
    win = make_window(**{**MNIST_SMALL, "epochs": 3, "batch_size": 16})  # 169 batches an epoch
    with qtbot.waitSignal(win.session.batches, timeout=60_000):
        click(qtbot, win, "startButton")
    with qtbot.waitSignal(win.session.paused, timeout=5_000):
        qtbot.keyClick(win, Qt.Key_Space)  # the Pause shortcut
    assert child(win, QPushButton, "pauseButton").text() == "Resume"
    assert "Paused" in child(win, QLabel, "statusLabel").text()
    count = len(win.train.plots.batch_buf)
    qtbot.wait(500)
    assert len(win.train.plots.batch_buf) == count, "a paused run kept training"
    click(qtbot, win, "pauseButton")  # resume
    qtbot.waitUntil(lambda: len(win.train.plots.batch_buf) > count + 5, timeout=10_000)
    trained = []
    win.session.batches.connect(trained.extend)
    with qtbot.waitSignal(win.state.runFinished, timeout=5_000) as ended:
        click(qtbot, win, "stopButton")
    assert ended.args[0].kind == "stopped" and "Stopped" in child(win, QLabel, "statusLabel").text()
    # it stops between batches: no more than one read-back window of batches arrives after the click
    assert len(trained) <= DEFAULT_READBACK.batches + 1


def test_closing_during_a_run_hides_at_once_then_the_run_stops_and_keeps_finished_epochs(make_window, qtbot, data_root):
    win = make_window(**{**MNIST_SMALL, "epochs": 5})
    with qtbot.waitSignal(win.state.epochEnded, timeout=60_000) as first:
        click(qtbot, win, "startButton")
    run_dir = win.state.run_dir
    win.close()
    assert not win.isVisible() and win.state.stopping  # the window went without waiting; the run was told to stop
    assert win.wait_for_tasks(60)
    assert json.loads((run_dir / "status.json").read_text())["status"] == "stopped"
    rows = json.loads((run_dir / "metrics.json").read_text())
    assert len(rows) >= 1 and rows[0]["epoch"] == 1 and isinstance(first.args[0], EpochEnd)
    assert (run_dir / "last.pt").exists()


def test_an_invalid_value_disables_start_and_says_why(make_window, qtbot):
    win = make_window(dataset="shapes")
    start, lr = child(win, QPushButton, "startButton"), child(win, QDoubleSpinBox, "lrSpin")
    assert start.isEnabled()
    lr.setValue(0)  # the range comes from core.config: 0 is not offered
    assert lr.value() == lr.minimum() > 0 and start.isEnabled()
    win.config_panel.set_values({"dataset": "folder", "folder": None})
    assert not start.isEnabled() and not child(win, QPushButton, "stepButton").isEnabled()
    assert "Choose an image folder" in start.toolTip()
    error = win.config_panel.errors["folder"]
    assert error.isVisible() and "one sub-folder of images per class" in error.text()
    win.config_panel.set_values({"dataset": "shapes"})
    assert start.isEnabled() and not error.isVisible()
    win.config_panel.set_values({"optimizer": "adam", "nesterov": True})
    assert not start.isEnabled() and "Nesterov" in start.toolTip()


def test_an_engine_failure_is_explained_and_the_window_stays_usable(make_window, qtbot, data_root):
    win = make_window(**{**MNIST_SMALL, "optimizer": "sgd", "lr": 100.0, "momentum": 0.0})
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as ended:
        click(qtbot, win, "startButton")
    assert isinstance(ended.args[0], RunFailed) and ended.args[0].kind == "nan"
    assert win.train.message_bar.is_shown("run")
    assert "diverged" in win.train.message_bar.text("run") and "learning rate" in win.train.message_bar.text("run")
    assert child(win, QPushButton, "startButton").isEnabled() and win.config_panel.isEnabled()
    child(win, QDoubleSpinBox, "lrSpin").setValue(0.01)
    win.config_panel.set_values({"train_subset": 640})
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as again:
        click(qtbot, win, "startButton")
    assert isinstance(again.args[0], RunFinished) and not win.train.message_bar.is_shown("run")


def test_settings_survive_a_restart(make_window, qtbot, qsettings):
    win = make_window(
        dataset="shapes", arch="mlp", epochs=7, lr=0.02, optimizer="sgd", momentum=0.8, augment="shift", dropout=0.3
    )
    win.resize(780, 700)  # inside the offscreen screen (800x800), so restoreGeometry keeps it as it is
    win.train.main_split.setSizes([330, 450])
    saved = win.train.main_split.sizes()
    win.actions["log"].setChecked(True)
    win.close()
    again = make_window()
    values = again.config_panel.values()
    assert (values["dataset"], values["arch"], values["epochs"], values["optimizer"], values["augment"]) == (
        "shapes",
        "mlp",
        7,
        "sgd",
        "shift",
    )
    assert values["lr"] == pytest.approx(0.02) and values["momentum"] == pytest.approx(0.8)
    assert values["dropout"] == pytest.approx(0.3)
    assert again.train.plots.log_check.isChecked()
    assert again.size() == win.size() and again.train.main_split.sizes() == saved


def test_changing_the_network_recomputes_its_summary_in_the_background(make_window, qtbot):
    win = make_window(dataset="shapes", arch="lenet")
    qtbot.waitUntil(lambda: win.config_panel.summary.summary is not None, timeout=20_000)
    lenet = win.config_panel.summary.summary.total_params
    combo = child(win, QComboBox, "archCombo")
    combo.setCurrentIndex(combo.findData("mlp"))
    qtbot.waitUntil(lambda: win.config_panel.summary.summary.total_params != lenet, timeout=20_000)
    assert win.config_panel.summary.table.rowCount() >= 3
    combo.setCurrentIndex(combo.findData("inception"))  # it takes only the 'init' option
    options = win.config_panel.widgets
    assert options["init"].isEnabled() and not options["activation"].isEnabled() and not options["dropout"].isEnabled()


def test_skipped_files_of_an_image_folder_are_reported_in_the_window(make_window, qtbot, tmp_path):
    rng = np.random.default_rng(0)
    for name, bright in (("dark", 40), ("light", 220)):
        (tmp_path / "pics" / name).mkdir(parents=True)
        for i in range(12):
            pixels = np.clip(rng.normal(bright, 20, (16, 16, 3)), 0, 255).astype(np.uint8)
            Image.fromarray(pixels).save(tmp_path / "pics" / name / f"{i}.png")
    (tmp_path / "pics" / "dark" / "notes.txt").write_text("not a picture")
    (tmp_path / "pics" / "light" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    win = make_window(
        dataset="folder", folder=str(tmp_path / "pics"), image_size=16, arch="mlp", epochs=1, batch_size=8
    )
    with qtbot.waitSignal(win.state.runFinished, timeout=60_000) as ended:
        click(qtbot, win, "startButton")
    assert isinstance(ended.args[0], RunFinished), ended.args[0]
    bar = win.train.message_bar
    assert bar.is_shown("data") and "skipped 2 files" in bar.text("data")
    assert any("skipped 2 files" in line for line in win.train.run_log.lines())
