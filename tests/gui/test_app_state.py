"""The whole window around one app state: every tab follows the current model, a live run, the chosen folders."""

from __future__ import annotations


import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QScrollArea

from core import data
from core.card import ModelCard
from core.config import TrainConfig
from core.trainer import Trainer
from gui import state_model as state_module
from gui.state import ModelSource
from tests.helpers import MNIST_SMALL

ROOT = Path(__file__).resolve().parents[2]
FASHION = data.get_spec("fashion-mnist").class_names


def _draw_one(canvas):
    """A vertical stroke drawn with real mouse events: a '1'."""
    w, h = canvas.width(), canvas.height()
    QTest.mousePress(canvas, Qt.LeftButton, Qt.NoModifier, QPoint(w // 2, h // 5))
    for i in range(1, 21):
        pos = QPoint(w // 2, h // 5 + i * (3 * h // 5) // 20)
        QApplication.sendEvent(
            canvas,
            QMouseEvent(
                QEvent.MouseMove,
                QPointF(pos),
                QPointF(canvas.mapToGlobal(pos)),
                Qt.NoButton,
                Qt.LeftButton,
                Qt.NoModifier,
            ),
        )
    QTest.mouseRelease(canvas, Qt.LeftButton, Qt.NoModifier, QPoint(w // 2, 4 * h // 5))


def test_main_window_alone_is_the_whole_app_and_dropping_it_never_aborts(tmp_path, data_root):
    """Built in a script, the window has every tab; dropped while its jobs run, the process still ends cleanly."""
    script = (
        "import gc, torch\n"
        "from gui.app import create_app\n"
        "from gui.main_window import MainWindow\n"
        "app = create_app([])\n"
        "w = MainWindow(); w.show()\n"
        "for _ in range(30): app.processEvents()\n"
        "print('tabs', w.tabs.count(), type(w.predict).__name__, type(w.evaluate).__name__, type(w.inside).__name__)\n"
        "del w; gc.collect()\n"
        "for _ in range(30): app.processEvents()\n"
        "import time\n"
        "from gui.task_workers import LIVE_WORKERS\n"
        "end = time.time() + 30\n"
        "busy = lambda: [w.objectName() for w in LIVE_WORKERS if not w.isFinished()]\n"
        "while busy() and time.time() < end: time.sleep(0.05)\n"
        "print('still alive', 'threads left:', busy())\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tabs 7 PredictTab EvaluateView InsideView" in done.stdout
    assert "still alive threads left: []" in done.stdout, done.stdout  # its task workers ended too


def test_on_first_launch_every_tab_shows_the_bundled_digit_model(make_window, qtbot, data_root):
    window = make_window()
    qtbot.waitUntil(lambda: window.predict.predictor is not None, timeout=30_000)
    assert window.state.model.card.arch == "digitnet" and window.state.model.source.kind == "bundled"
    qtbot.waitUntil(lambda: window.state.test_images is not None, timeout=30_000)
    qtbot.wait(300)
    assert window.evaluate.cm is None  # no seconds of CPU spent on a tab nobody looks at
    window.tabs.setCurrentWidget(window.evaluate)
    qtbot.waitUntil(lambda: window.inside.model is not None and window.evaluate.cm is not None, timeout=60_000)
    cm = window.evaluate.cm
    assert cm.sum() == 10_000 and np.trace(cm) >= 9_930  # the bundled model reads >= 99.3 % of MNIST's test set
    window.tabs.setCurrentWidget(window.inside)
    with qtbot.waitSignal(window.inside.inputShown, timeout=20_000):
        _draw_one(window.predict.draw_view.canvas)
    assert window.predict.draw_view.last_prediction.class_name == "1"
    assert window.inside.image is not None and window.inside.image.shape == (28, 28)
    assert window.inside.image.sum() > 10  # the drawing, as the network sees it
    assert window.evaluate.robustness.source_caption.text() == "Your drawing"


def test_a_live_run_takes_over_every_tab_with_one_network_built_per_epoch(make_window, qtbot, monkeypatch):
    builds = []
    real_build = state_module.build_model
    monkeypatch.setattr(state_module, "build_model", lambda card, w: builds.append(card.epoch) or real_build(card, w))
    window = make_window(**{**MNIST_SMALL, "epochs": 2})
    qtbot.waitUntil(lambda: window.state.model is not None, timeout=30_000)
    builds.clear()
    with qtbot.waitSignal(window.state.runFinished, timeout=120_000) as ended:
        window.train.start()
    acc = ended.args[0].history[-1].test_acc
    qtbot.waitUntil(
        lambda: window.state.model.card.epoch == 2 and window.evaluate.cm is not None and window.inside.epoch == 2,
        timeout=20_000,
    )
    assert builds == [0, 1, 2]  # one network per epoch for every tab, none thrown away
    assert np.trace(window.evaluate.cm) == round(acc * 10_000)
    assert window.inside.card.arch == "lenet" and window.predict.predictor.model is window.state.model.model
    assert window.predict.source.combo.currentText() == "Current run (updates every epoch)"
    assert "after epoch 2" in window.predict.draw_view.source_label.text()


def test_without_the_test_images_evaluate_says_how_to_get_them(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CNN_PLAYGROUND_DATA", str(tmp_path / "empty-data"))  # a first launch: nothing downloaded
    win = make_window()
    qtbot.waitUntil(lambda: "not on this computer yet" in win.evaluate.summary.text(), timeout=30_000)
    assert "MNIST" in win.evaluate.summary.text()


def test_a_fashion_model_looks_at_fashion_images_in_what_if_and_inside(make_window, qtbot, data_root, tmp_path):
    window = make_window()
    state = window.state
    qtbot.waitUntil(lambda: state.input is not None and state.model is not None, timeout=30_000)
    card = ModelCard("lenet", 1, 28, FASHION, (0.286,), (0.353,), "fashion-mnist")
    fashion = data.load("fashion-mnist", data_root, download=False)
    window.tabs.setCurrentWidget(window.inside)
    with qtbot.waitSignal(state.modelChanged, timeout=20_000):
        state.set_model(card, card.build().state_dict(), ModelSource("file", tmp_path / "fashion.pt"))
    qtbot.waitUntil(
        lambda: state.test_images is not None and state.test_images.key[0] == "fashion-mnist", timeout=30_000
    )
    first = fashion.test_x[0, 0].numpy() / 255
    qtbot.waitUntil(lambda: window.inside.image is not None and np.allclose(window.inside.image, first), timeout=20_000)
    panel = window.evaluate.robustness
    assert np.allclose(panel.image, first) and panel.true_class == int(fashion.test_y[0])
    assert FASHION[panel.true_class] == "Ankle boot" and panel.source_caption.text() == "Test image #0"


def test_the_chosen_folders_are_where_digits_go_and_runs_are_found(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.delenv("CNN_PLAYGROUND_DATA", raising=False)
    monkeypatch.delenv("CNN_PLAYGROUND_RUNS", raising=False)
    chosen, runs = tmp_path / "my data", tmp_path / "my runs"
    window = make_window()
    window.config_panel.set_folder("data_dir", str(chosen))
    window.config_panel.set_folder("runs_dir", str(runs))
    assert window.state.data_root == chosen and window.state.runs_root == runs
    cfg = TrainConfig(arch="mlp", dataset="shapes", epochs=1, train_subset=200, threads=1)
    final = Trainer(cfg, data_root=chosen, runs_root=window.state.runs_root).run()
    assert final.run_dir.parent == runs
    with qtbot.waitSignal(window.state.runsListed, timeout=30_000):  # the app state lists runs on a task
        window.state.refresh_runs()
    combo = window.predict.source.combo
    assert any(combo.itemData(i) == ModelSource("run", final.run_dir) for i in range(combo.count()))
    canvas, panel = window.predict.draw_view.canvas, window.predict.collect_panel
    window.tabs.setCurrentWidget(window.predict)
    panel.collect_button.setChecked(True)
    _draw_one(canvas)
    assert panel.save_digit(1) is not None
    assert len(list((chosen / "my-digits" / "1").glob("*.png"))) == 1


def test_the_mouse_wheel_over_the_settings_scrolls_them_and_changes_nothing(make_window, qtbot):
    window = make_window()
    window.resize(1000, 560)
    scroll = window.findChild(QScrollArea, "configScroll")
    activation, lr = window.findChild(QComboBox, "activationCombo"), window.findChild(QDoubleSpinBox, "lrSpin")
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0, timeout=5_000)
    before = (activation.currentIndex(), lr.value(), window.config_panel.preset.currentText())
    for widget in (activation, lr):
        scroll.verticalScrollBar().setValue(0)
        centre = QPointF(widget.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.NoButton,
            Qt.NoModifier,
            Qt.ScrollUpdate,
            False,
        )
        QApplication.sendEvent(widget, wheel)
        assert scroll.verticalScrollBar().value() > 0  # the panel scrolled instead
    assert (activation.currentIndex(), lr.value(), window.config_panel.preset.currentText()) == before
    lr.setFocus()  # a control the user clicked into still takes it
    qtbot.waitUntil(lr.hasFocus, timeout=2_000)
    centre = QPointF(lr.rect().center())
    QApplication.sendEvent(
        lr,
        QWheelEvent(
            centre,
            QPointF(lr.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, 120),
            Qt.NoButton,
            Qt.NoModifier,
            Qt.ScrollUpdate,
            False,
        ),
    )
    assert lr.value() != before[1]
