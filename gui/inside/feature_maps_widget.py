"""Feature maps: what each conv layer's filters respond to in the current picture, one small map per channel.

Red = strong positive response, blue = negative, white = none; one colour scale per layer, so maps of a layer
compare directly. Hovering a map tells its channel and mean activation.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import torch
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.widgets.image_utils import diverging
from gui.widgets.map_grid import MapPage, Section

MAX_SELECTED = 64  # channels shown for the selected layer
MAX_EACH = 16  # channels shown per layer when every layer is shown


def layer_section(name: str, maps: torch.Tensor, limit: int, highlight: bool = False) -> Section:
    """One layer's maps [C, H, W] as a titled section of coloured tiles with hover texts."""
    a = maps.detach().float().cpu().numpy()
    c, h, w = a.shape
    shown = a[:limit]
    limit_value = float(np.abs(a).max()) or 1.0
    tiles = [diverging(m, limit_value) for m in shown]
    means = shown.mean(axis=(1, 2))
    tip = QCoreApplication.translate(
        "FeatureMapsWidget", "{name} · channel {i}: mean activation {mean:.3f}, max {max:.3f}"
    )
    tips = [tip.format(name=name, i=i, mean=means[i], max=shown[i].max()) for i in range(len(shown))]
    title = QCoreApplication.translate("FeatureMapsWidget", "{name}: {c} maps of {h}×{w}").format(
        name=name, c=c, h=h, w=w
    )
    if c > len(shown):
        title = QCoreApplication.translate("FeatureMapsWidget", "{title} (first {n})").format(title=title, n=len(shown))
    return Section(title, tiles, tips, highlight)


class FeatureMapsWidget(MapPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode.currentIndexChanged.connect(self._rebuild)
        self.grid.hovered.connect(self._hovered)
        self.maps: OrderedDict[str, torch.Tensor] = OrderedDict()
        self.selected: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.mode.setItemText(1, self.tr("Selected layer only"))
        self.mode.setToolTip(
            self.tr("Show what every convolutional layer finds in the picture, or only the chosen one.")
        )
        self.grid.set_empty_text(self.tr("Draw a digit or click a test image to see what each layer responds to."))
        self._hovered("")
        self._rebuild()  # the section titles and hover texts in the new language

    def set_maps(self, maps: "OrderedDict[str, torch.Tensor]", selected: str | None = None) -> None:
        self.maps, self.selected = maps, selected
        self._rebuild()

    def show_every_layer(self, every: bool) -> None:
        self.mode.setCurrentIndex(0 if every else 1)

    def _rebuild(self) -> None:
        if self.mode.currentData() == "selected" and self.selected in self.maps:
            sections = [layer_section(self.selected, self.maps[self.selected], MAX_SELECTED, True)]
        else:
            sections = [
                layer_section(n, m, MAX_EACH if len(self.maps) > 2 else MAX_SELECTED, n == self.selected)
                for n, m in self.maps.items()
            ]
        self.grid.set_sections(sections)

    def _hovered(self, text: str) -> None:
        self.hover.setText(text or self.tr("Hover a map to read its channel and mean activation."))
