"""Predict a picture: open or drop an image file, or pick a random test image of the model's dataset.

Shows the picture, what the network receives, its answer and every class's probability. Files are decoded
on a background job; the test images are the app state's (loaded there for the current model)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from PIL import Image
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.card import ModelCard
from core.predict import Prediction, Predictor
from core.predict_files import predict_image
from core.preprocess import EmptyDrawing, load_image_file
from gui.jobs import Jobs
from gui.state import AppState, images_key
from gui.widgets.image_utils import to_pixmap
from gui.widgets.probability_bars import ProbabilityBars
from gui.widgets.live_text import LiveText
from gui.widgets.retranslating import Retranslating
from gui.messages import say
from core.messages import Message

PICTURE_SIDE, INPUT_SIDE = 220, 140


def read_picture(path: str | Path, channels: int) -> np.ndarray:
    """An image file as uint8: as stored for grey models (mnist_style takes any), RGB for colour models."""
    picture = load_image_file(path)  # raises ValueError with a plain message
    if channels == 1 or picture.ndim == 3 and picture.shape[2] == 3:
        return picture
    return np.array(Image.fromarray(picture).convert("RGB"), dtype=np.uint8)


def _picture_label(parent: QWidget, name: str, side: int) -> QLabel:
    lab = QLabel(
        parent,
        objectName=name,
        alignment=Qt.AlignmentFlag.AlignCenter,
        wordWrap=True,
        styleSheet="background: palette(base); border: 1px solid palette(mid); color: palette(dark);",
    )
    lab.setFixedSize(side, side)
    return lab


class ImagePredictPanel(Retranslating, QWidget):
    predicted = Signal()  # a new picture was read (file or random test image)

    def __init__(self, state: AppState, jobs: Jobs, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imagePredictPanel")
        self.setAcceptDrops(True)
        self.state, self.jobs, self._rng = state, jobs, np.random.default_rng()
        self.predictor: Predictor | None = None
        self.card: ModelCard | None = None
        self.last_prediction: Prediction | None = None
        self._picture: np.ndarray | None = None  # the file on show, or the test image on show:
        self._from_test: tuple | None = None  # (image, label, test-set key)

        self.open_button = QPushButton(self, objectName="openImageButton")
        self.open_button.clicked.connect(self.choose_file)
        self.random_button = QPushButton(self, objectName="randomTestImageButton")
        self.random_button.clicked.connect(self.show_random_test_image)
        self.picture_view = _picture_label(self, "pictureView", PICTURE_SIDE)
        self.input_view = _picture_label(self, "imageInputView", INPUT_SIDE)
        centred = dict(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.prediction_label = QLabel(self, objectName="imagePredictionLabel", **centred)
        self.confidence_label = QLabel(self, objectName="imageConfidenceLabel", **centred)
        self.truth_label = QLabel(self, objectName="trueLabel", **centred)
        self.confidence_label.setStyleSheet("font-size: 15pt;")
        self.status_label = QLabel(self, objectName="imageStatus", wordWrap=True)
        # texts made from what is on show: written again from it after a language switch
        self.words = {
            name: LiveText(label.setText)
            for name, label in (
                ("picture", self.picture_view),
                ("prediction", self.prediction_label),
                ("confidence", self.confidence_label),
                ("truth", self.truth_label),
                ("status", self.status_label),
            )
        }
        self.bars = ProbabilityBars(self)
        self.bars.setMinimumHeight(180)
        self.bars_caption = QLabel(self, objectName="imageBarsCaption", wordWrap=True, styleSheet="color: #505050;")

        buttons = QHBoxLayout()
        for w, stretch in ((self.open_button, 0), (self.random_button, 0), (self.status_label, 1)):
            buttons.addWidget(w, stretch)
        grid = QGridLayout()
        grid.addWidget(self.picture_view, 0, 0, Qt.AlignmentFlag.AlignCenter)
        self.picture_caption = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.picture_caption, 1, 0)
        grid.addWidget(self.input_view, 0, 1, Qt.AlignmentFlag.AlignCenter)
        self.seen_caption = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.seen_caption, 1, 1)
        answer = QVBoxLayout()
        for w in (self.prediction_label, self.confidence_label, self.truth_label):
            answer.addWidget(w)
        grid.addLayout(answer, 0, 2)
        grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        for item in (buttons, grid, self.bars, self.bars_caption):
            (layout.addLayout if isinstance(item, (QHBoxLayout, QGridLayout)) else layout.addWidget)(item)
        layout.setStretch(2, 1)
        self.set_model(None, None)
        self.retranslate()

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open image…"))
        self.open_button.setToolTip(self.tr("Choose a picture file (PNG, JPEG …) for the network to classify."))
        self.random_button.setText(self.tr("Random test image"))
        self.random_button.setToolTip(
            self.tr(
                "Pick a random image from the test images of the model's dataset: images it never saw while learning."
            )
        )
        self.input_view.setAccessibleName(self.tr("Image the network receives"))
        self.bars_caption.setText(
            self.tr(
                "How to read the bars: each bar is how sure the network is that the picture shows that class. "
                "The orange bar is its answer; all bars add up to 1. A long bar for a wrong class means the "
                "network was confidently wrong."
            )
        )
        self.picture_caption.setText(self.tr("the picture"))
        self.seen_caption.setText(self.tr("what the network sees"))
        self.seen_caption.setToolTip(
            self.tr(
                "The picture after preprocessing: scaled and cropped to the size the network was "
                "trained on (digits: cropped to the ink and centred, as MNIST)."
            )
        )
        for words in self.words.values():
            words.retranslate()

    def _say(self, render) -> None:
        self.words["status"].show(render)

    def _say_error(self, message: Message) -> None:
        self._say(lambda: say(message))

    # ----- model --------------------------------------------------------------------------
    def set_model(self, predictor: Predictor | None, card: ModelCard | None) -> None:
        """Use this model; the picture on show (if any) is read again."""
        self.predictor, self.card = predictor, card
        for b in (self.open_button, self.random_button):
            b.setEnabled(predictor is not None)
        self.bars.set_classes(predictor.class_names if predictor else [str(i) for i in range(10)])
        if predictor is None:
            self._say(lambda: self.tr("No model chosen: pick one above."))
        elif self._from_test is not None and self._from_test[2] == images_key(card):
            self._predict_test(*self._from_test)
            return
        elif self._picture is not None:
            self._predict_picture(self._picture, "")
            return
        self.words["status"].clear()  # "No model chosen" no more: a model is here, waiting for a picture
        self._from_test = self._picture = None
        self.picture_view.clear()
        self.words["picture"].show(lambda: self.tr("Open an image file or drop one here"))
        self.words["truth"].clear()
        self._show(None, None)

    # ----- files ------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open image"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)")
        )
        self.open_image(path) if path else None

    def open_image(self, path: str | Path) -> bool:
        """Decode an image file on a job, then predict it; False (and a message) when there is no model."""
        if self.predictor is None:
            self._say(lambda: self.tr("Choose a model first."))
            return False
        channels, name = self.card.in_channels, Path(path).name
        self._say(lambda: self.tr("Opening %1…").replace("%1", name))
        self.jobs.submit(
            "picture",
            lambda: read_picture(path, channels),
            lambda picture: self._opened(picture, name),
            self._say_error,
        )
        return True

    def _opened(self, picture: np.ndarray, name: str) -> None:
        if self.predictor is not None:
            self._from_test = None
            self._predict_picture(picture, name)

    def _predict_picture(self, picture: np.ndarray, name: str) -> bool:
        self._picture = picture
        try:
            prediction, seen = predict_image(self.predictor, self.card, picture)
        except EmptyDrawing:
            self._say(lambda: self.tr("The picture looks empty: no digit found in it."))
            self._show(None, None, picture)
            return False
        except (ValueError, RuntimeError) as exc:
            error = exc
            self._say(lambda: self.tr("This model cannot read the picture: %1").replace("%1", say(error)))
            return False
        if name:
            self._say(lambda: name)
        self.words["truth"].clear()
        self._show(prediction, seen, picture)
        return True

    def dragEnterEvent(self, e) -> None:
        if any(u.isLocalFile() for u in e.mimeData().urls()):
            e.acceptProposedAction()

    def dropEvent(self, e) -> None:
        files = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if files and self.open_image(files[0]) is not None:
            e.acceptProposedAction()

    # ----- random test images -------------------------------------------------------------
    def show_random_test_image(self) -> None:
        """A random test image of the model's dataset (the state loads the set for the current model)."""
        test = self.state.test_images
        if self.predictor is None:
            return
        if test is None or test.key != images_key(self.card):
            self._say(
                lambda: self.tr("The test images of this model's dataset are not loaded: %1").replace(
                    "%1", self.tr("they load when the model is chosen, if they are on this computer.")
                )
            )
            return
        i = int(self._rng.integers(len(test.x)))
        count = len(test.x)
        self._say(lambda: self.tr("Test image %1 of %2").replace("%1", str(i + 1)).replace("%2", str(count)))
        self._predict_test(test.x[i].numpy(), int(test.y[i]), test.key)

    def _predict_test(self, image: np.ndarray, label: int, key: tuple) -> None:
        """A stored test image is already in the network's format: normalise it, no cropping."""
        self._from_test, self._picture = (image, label, key), None
        names = self.card.class_names
        unit = image.astype(np.float32) / 255
        mean, std = (torch.tensor(v).view(-1, 1, 1) for v in (self.predictor.mean, self.predictor.std))
        prediction = self.predictor.predict_tensor(((torch.from_numpy(unit) - mean) / std).unsqueeze(0))
        true = names[label] if label < len(names) else str(label)
        right = true == prediction.class_name
        self.words["truth"].show(
            lambda: (
                self.tr("True label: %1 — %2")
                .replace("%1", true)
                .replace("%2", self.tr("right ✓") if right else self.tr("wrong ✗"))
            )
        )
        self.truth_label.setStyleSheet(f"color: {'#1a7f37' if right else '#b42318'}; font-weight: bold;")
        self._show(prediction, unit, unit)

    # ----- display ------------------------------------------------------------------------
    def _show(self, prediction: Prediction | None, seen: np.ndarray | None, picture: np.ndarray | None = None) -> None:
        self.last_prediction = prediction
        if picture is not None:
            self.picture_view.setPixmap(
                to_pixmap(picture).scaled(
                    PICTURE_SIDE - 4,
                    PICTURE_SIDE - 4,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation
                    if max(picture.shape[:2]) < 100
                    else Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.input_view.setPixmap(to_pixmap(seen, INPUT_SIDE - 4)) if seen is not None else self.input_view.clear()
        f, p = QFont(self.font()), prediction
        f.setPointSize(16 if p is None else 56 if len(p.class_name) <= 3 else 26)
        f.setBold(p is not None)
        self.prediction_label.setFont(f)
        shown = picture is not None
        self.words["prediction"].show(lambda: p.class_name if p else "" if shown else self.tr("No picture yet"))
        self.words["confidence"].show(
            lambda: self.tr("%1 % sure").replace("%1", f"{p.confidence * 100:.0f}") if p else ""
        )
        self.bars.show_probabilities(p.probabilities if p else np.zeros(len(self.bars.classes)), p and p.label)
        if p is not None:
            self.predicted.emit()
