"""Evaluate's right side: the tabbed galleries (selected cell, confident mistakes, random images) and the
what-if sliders."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from gui.evaluate.robustness_panel import RobustnessPanel
from gui.widgets.image_gallery import ImageGallery
from gui.widgets.image_utils import captioned_page


class ResultTabs(QTabWidget):
    """The pages; the Evaluate view fills the galleries and wires the buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cell_gallery = ImageGallery(self)
        self.clear_cell()
        self.mistakes_gallery = ImageGallery(self)
        self.random_gallery = ImageGallery(self)
        self.random_btn = QPushButton(self.tr("Show random test images"), self)
        self.random_btn.setToolTip(self.tr("Show other test images, picked at random, with the network's answers."))
        self.random_btn.setEnabled(False)
        self.robustness = RobustnessPanel(self)
        self.use_drawing_btn = QPushButton(self.tr("Use my drawing"), self)
        self.use_drawing_btn.setToolTip(
            self.tr("Try the sliders on the digit you drew in Draw & predict instead of a test image.")
        )
        self.use_drawing_btn.setEnabled(False)

        self.addTab(
            captioned_page(
                self.cell_gallery,
                self.tr(
                    "The test images of the chosen cell, the ones the network was surest about first. "
                    "Each shows the network's answer and its confidence; red ones are mistakes."
                ),
            ),
            self.tr("Selected cell"),
        )
        self.addTab(
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
        self.addTab(
            captioned_page(
                self.random_gallery,
                self.tr("A random handful of test images with the network's answer: green = right, red = wrong."),
                self.random_btn,
            ),
            self.tr("Random test images"),
        )
        self.addTab(
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
            self.setTabToolTip(i, tip)

    @property
    def galleries(self) -> tuple[ImageGallery, ImageGallery, ImageGallery]:
        return self.cell_gallery, self.mistakes_gallery, self.random_gallery

    def clear_cell(self) -> None:
        self.cell_gallery.clear(self.tr("Click a cell of the confusion matrix to see its test images here."))
