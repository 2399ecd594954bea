"""Inside the network's right side: the tabbed feature maps, filters and weights of the selected layer."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from gui.inside.feature_maps_widget import FeatureMapsWidget
from gui.inside.filters_widget import FiltersWidget
from gui.inside.weights_widget import WeightsWidget
from gui.widgets.image_utils import captioned_page
from gui.widgets.retranslating import Retranslating


class InsideTabs(Retranslating, QTabWidget):
    """The pages; the Inside view fills them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.maps = FeatureMapsWidget(self)
        self.filters = FiltersWidget(self)
        self.weights = WeightsWidget(self)
        self.addTab(
            captioned_page(
                self.maps,
                lambda: self.tr(
                    "Feature maps: each small picture shows where one filter of a layer responds in the current input "
                    "(red = strong response, blue = negative, white = none; one scale per layer). Early layers find "
                    "edges and strokes, later ones larger parts. They update as you draw."
                ),
            ),
            "",
        )
        self.addTab(
            captioned_page(
                self.filters,
                lambda: self.tr(
                    "Filters: the weights each conv layer slides over its input, drawn as pictures (red = positive, "
                    "blue = negative). A filter responds most where the input looks like it. Refreshed after "
                    "every epoch."
                ),
            ),
            "",
        )
        self.addTab(
            captioned_page(
                self.weights,
                lambda: self.tr(
                    "Weights: the spread of the selected layer's weights now (blue) and at the start (grey). "
                    "Training moves "
                    "the weights away from their random start; below, how much each layer still changes per epoch."
                ),
            ),
            "",
        )
        self.retranslate()

    def retranslate(self) -> None:
        tabs = (
            (
                self.tr("Feature maps"),
                self.tr("What each filter of a layer finds in the picture: bright where its pattern is."),
            ),
            (self.tr("Filters"), self.tr("The patterns the convolutional layers have learnt to look for.")),
            (
                self.tr("Weights"),
                self.tr("How the weights are spread and how much each layer still changes while training."),
            ),
        )
        for i, (title, tip) in enumerate(tabs):
            self.setTabText(i, title)
            self.setTabToolTip(i, tip)
