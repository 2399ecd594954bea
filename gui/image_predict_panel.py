"""Predict a picture: open or drop an image file, or pick a random test image of the model's dataset.

Shows the picture, what the network receives, its answer and every class's probability. Test sets load
on a Background job (never on the GUI thread) and are kept for the next pick."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

import numpy as np
import torch
import pyqtgraph as pg
from PIL import Image
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import data
from core.paths import data_dir
from core.predict import Prediction, Predictor
from core.predict_files import predict_image
from core.preprocess import EmptyDrawing, load_image_file
from gui.background import Background
from gui.image_utils import to_pixmap

TOP_BRUSH, OTHER_BRUSH = pg.mkBrush(230, 120, 20), pg.mkBrush(90, 140, 200)
PICTURE_SIDE, INPUT_SIDE = 220, 140


def load_test_split(dataset: str, folder: str | None, image_size: int, channels: int, cancel=None):
    """Background job: (test images uint8 [N,C,H,W], labels, class names) of a dataset."""
    kw = dict(folder=Path(folder), image_size=image_size, channels=channels) if dataset == "folder" else {}
    loaded = data.load(dataset, data_dir(), cancel=cancel, **kw)
    x, y = (loaded.test_x, loaded.test_y) if len(loaded.test_x) else (loaded.train_x, loaded.train_y)
    return x, y, tuple(loaded.spec.class_names)


def read_picture(path: str | Path, channels: int) -> np.ndarray:
    """An image file as uint8: as stored for grey models (mnist_style takes any), RGB for colour models."""
    picture = load_image_file(path)            # raises ValueError with a plain message
    if channels == 1 or picture.ndim == 3 and picture.shape[2] == 3:
        return picture
    return np.array(Image.fromarray(picture).convert("RGB"), dtype=np.uint8)


class ProbabilityBars(pg.PlotWidget):
    """One bar per class, the top class in orange. Long class names: horizontal bars, names down the left."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imageProbabilityPlot")
        self.setAccessibleName(self.tr("Probability of each class"))
        self.setBackground(self.palette().base().color())
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        for name in ("left", "bottom"):
            self.getPlotItem().getAxis(name).setPen(pg.mkPen(self.palette().text().color()))
            self.getPlotItem().getAxis(name).setTextPen(pg.mkPen(self.palette().text().color()))
        self.bars, self.classes, self.horizontal = None, (), False

    def set_classes(self, names: Sequence[str], value_name: str | None = None) -> None:
        """One bar per class name; value_name labels the value axis (default: probability)."""
        if self.bars is not None and tuple(names) == self.classes:
            return
        self.classes, n = tuple(names), len(names)
        self.horizontal = max((len(c) for c in names), default=0) > 3
        pi = self.getPlotItem()
        if self.bars is not None:
            pi.removeItem(self.bars)
        cls_axis, prob_axis = ("left", "bottom") if self.horizontal else ("bottom", "left")
        short = [c if len(c) <= 14 else c[:13] + "…" for c in names]
        pi.getAxis(cls_axis).setTicks([list(enumerate(short))])
        pi.getAxis(cls_axis).setStyle(textFillLimits=[(0, 1.0)])
        pi.getAxis(prob_axis).setTicks([[(v, f"{v:g}") for v in (0, 0.25, 0.5, 0.75, 1.0)]])
        pi.getAxis(cls_axis).showLabel(False)
        pi.setLabel(prob_axis, value_name or self.tr("probability"))
        pi.showGrid(x=self.horizontal, y=not self.horizontal, alpha=0.25)
        pi.invertY(self.horizontal)
        xr, yr = ((0.0, 1.0), (-0.6, n - 0.4))[::1 if self.horizontal else -1]    # value range, class range
        pi.setXRange(*xr, padding=0.05 if self.horizontal else 0)
        pi.setYRange(*yr, padding=0 if self.horizontal else 0.05)
        zeros, pos = np.zeros(n), np.arange(n)
        self.bars = (pg.BarGraphItem(x0=zeros, y=pos, width=zeros, height=0.7, brush=OTHER_BRUSH, pen=None)
                     if self.horizontal else pg.BarGraphItem(x=pos, height=zeros, width=0.7, brush=OTHER_BRUSH, pen=None))
        pi.addItem(self.bars)

    def show_probabilities(self, probs: Sequence[float], top: int | None) -> None:
        brushes = [TOP_BRUSH if i == top else OTHER_BRUSH for i in range(len(probs))]
        self.bars.setOpts(**{"width" if self.horizontal else "height": np.asarray(probs, float), "brushes": brushes})

    def shown(self) -> np.ndarray:
        return np.asarray(self.bars.opts["width" if self.horizontal else "height"], dtype=float)  # on screen


