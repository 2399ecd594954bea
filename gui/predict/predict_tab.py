"""Draw & predict: choose a model, then draw a digit or show it a picture, and collect your own digits.

Digit models (ink datasets at 28x28) open on the drawing canvas; other models (Fashion-MNIST, CIFAR-10,
image folders) open on the picture panel, because a drawing of a shoe is no use. Both panels stay
reachable through the Draw / Picture toggle while a digit model is chosen. The model is the app state's
current model; the drawing goes back to the state, for Evaluate's what-if sliders and Inside the network.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from core.predict import Predictor
from core.predict_files import BUNDLED_MODEL
from gui.predict.collect_panel import CollectPanel
from gui.predict.draw_view import DrawView
from gui.predict.image_predict_panel import ImagePredictPanel
from gui.predict.model_source import ModelChooser
from gui.state import AppState, CurrentModel
from gui.widgets.live_text import LiveMessages
from gui.widgets.message_bar import MessageBar
from gui.widgets.retranslating import Retranslating, Words, say

VIEWS = ("draw", "picture")


class PredictTab(Retranslating, QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None, *, bundled_model: Path | None = None):
        super().__init__(parent)
        self.setObjectName("predictTab")
        self.state = state
        self.bundled_model = Path(bundled_model or BUNDLED_MODEL)
        self.predictor: Predictor | None = None
        self.description = ""
        self._model: CurrentModel | None = None  # the model described (its words are written from it)
        self._view_reason: tuple | None = None  # (source, digit-like) the view was last chosen for
        jobs = state.jobs("predict")
        self.source = ModelChooser(state, self.bundled_model, self)
        self.message_bar = MessageBar(self)
        self.messages = LiveMessages(self.message_bar)

        self.draw_mode_button = QToolButton(self, objectName="drawModeButton", checkable=True)
        self.picture_mode_button = QToolButton(self, objectName="pictureModeButton", checkable=True)
        self._mode_group = QButtonGroup(self)
        for b in (self.draw_mode_button, self.picture_mode_button):
            self._mode_group.addButton(b)
        self.draw_mode_button.clicked.connect(self._draw_clicked)
        self.picture_mode_button.clicked.connect(self._picture_clicked)

        self.draw_view = DrawView()
        self.collect_panel = CollectPanel(self.draw_view.canvas, state, jobs)
        self.draw_page = QWidget(objectName="drawPage")
        page = QVBoxLayout(self.draw_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.draw_view, 1)
        page.addWidget(self.collect_panel, 0)
        self.collect_panel.attach(self.draw_page)
        self.image_panel = ImagePredictPanel(state, jobs)
        self.stack = QStackedWidget(self, objectName="predictStack")
        self.stack.addWidget(self.draw_page)
        self.stack.addWidget(self.image_panel)
        self.model_label = QLabel(self, objectName="modelDescription", wordWrap=True)

        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addSpacing(12)
        self.input_label = QLabel(self)
        top.addWidget(self.input_label)
        top.addWidget(self.draw_mode_button)
        top.addWidget(self.picture_mode_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.model_label)
        layout.addWidget(self.stack, 1)
        self.show_view("draw")
        self.draw_view.set_predictor(None, lambda: self.tr("Loading the model…"))
        state.modelChanged.connect(self._model_ready)
        state.modelFailed.connect(self._load_failed)
        self.draw_view.inputChanged.connect(state.set_drawing)
        self.retranslate()

    def retranslate(self) -> None:
        self.draw_mode_button.setText(self.tr("Draw"))
        self.picture_mode_button.setText(self.tr("Picture"))
        self.picture_mode_button.setToolTip(self.tr("Open an image file, drop one here, or pick a random test image"))
        self.input_label.setText(self.tr("Input:"))
        card = self._model.card if self._model is not None else None
        self.draw_mode_button.setToolTip(
            self.tr("Draw a digit with the mouse, a pen or a finger")
            if card is None or card.digit_like
            else self.tr("This model was trained on photos, not drawings: show it a picture instead.")
        )
        if self._model is not None:  # the model's description, from the model
            self.description = self.source.describe(self._model)
            self.model_label.setText(self.description)
        self.messages.retranslate()

    # ----- public API ---------------------------------------------------------------------
    def show_view(self, view: str) -> None:
        """ "draw" (canvas and collect mode) or "picture" (image files and random test images)."""
        self.stack.setCurrentWidget(self.draw_page if view == "draw" else self.image_panel)
        (self.draw_mode_button if view == "draw" else self.picture_mode_button).setChecked(True)
        self.model_label.setVisible(view == "picture" and bool(self.description))
        if view == "draw" and self.isVisible():
            self.draw_view.canvas.setFocus()

    def current_view(self) -> str:
        return "draw" if self.stack.currentWidget() is self.draw_page else "picture"

    # ----- reacting -----------------------------------------------------------------------
    def _draw_clicked(self) -> None:
        self.show_view("draw")

    def _picture_clicked(self) -> None:
        self.show_view("picture")

    def _model_ready(self, model: CurrentModel | None) -> None:
        # the state's model is shared read-only; inference does not change it
        self.predictor = Predictor.for_card(model.model, model.card) if model is not None else None
        self._model = model
        self.description = self.source.describe(model)
        card = model.card if model is not None else None
        self.messages.clear("model")
        digit_like = card is None or card.digit_like
        photos = lambda: self.tr(  # noqa: E731 - the canvas stays for collecting and teaching (bundled digit model)
            "This model was trained on photos, not drawings: show it a picture instead. "
            "Collecting your digits and teaching the bundled digit model still work here."
        )
        described = lambda: self.source.describe(model)  # noqa: E731 - said again after a language switch
        self.draw_view.set_predictor(self.predictor if digit_like else None, described if digit_like else photos)
        self.image_panel.set_model(self.predictor, card)
        self.collect_panel.set_model(self.predictor if digit_like else None, card if digit_like else None)
        self.model_label.setText(self.description)
        self.retranslate()  # the Draw button's tooltip says what this model reads
        reason = (self.source.shown_source(), digit_like)
        if reason != self._view_reason:  # a new source or kind of model: pick its natural input
            self._view_reason = reason
            self.show_view("draw" if digit_like else "picture")
        else:  # same source, next epoch: keep what the user chose
            self.show_view(self.current_view())

    def _load_failed(self, why: Words) -> None:
        had = self.predictor is not None
        self.messages.show(
            "model",
            lambda: (say(why), self.tr("The model you had before is still in use.") if had else ""),
            "error" if had else "warning",
        )
