"""Evaluate: how the network does on the test set, after every epoch and for any finished run.

Confusion matrix (click a cell for its images), per-class accuracy, the most confident mistakes, random
test images, and what-if sliders on one image. Follows the app state's current model (a copy of the weights
after every epoch while it trains, never the training model) on the test images of its dataset.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import analysis
from core.evaluate import Normalizer, evaluate
from gui.state import TIMELINE_EPOCH, AppState, CurrentModel, InputImage, TestImages, images_key
from gui.evaluate.matrix_panel import MatrixPanel
from gui.evaluate.result_tabs import ResultTabs
from gui.widgets.image_gallery import GalleryItem, ImageGallery
from gui.widgets.image_utils import side_by_side
from gui.widgets.retranslating import Retranslating, Words, say
from gui.widgets.save_dialog import ask_save_path
from gui.core_texts import core_tr
from core.messages import Message
from gui.messages import say as say_message

CELL_LIMIT = 300  # images shown for one confusion cell
MISTAKES = 60
RANDOM_COUNT = 40


def predict_test_set(model: torch.nn.Module, test_x: torch.Tensor, test_y: torch.Tensor, mean, std, cancel=None):
    """A task: predictions for the whole test set -> (pred, conf, accuracy, loss); stops early once cancelled."""
    with torch.inference_mode():
        norm = Normalizer.of(tuple(mean), tuple(std))
        scores = evaluate(model, test_x, test_y, norm, batch_size=500, cancel=cancel)
    return scores.pred.numpy(), scores.conf.numpy(), scores.accuracy, scores.loss


class EvaluateView(Retranslating, QWidget):
    resultsShown = Signal()  # the matrix, charts and galleries show new predictions

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.jobs = state, state.jobs("evaluate")
        self.class_names: list[str] = []  # as core names them (shown in the user's language)
        self.test_x: torch.Tensor | None = None
        self.test_y: np.ndarray | None = None
        self.test_pred: np.ndarray | None = None
        self.test_conf: np.ndarray | None = None
        self.cm: np.ndarray | None = None
        self.current: CurrentModel | None = None
        self._shown: tuple | None = None  # (model, test set) whose predictions are on show
        self._rng = np.random.default_rng(0)
        self._drawing: np.ndarray | None = None
        self._summary: Words = lambda: self.tr("Train a network or open a run to see how it does on the test images.")

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)  # a long line here would squeeze the settings panel beside the tabs
        self.export_matrix_btn = QPushButton(self)
        self.export_gallery_btn = QPushButton(self)
        self.export_csv_btn = QPushButton(self)
        png, csv_ = lambda: self.tr("PNG image (*.png)"), lambda: self.tr("CSV table (*.csv)")
        self.export_matrix_btn.clicked.connect(lambda: self._ask_path(png(), ".png", self.save_confusion_png))
        self.export_gallery_btn.clicked.connect(lambda: self._ask_path(png(), ".png", self.save_gallery_png))
        self.export_csv_btn.clicked.connect(lambda: self._ask_path(csv_(), ".csv", self.save_class_csv))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for b in (self.export_matrix_btn, self.export_gallery_btn, self.export_csv_btn):
            b.setEnabled(False)
            top.addWidget(b)

        self.matrix_panel = left = MatrixPanel(self)
        self.confusion, self.class_plot, self.class_bars = left.confusion, left.class_plot, left.class_bars
        self.confusion.cellClicked.connect(self.show_cell)
        self.tabs = ResultTabs(self)
        self.cell_gallery, self.mistakes_gallery, self.random_gallery = self.tabs.galleries
        self.random_btn, self.robustness, self.use_drawing_btn = (
            self.tabs.random_btn,
            self.tabs.robustness,
            self.tabs.use_drawing_btn,
        )
        self.random_btn.clicked.connect(self.show_random)
        self.use_drawing_btn.clicked.connect(self._use_drawing)
        for g in self.tabs.galleries:
            g.imageActivated.connect(self.choose_test_image)

        split = side_by_side(self, left, self.tabs, (5, 4))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        state.modelChanged.connect(self._on_model)
        state.testImagesChanged.connect(self._on_test_images)
        state.testImagesMissing.connect(self._test_images_missing)
        state.inputChanged.connect(self._on_input)
        state.drawingChanged.connect(self.set_drawing)
        self.retranslate()

    def retranslate(self) -> None:
        self.export_matrix_btn.setText(self.tr("Save matrix…"))
        self.export_gallery_btn.setText(self.tr("Save gallery…"))
        self.export_csv_btn.setText(self.tr("Save table…"))
        self.export_matrix_btn.setToolTip(self.tr("Save the confusion matrix as a PNG picture."))
        self.export_gallery_btn.setToolTip(self.tr("Save the gallery on the right as a PNG picture."))
        self.export_csv_btn.setToolTip(self.tr("Save the per-class accuracy table as CSV, for a spreadsheet."))
        self.summary.setText(say(self._summary))

    def _say(self, summary: Words) -> None:
        """The line above the results, kept as words to say it again after a language switch."""
        self._summary = summary
        self.summary.setText(say(summary))

    def _test_images_missing(self, why: Words) -> None:
        self._say(why)

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
            epoch = end.metrics.epoch
            head = lambda: self.tr("Epoch {e}").format(e=epoch)  # noqa: E731 - words said again after a switch
            self._show(
                np.asarray(end.test_pred), np.asarray(end.test_conf), end.metrics.test_acc, end.metrics.test_loss, head
            )
            return
        n = len(test.x)
        self._say(lambda: self.tr("Predicting {n:,} test images…").format(n=n))
        card, net = model.card, model.model
        self.jobs.submit_task(
            "evaluate",
            lambda ctx: predict_test_set(net, test.x, test.y, card.mean, card.std, ctx.cancel_event),
            self._predictions_ready,
            self._predictions_failed,
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._refresh()

    def _reset(self, class_names) -> None:
        """A new model or test set: its classes; old results cleared."""
        self.class_names = [str(c) for c in class_names]
        self.test_pred = self.test_conf = self.cm = None
        self.matrix_panel.clear()
        self.tabs.clear_cell()
        self.mistakes_gallery.clear()
        self.random_gallery.clear()
        for b in (self.export_matrix_btn, self.export_gallery_btn, self.export_csv_btn, self.random_btn):
            b.setEnabled(False)

    def _on_input(self, image: InputImage | None) -> None:
        if image is None:
            self.robustness.clear_image()
        else:
            self.robustness.set_image(image.image, image.label, image.title)  # title: words said again after a switch

    def set_drawing(self, image28: np.ndarray | None) -> None:
        """The current drawing (float 28x28, 0..1), for the what-if sliders."""
        self._drawing = None if image28 is None else np.asarray(image28, dtype=np.float32)
        self.use_drawing_btn.setEnabled(self._drawing is not None)

    # -- results ------------------------------------------------------------------------------------------
    def _predictions_ready(self, result) -> None:
        self._show(*result, self._title())

    def _title(self) -> Words:
        kind = self.current.source.kind if self.current else ""
        if kind == TIMELINE_EPOCH:
            epoch = self.current.card.epoch
            return lambda: self.tr("Timeline, epoch {e}").format(e=epoch)
        return lambda: {
            "bundled": self.tr("Bundled digit model"),
            "run": self.tr("Finished run"),
            "file": self.tr("Weights file"),
            "training": self.tr("Current run"),
        }.get(kind, "")

    def _predictions_failed(self, message: Message) -> None:
        self._say(lambda: self.tr("Could not predict the test images: {m}").format(m=say_message(message)))

    def _show(self, pred: np.ndarray, conf: np.ndarray, accuracy: float, loss: float, head: Words) -> None:
        if self.test_y is None or len(pred) != len(self.test_y):
            self._say(lambda: self.tr("The predictions do not match the test set: open the run again."))
            return
        self.test_pred, self.test_conf = pred.astype(np.int64), conf.astype(np.float32)
        self.cm = analysis.confusion_matrix(self.test_y, self.test_pred, len(self.class_names))
        self.matrix_panel.show_matrix(self.cm, analysis.per_class_accuracy(self.cm), self.class_names)
        wrong, n = int((self.test_pred != self.test_y).sum()), len(self.test_y)
        self._say(
            lambda: self.tr(
                "<b>{h}</b> &nbsp; test accuracy <b>{a:.2f} %</b> &nbsp; test loss {l:.4f} &nbsp; "
                "{w:,} of {n:,} test images wrong"
            ).format(h=say(head), a=100 * accuracy, l=loss, w=wrong, n=n)
        )
        idx = analysis.confident_mistakes(self.test_y, self.test_pred, self.test_conf, MISTAKES)
        self._fill(self.mistakes_gallery, lambda: self.tr("Most confident mistakes"), idx, wrong)
        if self.confusion.selected:
            self.show_cell(*self.confusion.selected)
        self.show_random()
        for b in (self.export_matrix_btn, self.export_gallery_btn, self.export_csv_btn, self.random_btn):
            b.setEnabled(True)
        self.resultsShown.emit()

    def _fill(self, gallery: ImageGallery, title: Words, idx: np.ndarray, total: int | None = None) -> torch.Tensor:
        """Show test images ``idx`` in ``gallery``; returns them (uint8 [n, C, H, W])."""
        items = [
            GalleryItem(int(i), int(self.test_y[i]), int(self.test_pred[i]), float(self.test_conf[i])) for i in idx
        ]
        images = self.test_x[torch.as_tensor(np.asarray(idx, dtype=np.int64))]
        gallery.set_images(title, images.numpy(), items, self.class_names, total)
        return images

    def show_cell(self, true_class: int, pred_class: int) -> None:
        """The gallery of one confusion cell (what a click on the cell does)."""
        if self.test_pred is None:
            return
        self.confusion.selected = (true_class, pred_class)
        self.confusion.update()
        idx = analysis.cell_members(self.test_y, self.test_pred, self.test_conf, true_class, pred_class)
        t, p = self.class_names[true_class], self.class_names[pred_class]

        def title() -> str:
            if true_class == pred_class:
                return self.tr("'{t}' recognised correctly").format(t=core_tr(t)) + f": {len(idx):,}"
            return self.tr("'{t}' taken for '{p}'").format(t=core_tr(t), p=core_tr(p)) + f": {len(idx):,}"

        images = self._fill(self.cell_gallery, title, idx[:CELL_LIMIT], len(idx))
        self.cell_gallery.explain(self.jobs, self.current.model, self.current.card, images, true_class, pred_class)
        self.tabs.setCurrentIndex(0)

    def show_random(self) -> None:
        if self.test_pred is None:
            return
        idx = np.sort(self._rng.choice(len(self.test_y), size=min(RANDOM_COUNT, len(self.test_y)), replace=False))
        self._fill(self.random_gallery, lambda: self.tr("Random test images"), idx)

    def choose_test_image(self, index: int, switch: bool = True) -> None:
        """Look at one test image: in the what-if sliders here and in Inside the network."""
        self.state.show_test_image(index)
        if switch:
            self.tabs.setCurrentWidget(self.robustness.parentWidget())

    def _use_drawing(self) -> None:
        if self._drawing is not None:
            self.state.set_input(InputImage(self._drawing, None, lambda: self.tr("Your drawing")))

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
        names = [core_tr(c) for c in self.class_names]
        analysis.write_class_csv(path, analysis.per_class_table(self.cm, names))

    def _ask_path(self, filter_: str, suffix: str, save) -> None:
        path, _ = ask_save_path(self, self.state, self.tr("Save"), "", filter_)
        if path:
            save(path if path.endswith(suffix) else path + suffix)
