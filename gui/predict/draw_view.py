"""Draw & predict: a canvas on the left; what the network sees, its guess and its probabilities on the right.

Prediction runs on the GUI thread on every (throttled) drawing change: for LeNet-size models
preprocessing + inference take a few ms (measured in tests/gui/test_draw_canvas.py).
"""

from __future__ import annotations

import time

import numpy as np
import torch  # noqa: F401  (torch before Qt and pyqtgraph)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from core.predict import Prediction, Predictor
from core.preprocess import EmptyDrawing, mnist_style
from gui.predict.draw_canvas import DrawCanvas
from gui.widgets.image_utils import to_qimage
from gui.widgets.numbers import confidence
from gui.widgets.live_text import LiveText
from gui.widgets.probability_bars import ProbabilityBars
from gui.widgets.retranslating import Retranslating, Words, say

INPUT_ZOOM = 5  # 28 px shown as 140 px
DEFAULT_CLASSES = tuple(str(i) for i in range(10))


class DrawView(Retranslating, QWidget):
    """Draw a digit and watch the network read it."""

    inputChanged = Signal(object)  # the 28x28 the network sees (float 0..1), None for an empty canvas

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawView")
        self._predictor: Predictor | None = None
        self.last_prediction: Prediction | None = None
        self.last_latency_ms = 0.0  # preprocessing + inference of the last update

        self.canvas = DrawCanvas(self)
        self.undo_button = QPushButton(self, objectName="undoButton")
        self.clear_button = QPushButton(self, objectName="clearButton")
        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)

        self.source_label = QLabel(self, objectName="modelSourceLabel", wordWrap=True)
        self.source_text = LiveText(self.source_label.setText)
        self.input_view = QLabel(self, objectName="modelInputView")
        side = 28 * INPUT_ZOOM
        self.input_view.setFixedSize(side + 2, side + 2)
        self.input_view.setStyleSheet("background: black; border: 1px solid palette(mid);")
        self.input_caption = input_caption = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter)
        self.prediction_label = QLabel(self, objectName="predictionLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.prediction_label.setMinimumWidth(160)
        self.confidence_label = QLabel(self, objectName="confidenceLabel", alignment=Qt.AlignmentFlag.AlignCenter)
        self.prediction_text = LiveText(self.prediction_label.setText)
        self.confidence_text = LiveText(self.confidence_label.setText)
        f = QFont(self.font())
        f.setPointSizeF(f.pointSizeF() * 1.3)
        self.confidence_label.setFont(f)

        self.plot = ProbabilityBars(self)
        self.plot.setObjectName("probabilityPlot")
        self.plot.setMinimumHeight(180)
        self.bars_caption = QLabel(self, objectName="probabilityCaption", wordWrap=True)

        left = QVBoxLayout()
        left.addWidget(self.canvas, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        left.addLayout(buttons)

        top = QGridLayout()
        top.addWidget(self.input_view, 0, 0, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(input_caption, 1, 0)
        top.addWidget(self.prediction_label, 0, 1)
        top.addWidget(self.confidence_label, 1, 1)
        top.setColumnStretch(1, 1)
        right = QVBoxLayout()
        right.addWidget(self.source_label)
        right.addLayout(top)
        right.addWidget(self.plot, 1)
        right.addWidget(self.bars_caption)

        root = QHBoxLayout(self)
        root.addLayout(left, 3)
        root.addLayout(right, 2)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.canvas.drawingChanged.connect(self.update_prediction)
        self._set_classes(DEFAULT_CLASSES)
        self.set_predictor(None, "")
        self.retranslate()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Remove the last stroke (Ctrl+Z)"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Start again with an empty canvas (Delete)"))
        self.input_view.setAccessibleName(self.tr("Image the network receives"))
        self.input_caption.setText(self.tr("what the network sees"))
        self.input_caption.setToolTip(
            self.tr(
                "Your drawing cropped, scaled to 20 pixels and centred in 28 x 28 "
                "pixels, the way the MNIST digits were prepared."
            )
        )
        self.prediction_label.setAccessibleName(self.tr("Predicted class"))
        for text in (self.source_text, self.prediction_text, self.confidence_text):
            text.retranslate()
        self._write_bars_caption()

    # ----- public API -------------------------------------------------------------------
    def set_predictor(self, predictor: Predictor | None, source_text: Words) -> None:
        """Use this model for predictions (None: no model yet); source_text says where it came from."""
        self._predictor = predictor
        if predictor is None:
            self.source_text.show(
                lambda: (
                    say(source_text)
                    or self.tr(
                        "No trained model yet. Train one on the Train tab or open a saved model, "
                        "then draw here to see what it reads."
                    )
                )
            )
        else:
            self.source_text.show(source_text)
            self._set_classes(predictor.class_names)
        self.update_prediction()

    def update_prediction(self) -> None:
        """Re-read the canvas: show the 28x28 input, the guess and the probability bars."""
        self.undo_button.setEnabled(not self.canvas.is_empty())
        self.clear_button.setEnabled(not self.canvas.is_empty())
        self.last_prediction = None
        seen = None
        if not self.canvas.is_empty():
            t = time.perf_counter()
            try:
                image = self.canvas.image()
                if self._predictor is not None:
                    self.last_prediction, seen = self._predictor.predict_drawing(image)
                else:
                    seen = mnist_style(image)
            except EmptyDrawing:
                seen = None
            self.last_latency_ms = (time.perf_counter() - t) * 1000
        self._show_input(seen)
        self.inputChanged.emit(seen)
        p = self.last_prediction
        if p is not None:
            self._show_guess(p.class_name, lambda: self.tr("%1 % sure").replace("%1", confidence(p.confidence)))
            self._show_bars(np.asarray(p.probabilities), p.label)
        else:
            drawn = seen is not None
            self._show_message(lambda: self.tr("No model") if drawn else self.tr("Draw a digit"))
            self._show_bars(np.zeros(len(self._classes)), None)

    # ----- display helpers --------------------------------------------------------------
    def probabilities_shown(self) -> np.ndarray:
        """The bar lengths on screen, one per class."""
        return self.plot.shown()

    def _set_classes(self, names) -> None:
        names = tuple(names)
        self._classes = names
        self.plot.set_classes(names)
        self._write_bars_caption()

    def _write_bars_caption(self) -> None:
        digits = all(c.isdigit() for c in self._classes)
        self.bars_caption.setText(
            self.tr(
                "The bars show how sure the network is about each digit: the longer the bar, the more it "
                "believes that is what you drew. The orange bar is its answer. All bars add up to 1."
            )
            if digits
            else self.tr(
                "The bars show how sure the network is about each class: the longer the bar, the more it "
                "believes that is what you drew. The orange bar is its answer. All bars add up to 1."
            )
        )

    def _show_bars(self, probs: np.ndarray, top: int | None) -> None:
        self.plot.show_probabilities(probs, top)

    def _show_input(self, img28: np.ndarray | None) -> None:
        if img28 is None:
            img28 = np.zeros((28, 28), np.float32)
        side = 28 * INPUT_ZOOM
        self.input_view.setPixmap(
            QPixmap.fromImage(to_qimage(img28)).scaled(
                side, side, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation
            )
        )

    def _show_guess(self, name: str, confidence: Words) -> None:
        f = QFont(self.font())
        f.setPointSize(64 if len(name) <= 3 else 24)
        f.setBold(True)
        self.prediction_label.setFont(f)
        self.prediction_text.show(name)
        self.confidence_text.show(confidence)

    def _show_message(self, text: Words) -> None:
        f = QFont(self.font())
        f.setPointSize(18)
        self.prediction_label.setFont(f)
        self.prediction_text.show(text)
        self.confidence_text.clear()
