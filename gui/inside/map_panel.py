"""A map of what the network sees: 2,000 test images placed by their last hidden layer, coloured by class.

PCA is ready at once; t-SNE shows the clusters better and runs on a task with progress and cancel. Hovering a
dot shows its image; a click makes it the selected image of the app state (Evaluate and Inside follow). The
student's drawing is a large star that moves as they draw. Follows the current model: a run in training, an
opened run, a timeline epoch.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core import embedding
from gui.core_texts import core_tr
from gui.inside.explain_jobs import map_task, place_image, private_copy
from gui.inside.map_plot import MapPlot
from gui.state import AppState, images_key
from gui.theme import mark_caption
from gui.widgets.image_utils import to_pixmap
from gui.widgets.numbers import confidence
from gui.widgets.retranslating import Retranslating
from gui.widgets.when_seen import WhenSeen
from core.messages import Message
from gui.messages import say

PREVIEW = 96
METHODS = (  # key, title (translated where the combo is filled)
    ("pca", QT_TRANSLATE_NOOP("MapPanel", "PCA (at once)")),
    ("tsne", QT_TRANSLATE_NOOP("MapPanel", "t-SNE (clearer groups, takes seconds)")),
)

STAGES = {  # what the map task is doing (core.embedding.build_map's stages)
    "images": QT_TRANSLATE_NOOP("MapPanel", "Passing the test images through the network… {p} %"),
    "projection": QT_TRANSLATE_NOOP("MapPanel", "Arranging the map… {p} %"),
}


class MapPanel(Retranslating, QWidget):
    mapShown = Signal()  # a new map is on show
    drawingPlaced = Signal()  # the drawing's star moved

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.jobs = state, state.jobs("map")
        self.fmap: embedding.FeatureMap | None = None
        self.net = None  # the private copy the map was made with (used on the "map" jobs only)
        self.card = None
        self._made_for: tuple | None = None  # (model, test images, method) the map on show was made for
        self._refresh_when_seen = WhenSeen(self, self.refresh)  # before the drawing's: the map first
        self._task = None  # the map task under way, for Cancel
        self._status = ("", {})  # what the status line says, kept untranslated for a language switch

        self.method = QComboBox(self)
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.method.setMinimumContentsLength(8)  # long item texts never widen the page past a 1024-pixel screen
        for key, _title in METHODS:
            self.method.addItem("", key)
        self.method.currentIndexChanged.connect(self.refresh)
        self.mistakes = QCheckBox(self)
        self.mistakes.toggled.connect(lambda on: self.plot.set_highlight(on))
        self.cancel_btn = QPushButton(self)
        self.cancel_btn.setVisible(False)
        self.cancel_btn.clicked.connect(self.cancel)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.plot = MapPlot(self)
        self.plot.hovered.connect(self._hovered)
        self.plot.clicked.connect(self.select_row)
        self.preview = QLabel(self)
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: black;")
        self.preview_text = QLabel(self)
        self.preview_text.setWordWrap(True)
        self.preview_text.setFixedWidth(PREVIEW + 24)
        self.note = mark_caption(QLabel(self), normal_color="#505050")
        self.note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.method)
        top.addWidget(self.mistakes)
        top.addWidget(self.cancel_btn)
        top.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addWidget(self.preview_text)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.plot, 1)
        middle.addLayout(side)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addLayout(middle, 1)
        lay.addWidget(self.note)
        state.modelChanged.connect(self.refresh)
        state.testImagesChanged.connect(self.refresh)
        self._place_when_seen = WhenSeen(self, self._place_drawing)
        state.drawingChanged.connect(self.place_drawing)
        state.inputChanged.connect(self._follow_selection)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        for i, (_key, title) in enumerate(METHODS):
            self.method.setItemText(i, self.tr(title))
        self.method.setToolTip(
            self.tr("PCA: a straight projection, the same every time. t-SNE: keeps neighbours together, slower.")
        )
        self.mistakes.setText(self.tr("Highlight mistakes"))
        self.mistakes.setToolTip(self.tr("Ring the test images the network gets wrong and fade the others."))
        self.cancel_btn.setText(self.tr("Cancel"))
        self.cancel_btn.setToolTip(self.tr("Stop making this map."))
        self.note.setText(
            self.tr(
                "Each dot is a test image, placed by what the network's last hidden layer makes of it: images the "
                "network finds alike lie close together. Hover a dot to see it, click it to look at it in Inside "
                "and Evaluate. The star is your drawing."
            )
        )
        self._say(*self._status)
        self.plot.refill_legend()
        if self.fmap is None:
            self.preview_text.setText(self.tr("Hover a dot to see its image."))

    # -- making the map --------------------------------------------------------------------------------------
    def _say(self, text: str, values: dict) -> None:
        """``text``: a template marked for translation; ``values``: its fields (core's message said at each switch)."""
        self._status = (text, values)
        said = {k: say(v) if isinstance(v, Message) else v for k, v in values.items()}
        self.status.setText(self.tr(text).format(**said) if text else "")

    def refresh(self, *_args) -> None:
        """Make the map of the current model's test images (only while on show)."""
        current, test = self.state.model, self.state.test_images
        if current is None or test is None or test.key != images_key(current.card):
            self._say(QT_TRANSLATE_NOOP("MapPanel", "The map appears once a network and its test images are here."), {})
            return
        method = self.method.currentData()
        if self._made_for == (current, test, method):
            return
        if self._refresh_when_seen.waits():
            return
        self._made_for = (current, test, method)
        shared, card = current.model, current.card
        self._say(QT_TRANSLATE_NOOP("MapPanel", "Making the map…"), {})
        self.cancel_btn.setVisible(True)

        def run(ctx):
            net = private_copy(shared)
            return net, card, map_task(ctx, net, card, test, method)

        self._task = self.jobs.submit_task("map", run, self._map_ready, self._map_failed, self._progress)

    def _progress(self, done: int, total: int, stage: str) -> None:
        self._say(STAGES.get(stage, STAGES["images"]), {"p": int(100 * done / max(total, 1))})

    def _map_ready(self, result) -> None:
        self.net, self.card, self.fmap = result
        self.cancel_btn.setVisible(False)
        names = [core_tr(str(c)) for c in self.card.class_names]
        self.plot.show_map(self.fmap, names)
        wrong = int(self.fmap.misclassified.sum())
        self._say(
            QT_TRANSLATE_NOOP("MapPanel", "{n:,} test images; the network gets {w:,} of them wrong."),
            {"n": len(self.fmap.indices), "w": wrong},
        )
        self._follow_selection(self.state.input)
        self.place_drawing(self.state.drawing)
        self.mapShown.emit()

    def _map_failed(self, message: Message) -> None:
        self.cancel_btn.setVisible(False)
        self._made_for = None
        self._say(QT_TRANSLATE_NOOP("MapPanel", "Could not make the map: {m}"), {"m": message})

    def cancel(self) -> None:
        if self._task is not None:
            self.jobs.service.cancel(self._task)
        self.cancel_btn.setVisible(False)
        self._made_for = None
        self._say(QT_TRANSLATE_NOOP("MapPanel", "Stopped. Choose a method again to make the map."), {})

    # -- the drawing, the hovered and the selected image ---------------------------------------------------------
    def place_drawing(self, _image: np.ndarray | None = None) -> None:
        """The app's drawing as a star on the map: now if the map shows, else once it does."""
        self._place_when_seen()

    def _place_drawing(self) -> None:
        fmap, net, card, image = self.fmap, self.net, self.card, self.state.drawing
        if fmap is None or image is None or not card.digit_like or image.shape[-1] != card.image_size:
            self.plot.mark_drawing(None, "")
            return
        self.jobs.submit("map-drawing", lambda: place_image(net, card, fmap, image), self._drawing_placed)

    def _drawing_placed(self, where: np.ndarray) -> None:
        if self.fmap is None:
            return
        if self.fmap.projection is not None:
            tip = self.tr("Your drawing, projected onto the same axes as the test images.")
        else:
            tip = self.tr(
                "Your drawing. t-SNE cannot place new images, so the star sits at the mean of the {k} test "
                "images whose features are nearest to your drawing's."
            ).format(k=embedding.NEIGHBOURS)
        self.plot.mark_drawing(where, tip)
        self.drawingPlaced.emit()

    def _hovered(self, row: int | None) -> None:
        if row is not None:
            self.show_preview(row)

    def show_preview(self, row: int) -> None:
        """One map image beside the map: the one under the mouse, else the selected one."""
        test = self.state.test_images
        if self.fmap is None or test is None:
            return
        index = int(self.fmap.indices[row])
        image = test.x[index].numpy()
        self.preview.setPixmap(to_pixmap(image[0] if image.shape[0] == 1 else image, PREVIEW))
        names = self.plot.class_names
        true, pred = int(self.fmap.labels[row]), int(self.fmap.features.predicted[row])
        self.preview_text.setText(
            self.tr("Test image #{i}\nTrue: {t}\nNetwork: {p} ({c} %)").format(
                i=index, t=names[true], p=names[pred], c=confidence(self.fmap.features.confidence[row])
            )
        )

    def select_row(self, row: int) -> None:
        """A click on a dot: that test image becomes the app's selected image."""
        self.state.show_test_image(int(self.fmap.indices[row]))

    def _follow_selection(self, image) -> None:
        fmap = self.fmap
        index = getattr(image, "index", None)
        if fmap is None or index is None or image.origin != images_key(self.card):
            self.plot.mark_selected(None)
            return
        rows = np.flatnonzero(fmap.indices == index)
        self.plot.mark_selected(int(rows[0]) if len(rows) else None)
        if len(rows):
            self.show_preview(int(rows[0]))
