"""The app state's test images and the picture the views look at: loaded for the current model on a job, and
the picture kept of the kind the model reads (a test image, or the drawing for digit models).

A mixin of ``AppState`` (which holds the signals and the fields); its texts keep the ``AppState`` context.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication

from core import data
from core.card import ModelCard
from gui.core_texts import core_tr
from gui.state_types import InputImage, TestImages, fits, images_key, load_test_images
from core.messages import Message


class PicturePlumbing:
    """Test images and the picture to look at, for ``AppState``."""

    # -- test images and the picture to look at -------------------------------------------------------------------
    def _request_test_images(self, card: ModelCard) -> None:
        key = images_key(card)
        if self.test_images is not None and self.test_images.key == key:
            self._default_input()
            return
        root = self.data_root
        self.data_jobs.submit_task(
            "test-set",
            lambda ctx: load_test_images(key, root, ctx.cancel_event),
            self.set_test_images,
            self._test_images_missing,
        )

    def set_test_images(self, test_images: TestImages) -> None:
        self.test_images = test_images
        self.testImagesChanged.emit(test_images)
        self._default_input()

    def _test_images_missing(self, _message: Message) -> None:  # the job runner has logged it
        self.test_images = None
        self.testImagesChanged.emit(None)
        card = self.model.card if self.model else None

        def title() -> str:
            known = card and card.dataset in data.DATASETS
            return core_tr(data.get_spec(card.dataset).title) if known else (card.dataset if card else "")

        self.testImagesMissing.emit(  # Words: said again after a language switch
            lambda: QCoreApplication.translate(
                "AppState",
                "The {data} test images are not on this computer yet. Train once on {data} (it downloads them) or "
                "choose a data folder that holds them, and this tab shows how the model does.",
            ).format(data=title())
        )
        self._default_input()

    def _default_input(self) -> None:
        """A model of another kind of picture gets a picture of its own kind: the drawing, else test image 1."""
        card = self.model.card if self.model else None
        if card is None:
            return
        if self.input_suits(card):
            return  # already a picture of this model's kind
        key = images_key(card)
        if card.digit_like and self.drawing is not None:
            self.set_input(
                InputImage(self.drawing, None, lambda: QCoreApplication.translate("AppState", "Your drawing"))
            )
        elif self.test_images is not None and len(self.test_images.x) and self.test_images.key == key:
            self.show_test_image(0)
        else:
            self.set_input(None)

    def input_suits(self, card: ModelCard) -> bool:
        """The picture on show is of the kind ``card`` reads: one of its test images, or a drawing for digits."""
        image = self.input
        return (
            image is not None
            and fits(image.image, card)
            and (image.origin == images_key(card) or image.origin is None and card.digit_like)
        )

    def show_test_image(self, index: int) -> None:
        x, y = self.test_images.x, self.test_images.y
        image = x[index].numpy().astype(np.float32) / 255.0
        self.set_input(
            InputImage(
                image[0] if image.shape[0] == 1 else image,
                int(y[index]),
                lambda: QCoreApplication.translate("AppState", "Test image #{i}").format(i=index),
                self.test_images.key,
                index,
            )
        )

    def set_input(self, image: InputImage | None) -> None:
        self.input = image
        self.inputChanged.emit(image)

    def set_drawing(self, image28: np.ndarray | None) -> None:
        """The canvas changed: the drawing becomes the picture to look at, for digit models."""
        self.drawing = image28
        self.drawingChanged.emit(image28)
        if image28 is not None and self.model is not None and self.model.card.digit_like:
            self.set_input(InputImage(image28, None, lambda: QCoreApplication.translate("AppState", "Your drawing")))
