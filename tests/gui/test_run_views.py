"""The assembled window: Draw & predict, Evaluate and Inside follow the bundled model, then a live run."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.run_views import RunViews
from tests.helpers import MNIST_SMALL


@pytest.fixture
def window(make_window, data_root):
    win = make_window()
    win.views = RunViews(win)
    return win


def _draw_one(qtbot, canvas):
    """A vertical stroke drawn with real mouse events: a '1'."""
    w, h = canvas.width(), canvas.height()
    QTest.mousePress(canvas, Qt.LeftButton, Qt.NoModifier, QPoint(w // 2, h // 5))
    for i in range(1, 21):
        pos = QPoint(w // 2, h // 5 + i * (3 * h // 5) // 20)
        QApplication.sendEvent(canvas, QMouseEvent(QEvent.MouseMove, QPointF(pos), QPointF(canvas.mapToGlobal(pos)),
                                                   Qt.NoButton, Qt.LeftButton, Qt.NoModifier))
    QTest.mouseRelease(canvas, Qt.LeftButton, Qt.NoModifier, QPoint(w // 2, 4 * h // 5))


def test_on_first_launch_every_tab_shows_the_bundled_digit_model(window, qtbot):
    views = window.views
    qtbot.waitUntil(lambda: views.predict.predictor is not None, timeout=30_000)
    assert views.predict.meta["arch"] == "digitnet"
    qtbot.waitUntil(lambda: views.inside.model is not None and views.evaluate.cm is not None, timeout=60_000)
    cm = views.evaluate.cm
    assert cm.sum() == 10_000 and np.trace(cm) >= 9_930  # the bundled model reads >= 99.3 % of MNIST's test set
    window.tabs.setCurrentWidget(views.inside)
    _draw_one(qtbot, views.predict.draw_view.canvas)
    qtbot.waitUntil(lambda: views.predict.draw_view.last_prediction is not None, timeout=5_000)
    assert views.predict.draw_view.last_prediction.class_name == "1"
    assert views.inside.image is not None and views.inside.image.shape == (28, 28)
    assert views.inside.image.sum() > 10  # the drawing, as the network sees it


def test_a_live_run_takes_over_evaluate_inside_and_the_current_run_model(window, qtbot):
    views = window.views
    window.config_panel.set_values(MNIST_SMALL)
    with qtbot.waitSignal(window.runEnded, timeout=120_000) as ended:
        window.start()
    final = ended.args[0]
    acc = final.history[-1].test_acc
    qtbot.waitUntil(lambda: views.evaluate.cm is not None and views.inside.model is not None, timeout=20_000)
    assert np.trace(views.evaluate.cm) == round(acc * 10_000)
    assert views.inside.meta["arch"] == "lenet" and views.inside.epoch == 1
    views.predict.select_source("current")
    qtbot.waitUntil(lambda: views.predict.meta is not None and views.predict.meta.get("arch") == "lenet",
                    timeout=20_000)
    assert views.predict.predictor is not None


def test_without_the_test_images_evaluate_says_how_to_get_them(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CNN_PLAYGROUND_DATA", str(tmp_path / "empty-data"))  # a first launch: nothing downloaded
    win = make_window()
    win.views = RunViews(win)
    qtbot.waitUntil(lambda: "not on this computer yet" in win.views.evaluate.summary.text(), timeout=30_000)
    assert "MNIST" in win.views.evaluate.summary.text()
