"""Qt helpers the GUI test modules share: strokes drawn with real mouse events, a model made current."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt

from gui.predict.draw_canvas import DrawCanvas
from gui.state import ModelSource

TRAINING = ModelSource("training", Path("run"))

ONE = [[(0.5, 0.15), (0.5, 0.85)]]
ZERO = [[(0.5 + 0.25 * math.sin(t), 0.5 - 0.35 * math.cos(t)) for t in np.linspace(0, 2 * math.pi, 40)]]
SEVEN = [[(0.28, 0.2), (0.72, 0.2), (0.45, 0.85)]]


def drag(qtbot, canvas: DrawCanvas, points, steps: int = 6) -> None:
    """One stroke through normalised points, with intermediate mouse moves."""
    pos = [canvas.to_widget(x, y).toPoint() for x, y in points]
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=pos[0])
    for a, b in zip(pos, pos[1:]):
        for k in range(1, steps + 1):
            qtbot.mouseMove(canvas, a + (b - a) * (k / steps))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=pos[-1])


def draw_strokes(qtbot, canvas, strokes) -> None:
    for s in strokes:
        drag(qtbot, canvas, s)


def show_model(qtbot, state, card, weights, source=TRAINING, epoch_end=None) -> None:
    """Make (card, weights) the state's current model, as a run or a chosen file would, and wait for it."""
    with qtbot.waitSignal(state.modelChanged, timeout=20_000):
        state.set_model(card, weights, source, epoch_end)
