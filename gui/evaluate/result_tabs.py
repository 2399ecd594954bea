"""Evaluate's right side: the tabbed galleries (selected cell, confident mistakes, random images) and the
what-if sliders."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from gui.evaluate.cell_gallery import CellGallery
from gui.evaluate.robustness_panel import RobustnessPanel
from gui.widgets.image_gallery import ImageGallery
from gui.widgets.image_utils import captioned_page
from gui.widgets.retranslating import Retranslating


class ResultTabs(Retranslating, QTabWidget):
    """The pages; the Evaluate view fills the galleries and wires the buttons."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cell_gallery = CellGallery(self)
        self.clear_cell()
        self.mistakes_gallery = ImageGallery(self)
        self.random_gallery = ImageGallery(self)
        self.random_btn = QPushButton(self)
        self.random_btn.setEnabled(False)
        self.robustness = RobustnessPanel(self)
        self.use_drawing_btn = QPushButton(self)
        self.use_drawing_btn.setEnabled(False)

        self.addTab(
            captioned_page(
                self.cell_gallery,
                lambda: self.tr(
                    "The test images of the chosen cell, the ones the network was surest about first. "
                    "Each shows the network's answer and its confidence; red ones are mistakes. Click one to "
                    "follow it in the what-if sliders, the map and Inside the network."
                ),
            ),
            "",
        )
        self.addTab(
            captioned_page(
                self.mistakes_gallery,
                lambda: self.tr(
                    "Wrong answers given with the highest confidence: 'true → predicted'. Often the label "
                    "itself is doubtful, "
                    "or the digit really looks like the other class."
                ),
            ),
            "",
        )
        self.addTab(
            captioned_page(
                self.random_gallery,
                lambda: self.tr(
                    "A random handful of test images with the network's answer: green = right, red = wrong."
                ),
                self.random_btn,
            ),
            "",
        )
        self.addTab(
            captioned_page(
                self.robustness,
                lambda: self.tr(
                    "Change one image and watch the answer: how far can a digit turn, move, thicken or get "
                    "noisy before the "
                    "network changes its mind? Click an image in any gallery to use it here."
                ),
                self.use_drawing_btn,
            ),
            "",
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.random_btn.setText(self.tr("Show random test images"))
        self.random_btn.setToolTip(self.tr("Show other test images, picked at random, with the network's answers."))
        self.use_drawing_btn.setText(self.tr("Use my drawing"))
        self.use_drawing_btn.setToolTip(
            self.tr("Try the sliders on the digit you drew in Draw & predict instead of a test image.")
        )
        tabs = (
            (self.tr("Selected cell"), self.tr("The test images of the confusion-matrix cell you clicked.")),
            (
                self.tr("Confident mistakes"),
                self.tr("The test images the network got wrong while being most sure of itself."),
            ),
            (self.tr("Random test images"), self.tr("A random handful of test images with the network's answers.")),
            (
                self.tr("What if…?"),
                self.tr("Rotate, shift, thicken or add noise to an image and watch the answer change."),
            ),
        )
        for i, (title, tip) in enumerate(tabs):
            self.setTabText(i, title)
            self.setTabToolTip(i, tip)

    @property
    def galleries(self) -> tuple[CellGallery, ImageGallery, ImageGallery]:
        return self.cell_gallery, self.mistakes_gallery, self.random_gallery

    def clear_cell(self) -> None:
        self.cell_gallery.clear(lambda: self.tr("Click a cell of the confusion matrix to see its test images here."))