def _picture_label(parent: QWidget, name: str, side: int, text: str) -> QLabel:
    lab = QLabel(text, parent, objectName=name, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True,
                 styleSheet="background: palette(base); border: 1px solid palette(mid); color: palette(dark);")
    lab.setFixedSize(side, side)
    return lab


class ImagePredictPanel(QWidget):
    predicted = Signal()        # a new picture was read (file or random test image)

    def __init__(self, jobs: Background, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("imagePredictPanel")
        self.setAcceptDrops(True)
        self.jobs, self._rng = jobs, np.random.default_rng()
        self.predictor: Predictor | None = None
        self.meta: dict[str, Any] | None = None
        self.last_prediction: Prediction | None = None
        self._test_sets: dict[tuple, tuple] = {}      # dataset key -> (test x, test y, class names)
        self._picture: np.ndarray | None = None       # the file on show, or the test image on show:
        self._from_test: tuple | None = None          # (image, label, class names, dataset key)

        self.open_button = QPushButton(self.tr("Open image…"), self, objectName="openImageButton")
        self.open_button.clicked.connect(self.choose_file)
        self.random_button = QPushButton(self.tr("Random test image"), self, objectName="randomTestImageButton")
        self.random_button.setToolTip(self.tr("Pick a random image from the test images of the model's dataset: "
                                              "images it never saw while learning."))
        self.random_button.clicked.connect(self.show_random_test_image)
        self.picture_view = _picture_label(self, "pictureView", PICTURE_SIDE,
                                           self.tr("Open an image file or drop one here"))
        self.input_view = _picture_label(self, "imageInputView", INPUT_SIDE, "")
        self.input_view.setAccessibleName(self.tr("Image the network receives"))
        centred = dict(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.prediction_label = QLabel(self, objectName="imagePredictionLabel", **centred)
        self.confidence_label = QLabel(self, objectName="imageConfidenceLabel", **centred)
        self.truth_label = QLabel(self, objectName="trueLabel", **centred)
        self.confidence_label.setStyleSheet("font-size: 15pt;")
        self.status_label = QLabel(self, objectName="imageStatus", wordWrap=True)
        self.bars = ProbabilityBars(self)
        self.bars.setMinimumHeight(180)
        self.bars_caption = QLabel(self.tr(
            "How to read the bars: each bar is how sure the network is that the picture shows that class. "
            "The orange bar is its answer; all bars add up to 1. A long bar for a wrong class means the "
            "network was confidently wrong."), self, objectName="imageBarsCaption", wordWrap=True,
            styleSheet="color: #505050;")

        buttons = QHBoxLayout()
        for w, stretch in ((self.open_button, 0), (self.random_button, 0), (self.status_label, 1)):
            buttons.addWidget(w, stretch)
        grid = QGridLayout()
        grid.addWidget(self.picture_view, 0, 0, Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(QLabel(self.tr("the picture"), self, alignment=Qt.AlignmentFlag.AlignCenter), 1, 0)
        grid.addWidget(self.input_view, 0, 1, Qt.AlignmentFlag.AlignCenter)
        seen = QLabel(self.tr("what the network sees"), self, alignment=Qt.AlignmentFlag.AlignCenter)
        seen.setToolTip(self.tr("The picture after preprocessing: scaled and cropped to the size the network was "
                                "trained on (digits: cropped to the ink and centred, as MNIST)."))
        grid.addWidget(seen, 1, 1)
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

    # ----- model --------------------------------------------------------------------------
    def set_model(self, predictor: Predictor | None, meta: dict[str, Any] | None) -> None:
        """Use this model; the picture on show (if any) is read again."""
        self.predictor, self.meta = predictor, meta
        for b in (self.open_button, self.random_button):
            b.setEnabled(predictor is not None)
        self.bars.set_classes(predictor.class_names if predictor else [str(i) for i in range(10)])
        if predictor is None:
            self.status_label.setText(self.tr("No model chosen: pick one above."))
        elif self._from_test is not None and self._from_test[3] == self._dataset_key():
            self._predict_test(*self._from_test)
            return
        elif self._picture is not None:
            self._predict_picture(self._picture, "")
            return
        self._from_test = self._picture = None
        self.picture_view.clear()
        self.picture_view.setText(self.tr("Open an image file or drop one here"))
        self.truth_label.setText("")
        self._show(None, None)

    # ----- files ------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff)"))
        self.open_image(path) if path else None

    def open_image(self, path: str | Path) -> bool:
        """Read an image file and predict it. False (and a message) when it cannot be read."""
        if self.predictor is None:
            self.status_label.setText(self.tr("Choose a model first."))
            return False
        try:
            picture = read_picture(path, int(self.meta.get("in_channels", 1)))
        except ValueError as exc:
            self.status_label.setText(str(exc))
            return False
        self._from_test = None
        return self._predict_picture(picture, Path(path).name)

    def _predict_picture(self, picture: np.ndarray, name: str) -> bool:
        self._picture = picture
        try:
            prediction, seen = predict_image(self.predictor, self.meta, picture)
        except EmptyDrawing:
            self.status_label.setText(self.tr("The picture looks empty: no digit found in it."))
            self._show(None, None, picture)
            return False
        except (ValueError, RuntimeError) as exc:
            self.status_label.setText(self.tr("This model cannot read the picture: %1").replace("%1", str(exc)))
            return False
        self.status_label.setText(name or self.status_label.text())
        self.truth_label.setText("")
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
    def _dataset_key(self) -> tuple:
        m = self.meta
        folder = (m.get("config") or {}).get("folder") if m.get("dataset") == "folder" else None
        return m.get("dataset"), folder, int(m["image_size"]), int(m["in_channels"])

    def show_random_test_image(self) -> None:
        """Pick a random test image of the model's dataset (loading the set on a job the first time)."""
        if self.predictor is None:
            return
        key = self._dataset_key()
        if key in self._test_sets:
            self._pick(key)
            return
        if key[0] == "folder" and not key[1]:
            self.status_label.setText(self.tr("This model does not say which image folder it was trained on."))
            return
        self.status_label.setText(self.tr("Loading the test images of %1…").replace("%1", str(key[0])))
        self.random_button.setEnabled(False)
        self.jobs.submit("test-images", lambda: load_test_split(*key, cancel=self.jobs.cancelled),
                         lambda r: self._loaded(key, r), self._load_failed)

    def _loaded(self, key: tuple, result: tuple) -> None:
        self._test_sets[key] = result
        self.random_button.setEnabled(self.predictor is not None)
        self.status_label.setText("")
        if self.predictor is not None and self._dataset_key() == key:
            self._pick(key)

    def _load_failed(self, message: str) -> None:
        self.random_button.setEnabled(self.predictor is not None)
        self.status_label.setText(self.tr("Could not load the test images: %1").replace("%1", message))

    def _pick(self, key: tuple) -> None:
        x, y, names = self._test_sets[key]
        i = int(self._rng.integers(len(x)))
        self.status_label.setText(self.tr("Test image %1 of %2").replace("%1", str(i + 1)).replace("%2", str(len(x))))
        self._predict_test(x[i].numpy(), int(y[i]), names, key)

    def _predict_test(self, image: np.ndarray, label: int, names: Sequence[str], key: tuple) -> None:
        """A stored test image is already in the network's format: normalise it, no cropping."""
        self._from_test, self._picture = (image, label, tuple(names), key), None
        unit = image.astype(np.float32) / 255
        mean, std = (torch.tensor(v).view(-1, 1, 1) for v in (self.predictor.mean, self.predictor.std))
        prediction = self.predictor.predict_tensor(((torch.from_numpy(unit) - mean) / std).unsqueeze(0))
        true = names[label] if label < len(names) else str(label)
        right = true == prediction.class_name
        self.truth_label.setText(self.tr("True label: %1 — %2").replace("%1", true).replace(
            "%2", self.tr("right ✓") if right else self.tr("wrong ✗")))
        self.truth_label.setStyleSheet(f"color: {'#1a7f37' if right else '#b42318'}; font-weight: bold;")
        self._show(prediction, unit, unit)

    # ----- display ------------------------------------------------------------------------
    def _show(self, prediction: Prediction | None, seen: np.ndarray | None, picture: np.ndarray | None = None) -> None:
        self.last_prediction = prediction
        if picture is not None:
            self.picture_view.setPixmap(to_pixmap(picture).scaled(
                PICTURE_SIDE - 4, PICTURE_SIDE - 4, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation if max(picture.shape[:2]) < 100
                else Qt.TransformationMode.SmoothTransformation))
        self.input_view.setPixmap(to_pixmap(seen, INPUT_SIDE - 4)) if seen is not None else self.input_view.clear()
        f, p = QFont(self.font()), prediction
        f.setPointSize(16 if p is None else 56 if len(p.class_name) <= 3 else 26)
        f.setBold(p is not None)
        self.prediction_label.setFont(f)
        self.prediction_label.setText(p.class_name if p else self.tr("No picture yet") if picture is None else "")
        self.confidence_label.setText(self.tr("%1 % sure").replace("%1", f"{p.confidence * 100:.0f}") if p else "")
        self.bars.show_probabilities(p.probabilities if p else np.zeros(len(self.bars.classes)), p and p.label)
        if p is not None:
            self.predicted.emit()
