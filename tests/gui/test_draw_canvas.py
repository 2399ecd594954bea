"""DrawCanvas and DrawView, driven like a user would: mouse strokes, buttons, shortcuts, resizing."""

from __future__ import annotations

import time

import numpy as np
import pytest
import torch  # noqa: F401  (torch before Qt)
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication

from core.predict import Predictor
from gui.predict.draw_canvas import DrawCanvas
from gui.predict.draw_view import DrawView
from tests.gui.helpers import ONE, SEVEN, ZERO, drag, draw_strokes
from tests.helpers import DIGITS, MNIST_MEAN, MNIST_STD


@pytest.fixture
def view(qtbot):
    v = DrawView()
    qtbot.addWidget(v)
    v.resize(900, 520)
    v.show()
    qtbot.waitExposed(v)
    return v


def ink_centre(a: np.ndarray) -> tuple[float, float]:
    ys, xs = np.nonzero(a > 200)  # white ink only, not the grey focus frame
    return ys.mean() / a.shape[0], xs.mean() / a.shape[1]


# ----- canvas --------------------------------------------------------------------------------
def test_mouse_stroke_is_recorded_and_signalled(qtbot):
    c = DrawCanvas()
    qtbot.addWidget(c)
    c.resize(300, 300)
    c.show()
    qtbot.waitExposed(c)
    assert c.is_empty() and c.objectName() == "drawCanvas" and c.accessibleName()
    with qtbot.waitSignal(c.drawingChanged, timeout=1000):
        drag(qtbot, c, ONE[0])
    assert not c.is_empty() and len(c.strokes()) == 1
    xs = [p[0] for p in c.strokes()[0]]
    ys = [p[1] for p in c.strokes()[0]]
    assert max(abs(x - 0.5) for x in xs) < 0.01 and min(ys) < 0.17 and max(ys) > 0.83
    img = c.image()
    assert img.shape == (280, 280) and img.dtype == np.uint8
    cols = np.nonzero(img.max(0) > 127)[0]
    assert 280 / 12 - 3 <= cols.size <= 280 / 12 + 3  # pen width ~ 1/12 of the side
    assert ink_centre(img) == pytest.approx((0.5, 0.5), abs=0.02)


def test_live_updates_are_throttled_while_drawing(qtbot):
    c = DrawCanvas()
    qtbot.addWidget(c)
    c.resize(300, 300)
    c.show()
    qtbot.waitExposed(c)
    seen = []
    c.drawingChanged.connect(lambda: seen.append(time.perf_counter()))
    qtbot.mousePress(c, Qt.MouseButton.LeftButton, pos=c.to_widget(0.2, 0.5).toPoint())
    for k in range(60):
        qtbot.mouseMove(c, c.to_widget(0.2 + 0.01 * k, 0.5).toPoint())
    assert len(seen) == 0  # coalesced, not one per move
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=1000)  # but the live update does come
    qtbot.mouseRelease(c, Qt.MouseButton.LeftButton, pos=c.to_widget(0.8, 0.5).toPoint())
    assert len(seen) == 2  # stroke end: at once


