"""The Predict tab: choose a model, then draw a digit or show it a picture, and collect your own digits.

Digit models (ink datasets at 28x28) open on the drawing canvas; other models (Fashion-MNIST, CIFAR-10,
image folders) open on the picture panel, because a drawing of a shoe is no use. Both panels stay
reachable through the Draw / Picture toggle while a digit model is chosen.

The main window calls ``set_current_run(weights, meta)`` after every epoch with a CPU copy of the weights;
models are loaded and built on Background jobs, never on the GUI thread.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import torch  # noqa: F401  (torch before Qt)
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout,
                               QWidget)

from core.predict import Predictor
from core.predict_files import INK_DATASETS
from gui.background import Background
from gui.collect_panel import CollectPanel
from gui.draw_view import DrawView
from gui.image_predict_panel import ImagePredictPanel
from gui.message_bar import MessageBar
from gui.model_source import ModelSource

VIEWS = ("draw", "picture")


def is_digit_like(meta: dict[str, Any] | None) -> bool:
    """Models of strokes on plain paper at 28x28 read drawings; others need pictures."""
    return meta is None or (meta.get("dataset") in INK_DATASETS and meta.get("image_size") == 28)


class PredictTab(QWidget):
    modelChanged = Signal()         # a new model (or none) is in use by every panel

    def __init__(self, parent: QWidget | None = None, *, bundled_model: Path | None = None):
        super().__init__(parent)
        self.setObjectName("predictTab")
        self.predictor: Predictor | None = None
        self.meta: dict[str, Any] | None = None
        self.description = ""
        self._view_reason: tuple | None = None       # (source, digit-like) the view was last chosen for
        self.model_jobs = Background("predict-models", self)
        self.data_jobs = Background("predict-data", self)
        if QCoreApplication.instance() is not None:
            QCoreApplication.instance().aboutToQuit.connect(self.shutdown)

        self.source = ModelSource(self.model_jobs, bundled_model, self)
        self.source.modelReady.connect(self._model_ready)
        self.source.loadFailed.connect(self._load_failed)
        self.message_bar = MessageBar(self)

        self.draw_mode_button = QToolButton(self, objectName="drawModeButton", text=self.tr("Draw"), checkable=True)
        self.picture_mode_button = QToolButton(self, objectName="pictureModeButton", text=self.tr("Picture"),
                                               checkable=True)
        self.draw_mode_button.setToolTip(self.tr("Draw a digit with the mouse, a pen or a finger"))
        self.picture_mode_button.setToolTip(self.tr("Open an image file, drop one here, or pick a random test image"))
        self._mode_group = QButtonGroup(self)
        for b in (self.draw_mode_button, self.picture_mode_button):
            self._mode_group.addButton(b)
        self.draw_mode_button.clicked.connect(self._draw_clicked)
        self.picture_mode_button.clicked.connect(self._picture_clicked)

        self.draw_view = DrawView()
        self.collect_panel = CollectPanel(self.draw_view.canvas, self.data_jobs)
        self.draw_page = QWidget(objectName="drawPage")
        page = QVBoxLayout(self.draw_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.draw_view, 1)
        page.addWidget(self.collect_panel, 0)
        self.collect_panel.attach(self.draw_page)
        self.image_panel = ImagePredictPanel(self.data_jobs)
        self.stack = QStackedWidget(self, objectName="predictStack")
        self.stack.addWidget(self.draw_page)
        self.stack.addWidget(self.image_panel)
        self.model_label = QLabel(self, objectName="modelDescription", wordWrap=True)

        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Input:"), self))
        top.addWidget(self.draw_mode_button)
        top.addWidget(self.picture_mode_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.model_label)
        layout.addWidget(self.stack, 1)
        self.show_view("draw")
        self.source.select_source("bundled")          # loads on a background job

    # ----- public API ---------------------------------------------------------------------
    def set_current_run(self, weights: dict, meta: dict) -> None:
        """After every epoch: a CPU copy of the run's weights (never the live model) and its meta
        (arch, dataset, class_names, mean, std, in_channels, image_size; options and config if known)."""
        self.source.set_current_run(weights, meta)

    def refresh_runs(self) -> None:
        """List the finished runs again (after a run ends or a run folder appears)."""
        self.source.refresh_runs()

    def select_source(self, source: str | Path) -> None:
        """"bundled", "current", a run folder or a weights file; the model arrives with modelChanged."""
        self.source.select_source(source)

    def open_weights_file(self) -> None:
        self.source.open_weights_file()

    def show_view(self, view: str) -> None:
        """"draw" (canvas and collect mode) or "picture" (image files and random test images)."""
        if view == "draw" and not self.draw_mode_button.isEnabled():
            view = "picture"
        self.stack.setCurrentWidget(self.draw_page if view == "draw" else self.image_panel)
        (self.draw_mode_button if view == "draw" else self.picture_mode_button).setChecked(True)
        self.model_label.setVisible(view == "picture" and bool(self.description))
        if view == "draw" and self.isVisible():
            self.draw_view.canvas.setFocus()

    def current_view(self) -> str:
        return "draw" if self.stack.currentWidget() is self.draw_page else "picture"

    def shutdown(self) -> None:
        """Finish the running jobs and end their threads (the main window calls this on close)."""
        self.model_jobs.shutdown()
        self.data_jobs.shutdown()

    # ----- reacting -----------------------------------------------------------------------
    def _draw_clicked(self) -> None:
        self.show_view("draw")

    def _picture_clicked(self) -> None:
        self.show_view("picture")

    def _model_ready(self, predictor: Predictor | None, meta: dict | None, description: str) -> None:
        self.predictor, self.meta, self.description = predictor, meta, description
        if predictor is not None:
            self.message_bar.clear("model")
        self.draw_view.set_predictor(predictor, description)
        self.image_panel.set_model(predictor, meta)
        self.collect_panel.set_model(predictor, meta)
        self.model_label.setText(description)
        digit_like = is_digit_like(meta)
        self.draw_mode_button.setEnabled(digit_like)
        self.draw_mode_button.setToolTip(self.tr("Draw a digit with the mouse, a pen or a finger") if digit_like
                                         else self.tr("This model was trained on photos, not drawings: show it a "
                                                      "picture instead."))
        reason = (self.source.shown_key(), digit_like)
        if reason != self._view_reason:           # a new source or kind of model: pick its natural input
            self._view_reason = reason
            self.show_view("draw" if digit_like else "picture")
        else:                                      # same source, next epoch: keep what the user chose
            self.show_view(self.current_view())
        self.modelChanged.emit()

    def _load_failed(self, message: str) -> None:
        hint = self.tr("The model you had before is still in use.") if self.predictor is not None else ""
        self.message_bar.show_message("model", message, hint, "error" if self.predictor is not None else "warning")
