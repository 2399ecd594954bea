"""Evaluate: how the network does on the test set, after every epoch and for any finished run.

Confusion matrix (click a cell for its images), per-class accuracy, the most confident mistakes, random
test images, and what-if sliders on one image. Follows the app state's current model (a copy of the weights
after every epoch while it trains, never the training model) on the test images of its dataset.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from core import analysis
from core.evaluate import Normalizer, evaluate
from gui.state import AppState, CurrentModel, InputImage, TestImages, images_key
from gui.evaluate.confusion_widget import ConfusionWidget
from gui.widgets.image_gallery import GalleryItem, ImageGallery
from gui.widgets.image_utils import caption, captioned_page, side_by_side
from gui.evaluate.robustness_panel import RobustnessPanel
from gui.core_texts import core_tr

CELL_LIMIT = 300  # images shown for one confusion cell
MISTAKES = 60
RANDOM_COUNT = 40


def predict_test_set(model: torch.nn.Module, test_x: torch.Tensor, test_y: torch.Tensor, mean, std):
    """Jobs job: predictions for the whole test set -> (pred, conf, accuracy, loss)."""
    with torch.inference_mode():
        scores = evaluate(model, test_x, test_y, Normalizer.of(tuple(mean), tuple(std)), batch_size=500)
    return scores.pred.numpy(), scores.conf.numpy(), scores.accuracy, scores.loss


class EvaluateView(QWidget):
    resultsShown = Signal()  # the matrix, charts and galleries show new predictions

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.jobs = state, state.jobs("evaluate")
        self.class_names: list[str] = []
        self.test_x: torch.Tensor | None = None
        self.test_y: np.ndarray | None = None
        self.test_pred: np.ndarray | None = None
        self.test_conf: np.ndarray | None = None
        self.cm: np.ndarray | None = None
        self.current: CurrentModel | None = None
        self._shown: tuple | None = None  # (model, test set) whose predictions are on show
        self._rng = np.random.default_rng(0)
        self._drawing: np.ndarray | None = None

        self.summary = QLabel(self.tr("Train a network or open a run to see how it does on the test images."), self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # a long line here would squeeze the settings panel beside the tabs
        self.export_matrix_btn = QPushButton(self.tr("Save matrix…"), self)
        self.export_gallery_btn = QPushButton(self.tr("Save gallery…"), self)
        self.export_csv_btn = QPushButton(self.tr("Save table…"), self)
        self.export_matrix_btn.setToolTip(self.tr("Save the confusion matrix as a PNG picture."))
        self.export_gallery_btn.setToolTip(self.tr("Save the gallery on the right as a PNG picture."))
        self.export_csv_btn.setToolTip(self.tr("Save the per-class accuracy table as CSV, for a spreadsheet."))
        png, csv_ = self.tr("PNG image (*.png)"), self.tr("CSV table (*.csv)")
        self.export_matrix_btn.clicked.connect(lambda: self._ask_path(png, ".png", self.save_confusion_png))
        self.export_gallery_btn.clicked.connect(lambda: self._ask_path(png, ".png", self.save_gallery_png))
        self.export_csv_btn.clicked.connect(lambda: self._ask_path(csv_, ".csv", self.save_class_csv))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for b in (self.export_matrix_btn, self.export_gallery_btn, self.export_csv_btn):
            b.setEnabled(False)
            top.addWidget(b)

        self.confusion = ConfusionWidget(self)
        self.confusion.cellClicked.connect(self.show_cell)
        self.class_plot = pg.PlotWidget(background="w")
        self.class_plot.setMouseEnabled(False, False)
        self.class_plot.hideButtons()
        self.class_plot.getPlotItem().setMenuEnabled(False)
        self.class_plot.setLabel("left", self.tr("accuracy %"))
        self.class_plot.setMinimumHeight(150)
        self.class_bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush="#4a78b5")
        self.class_plot.addItem(self.class_bars)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(
            caption(
                self.tr(
                    "Confusion matrix: each row is the true class, each column the network's answer. Green "
                    "cells on the "
                    "diagonal are right answers, red cells are mistakes (darker = a larger share of that row). "
                    "Each cell shows the number of test images and their percentage of the row. Click a cell "
                    "to see its images."
                )
            )
        )
        lv.addWidget(self.confusion, 3)
        lv.addWidget(
            caption(self.tr("Per-class accuracy: the share of each class's test images recognised correctly."))
        )
        lv.addWidget(self.class_plot, 1)

        self.cell_gallery = ImageGallery(self)
        self.cell_gallery.clear(self.tr("Click a cell of the confusion matrix to see its test images here."))
        self.mistakes_gallery = ImageGallery(self)
        self.random_gallery = ImageGallery(self)
        self.random_btn = QPushButton(self.tr("Show random test images"), self)
        self.random_btn.setToolTip(self.tr("Show other test images, picked at random, with the network's answers."))
        self.random_btn.setEnabled(False)
        self.random_btn.clicked.connect(self.show_random)
        self.robustness = RobustnessPanel(self)
        self.use_drawing_btn = QPushButton(self.tr("Use my drawing"), self)
        self.use_drawing_btn.setToolTip(
            self.tr("Try the sliders on the digit you drew in Draw & predict instead of a test image.")
        )
        self.use_drawing_btn.setEnabled(False)
        self.use_drawing_btn.clicked.connect(self._use_drawing)
        for g in (self.cell_gallery, self.mistakes_gallery, self.random_gallery):
            g.imageActivated.connect(self.choose_test_image)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(
            captioned_page(
                self.cell_gallery,
                self.tr(
                    "The test images of the chosen cell, the ones the network was surest about first. "
                    "Each shows the network's answer and its confidence; red ones are mistakes."
                ),
            ),
            self.tr("Selected cell"),
        )
        self.tabs.addTab(
            captioned_page(
                self.mistakes_gallery,
                self.tr(
                    "Wrong answers given with the highest confidence: 'true → predicted'. Often the label "
                    "itself is doubtful, "
                    "or the digit really looks like the other class."
                ),
            ),
            self.tr("Confident mistakes"),
        )
        self.tabs.addTab(
            captioned_page(
                self.random_gallery,
                self.tr("A random handful of test images with the network's answer: green = right, red = wrong."),
                self.random_btn,
            ),
            self.tr("Random test images"),
        )
        self.tabs.addTab(
            captioned_page(
                self.robustness,
                self.tr(
                    "Change one image and watch the answer: how far can a digit turn, move, thicken or get "
                    "noisy before the "
                    "network changes its mind? Click an image in any gallery to use it here."
                ),
                self.use_drawing_btn,
            ),
            self.tr("What if…?"),
        )
        for i, tip in enumerate(
            (
                self.tr("The test images of the confusion-matrix cell you clicked."),
                self.tr("The test images the network got wrong while being most sure of itself."),
                self.tr("A random handful of test images with the network's answers."),
                self.tr("Rotate, shift, thicken or add noise to an image and watch the answer change."),
            )
        ):
            self.tabs.setTabToolTip(i, tip)

        split = side_by_side(self, left, self.tabs, (5, 4))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        state.modelChanged.connect(self._on_model)
        state.testImagesChanged.connect(self._on_test_images)
        state.testImagesMissing.connect(self.summary.setText)
        state.inputChanged.connect(self._on_input)
        state.drawingChanged.connect(self.set_drawing)

    # -- following the app state ------------------------------------------------------------------------------
    def _on_model(self, model: CurrentModel | None) -> None:
        self.current = model
        if model is None:
            return
        card = model.card
        if not self.state.input_suits(card):
            self.robustness.clear_image()  # a picture of another kind: the state picks one of this kind
        self.robustness.set_model(model.model, card.class_names, card.mean, card.std, card.image_size)
        self._refresh()

    def _on_test_images(self, test_set: TestImages | None) -> None:
        if test_set is None:
            self.test_x = self.test_y = None
            return
        self.test_x = test_set.x
        self.test_y = np.asarray(test_set.y).astype(np.int64)
        self._refresh()

    def _refresh(self) -> None:
        """Show the current model on its test set: the trainer's own predictions after an epoch, otherwise
        predicted on a background job."""
        model, test = self.current, self.state.test_images
        if model is None or test is None or test.key != images_key(model.card) or self._shown == (model, test):
            return
        end = model.epoch_end
        if end is None and not self.isVisible():
            return  # predicting 10,000 images takes seconds of CPU: only once someone looks
        self._shown = (model, test)
        self._reset(model.card.class_names)
        if end is not None and len(end.test_pred) == len(test.y):
            head = self.tr("Epoch {e}").format(e=end.metrics.epoch)
            self._show(
                np.asarray(end.test_pred), np.asarray(end.test_conf), end.metrics.test_acc, end.metrics.test_loss, head
            )
            return
        self.summary.setText(self.tr("Predicting {n:,} test images…").format(n=len(test.x)))
        card, net = model.card, model.model
        self.jobs.submit(
            "evaluate",
            lambda: predict_test_set(net, test.x, test.y, card.mean, card.std),
            self._predictions_ready,
            self._predictions_failed,
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh()

    def _reset(self, class_names) -> None:
        """A new model or test set: its classes; old results cleared."""
        self.class_names = [core_tr(str(c)) for c in class_names]
        self.test_pred = self.test_conf = self.cm = None
        self.confusion.clear()
        self.class_bars.setOpts(x=[], height=[])
        self.cell_gallery.clear(self.tr("Click a cell of the confusion matrix to see its test images here."))
        self.mistakes_gallery.clear()
        self.random_gallery.clear()
        for b in (self.export_matrix_btn, self.export_gallery_btn, self.export_csv_btn, self.random_btn):
            b.setEnabled(False)

    def _on_input(self, image: InputImage | None) -> None:
        if image is None:
            self.robustness.clear_image()
        else:
            self.robustness.set_image(image.image, image.label, image.title)

    def set_drawing(self, image28: np.ndarray | None) -> None:
        """The current drawing (float 28x28, 0..1), for the what-if sliders."""
        self._drawing = None if image28 is None else np.asarray(image28, dtype=np.float32)
        self.use_drawing_btn.setEnabled(self._drawing is not None)

    # -- results ------------------------------------------------------------------------------------------
    def _predictions_ready(self, result) -> None:
        self._show(*result, self._title())

    def _title(self) -> str:
        kind = self.current.source.kind if self.current else ""
        return {
            "bundled": self.tr("Bundled digit model"),
            "run": self.tr("Finished run"),
            "file": self.tr("Weights file"),
            "training": self.tr("Current run"),
        }.get(kind, "")

    def _predictions_failed(self, message: str) -> None:
        self.summary.setText(self.tr("Could not predict the test images: {m}").format(m=message))

    def _show(self, pred: np.ndarray, conf: np.ndarray, accuracy: float, loss: float, head: str) -> None:
        if self.test_y is None or len(pred) != len(self.test_y):
            self.summary.setText(self.tr("The predictions do not match the test set: open the run again."))
            return
        self.test_pred, self.test_conf = pred.astype(np.int64), conf.astype(np.float32)
        k = len(self.class_names)
        self.cm = analysis.confusion_matrix(self.test_y, self.test_pred, k)
        self.confusion.set_matrix(self.cm, self.class_names)
        acc = analysis.per_class_accuracy(self.cm)
        self.class_bars.setOpts(
            x=np.arange(k),
            height=np.nan_to_num(acc) * 100,
            width=0.7,
            brushes=[pg.mkBrush("#c62828" if a < np.nanmean(acc) - 0.05 else "#4a78b5") for a in acc],
        )
        ticks = [(i, n if len(n) <= 8 else n[:7] + "…") for i, n in enumerate(self.class_names)]
        self.class_plot.getAxis("bottom").setTicks([ticks])
        low = max(0.0, float(np.nanmin(acc)) * 100 - 5) if k else 0
        self.class_plot.setYRange(low, 100)
        self.class_plot.setXRange(-0.6, k - 0.4, padding=0)
        wrong = int((self.test_pred != self.test_y).sum())
        self.summary.setText(
            self.tr(
                "<b>{h}</b> &nbsp; test accuracy <b>{a:.2f} %</b> &nbsp; test loss {l:.4f} &nbsp; "
                "{w:,} of {n:,} test images wrong"
            ).format(h=head, a=100 * accuracy, l=loss, w=wrong, n=len(self.test_y))
        )
        idx = analysis.confident_mistakes(self.test_y, self.test_pred, self.test_conf, MISTAKES)
        self._fill(self.mistakes_gallery, self.tr("Most confident mistakes"), idx, wrong)
        if self.confusion.selected:
            self.show_cell(*self.confusion.selected)
        self.show_random()
        for b in (self.export_matrix_btn, self.export_gallery_btn, self.export_csv_btn, self.random_btn):
            b.setEnabled(True)
        self.resultsShown.emit()

    def _fill(self, gallery: ImageGallery, title: str, idx: np.ndarray, total: int | None = None) -> None:
        items = [
            GalleryItem(int(i), int(self.test_y[i]), int(self.test_pred[i]), float(self.test_conf[i])) for i in idx
        ]
        images = (
            self.test_x[torch.as_tensor(np.asarray(idx, dtype=np.int64))].numpy()
            if len(idx)
            else np.zeros((0, 1, 1, 1))
        )
        gallery.set_images(title, images, items, self.class_names, total)

    def show_cell(self, true_class: int, pred_class: int) -> None:
        """The gallery of one confusion cell (what a click on the cell does)."""
        if self.test_pred is None:
            return
        self.confusion.selected = (true_class, pred_class)
        self.confusion.update()
        idx = analysis.cell_members(self.test_y, self.test_pred, self.test_conf, true_class, pred_class)
        t, p = self.class_names[true_class], self.class_names[pred_class]
        title = (
            self.tr("'{t}' recognised correctly").format(t=t)
            if true_class == pred_class
            else self.tr("'{t}' taken for '{p}'").format(t=t, p=p)
        )
        self._fill(self.cell_gallery, f"{title}: {len(idx):,}", idx[:CELL_LIMIT], len(idx))
        self.tabs.setCurrentIndex(0)

    def show_random(self) -> None:
        if self.test_pred is None:
            return
        idx = np.sort(self._rng.choice(len(self.test_y), size=min(RANDOM_COUNT, len(self.test_y)), replace=False))
        self._fill(self.random_gallery, self.tr("Random test images"), idx)

    def choose_test_image(self, index: int, switch: bool = True) -> None:
        """Look at one test image: in the what-if sliders here and in Inside the network."""
        self.state.show_test_image(index)
        if switch:
            self.tabs.setCurrentWidget(self.robustness.parentWidget())

    def _use_drawing(self) -> None:
        if self._drawing is not None:
            self.state.set_input(InputImage(self._drawing, None, self.tr("Your drawing")))

    # -- export -------------------------------------------------------------------------------------------
    def save_confusion_png(self, path: str | Path) -> bool:
        return self.confusion.grab().save(str(path), "PNG")

    def save_gallery_png(self, path: str | Path) -> bool:
        """The gallery on the visible tab (the selected cell's if another tab is showing no gallery)."""
        galleries = [self.cell_gallery, self.mistakes_gallery, self.random_gallery]
        current = self.tabs.currentIndex()
        return galleries[current if current < len(galleries) else 0].grab().save(str(path), "PNG")

    def save_class_csv(self, path: str | Path) -> None:
        if self.cm is None:
            raise RuntimeError("No results to save yet.")
        analysis.write_class_csv(path, analysis.per_class_table(self.cm, self.class_names))

    def _ask_path(self, filter_: str, suffix: str, save) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), "", filter_)
        if path:
            save(path if path.endswith(suffix) else path + suffix)