def test_undo_clear_shortcuts_and_saved_strokes(qtbot):
    c = DrawCanvas()
    qtbot.addWidget(c)
    c.resize(300, 300)
    c.show()
    qtbot.waitExposed(c)
    draw_strokes(qtbot, c, SEVEN + ONE)
    assert len(c.strokes()) == 2
    saved = c.strokes()
    c.activateWindow()
    qtbot.waitUntil(c.isActiveWindow, timeout=2000)
    c.setFocus()
    assert c.hasFocus()  # shortcuts work only with focus
    qtbot.keyClick(c, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(c.strokes()) == 1 and c.strokes()[0] == saved[0]
    qtbot.keyClick(c, Qt.Key.Key_Delete)
    assert c.is_empty() and c.image().max() == 0
    c.set_strokes([[(x, y) for x, y, _ in s] for s in saved])
    assert c.strokes() == saved
    c.undo(), c.undo(), c.undo()  # undo on empty is harmless
    assert c.is_empty()


def test_resize_keeps_the_drawing(qtbot):
    c = DrawCanvas()
    qtbot.addWidget(c)
    c.resize(300, 300)
    c.show()
    qtbot.waitExposed(c)
    drag(qtbot, c, [(0.3, 0.3), (0.4, 0.7)])
    before = c.image()

    def paper_pixels():
        g = c.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
        a = np.frombuffer(g.constBits(), np.uint8).reshape(g.height(), g.bytesPerLine())[:, : g.width()]
        r = c.paper_rect().toRect()
        return a[r.top() : r.bottom() + 1, r.left() : r.right() + 1]

    centre_small = ink_centre(paper_pixels())
    c.resize(640, 480)
    qtbot.wait(10)
    assert c.paper_rect().width() == 480
    np.testing.assert_array_equal(c.image(), before)
    assert ink_centre(paper_pixels()) == pytest.approx(centre_small, abs=0.02)
    assert ink_centre(before) == pytest.approx(centre_small, abs=0.02)


def test_tablet_pressure_makes_thinner_strokes(qtbot):
    c = DrawCanvas()
    qtbot.addWidget(c)
    c.resize(300, 300)
    c.show()
    qtbot.waitExposed(c)
    pen = QPointingDevice(
        "test pen",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )

    def tablet(kind, x, y, pressure):
        p = c.to_widget(x, y)
        ev = QTabletEvent(
            kind,
            pen,
            p,
            c.mapToGlobal(p),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(c, ev)

    tablet(QTabletEvent.Type.TabletPress, 0.5, 0.2, 0.2)
    tablet(QTabletEvent.Type.TabletMove, 0.5, 0.5, 0.2)
    tablet(QTabletEvent.Type.TabletRelease, 0.5, 0.8, 0.2)
    assert len(c.strokes()) == 1 and c.strokes()[0][0][2] == pytest.approx(0.2)
    width = np.count_nonzero(c.image()[140] > 127)
    assert 0.5 * 280 / 12 <= width <= 0.7 * 280 / 12 + 2


# ----- DrawView ------------------------------------------------------------------------------
def test_empty_and_no_model_states(view, qtbot):
    assert view.prediction_label.text() == "Draw a digit"
    assert "No trained model" in view.source_label.text()
    assert not view.undo_button.isEnabled() and not view.clear_button.isEnabled()
    draw_strokes(qtbot, view.canvas, ONE)
    assert view.prediction_label.text() == "No model"
    assert view.input_view.pixmap().width() == 140  # preprocessed input still shown


def test_view_reads_drawn_digits(view, qtbot, tiny_model, tmp_path):
    view.set_predictor(Predictor(tiny_model, DIGITS, (MNIST_MEAN,), (MNIST_STD,)), "Tiny LeNet, MNIST")
    assert view.source_label.text() == "Tiny LeNet, MNIST"
    for strokes, digit in [(ONE, "1"), (ZERO, "0"), (SEVEN, "7")]:
        qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
        assert view.prediction_label.text() == "Draw a digit"
        assert view.canvas.is_empty() and view.probabilities_shown().sum() == 0
        draw_strokes(qtbot, view.canvas, strokes)
        assert view.prediction_label.text() == digit, view.last_prediction
        p = view.last_prediction
        assert view.confidence_label.text() == f"{p.confidence * 100:.1f} % sure"  # as Inside writes it
        heights = view.probabilities_shown()
        assert heights.sum() == pytest.approx(1.0, abs=1e-4) and heights.argmax() == int(digit)
        brushes = view.plot.bars.opts["brushes"]
        assert brushes[int(digit)] != brushes[(int(digit) + 1) % 10]  # top class highlighted
        view.grab().save(str(tmp_path / f"draw_view_{digit}.png"))
    qtbot.wait(20)
    view.grab().save("/tmp/draw_view.png")
    ticks = view.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert [t for _, t in ticks] == list(DIGITS)
    # undo through the button removes the last stroke (the 7's only stroke) and the guess
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert view.canvas.is_empty() and view.prediction_label.text() == "Draw a digit"


def test_long_class_names_get_horizontal_bars(view, qtbot, tiny_model, tmp_path):
    view.grab().save(str(tmp_path / "draw_view_empty.png"))
    draw_strokes(qtbot, view.canvas, ZERO)
    view.grab().save(str(tmp_path / "draw_view_no_model.png"))
    names = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
    view.set_predictor(Predictor(tiny_model, names, (MNIST_MEAN,), (MNIST_STD,)), "Tiny LeNet with clothing names")
    qtbot.wait(50)  # axes resize to their new labels on the next layout pass
    view.grab().save(str(tmp_path / "draw_view_long_names.png"))
    assert view.prediction_label.text() == "T-shirt/top"  # class 0, the digit 0
    assert view.probabilities_shown().argmax() == 0 and "each class" in view.bars_caption.text()
    ticks = view.plot.getPlotItem().getAxis("left")._tickLevels[0]
    assert [t for _, t in ticks] == list(names)
