"""Filters: the weights of each conv layer drawn as little pictures, refreshed after every epoch.

A filter responds most to image patches that look like it. Red = positive weight, blue = negative. Filters
with several input channels are shown averaged over them; a colour network's first layer is shown in colour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from gui.widgets.map_grid import MapGrid, Section, lay_out_grid_page, mode_box

MAX_FILTERS = 64


@dataclass(frozen=True)
class LayerFilters:
    """One conv layer's filters, ready to draw (made by ``prepare_filters`` on a worker thread)."""

    name: str
    out_channels: int
    in_channels: int
    kernel: tuple[int, int]
    tiles: list[np.ndarray]  # RGB uint8, at most MAX_FILTERS
    tips: list[str]
    rgb: bool


def prepare_filters(weights: dict) -> list[LayerFilters]:
    """Plain function for the background job: every conv kernel in ``weights`` as coloured tiles."""
    from core.analysis import conv_filters, filter_images
    from gui.widgets.image_utils import diverging, to_uint8

    out = []
    for i, (name, kernel) in enumerate(conv_filters(weights).items()):
        o, c, kh, kw = kernel.shape
        rgb = i == 0 and c == 3
        imgs = filter_images(kernel[:MAX_FILTERS], rgb=rgb)
        if rgb:
            tiles = [to_uint8(im) for im in imgs]
        else:
            limit = float(np.abs(imgs).max()) or 1.0
            tiles = [diverging(im, limit) for im in imgs]
        norms = kernel[:MAX_FILTERS].flatten(1).norm(dim=1).numpy()
        tip = QCoreApplication.translate("FiltersWidget", "{name} · filter {j}: {kh}×{kw}, weight norm {norm:.3f}")
        tips = [tip.format(name=name, j=j, kh=kh, kw=kw, norm=norms[j]) for j in range(len(tiles))]
        out.append(LayerFilters(name, o, c, (kh, kw), tiles, tips, rgb))
    return out


class FiltersWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.mode = mode_box(self, self.tr("First and selected layer"))
        self.mode.setToolTip(self.tr("Show the filters of every convolutional layer, or only of the chosen ones."))
        self.mode.currentIndexChanged.connect(self._rebuild)
        self.hover = QLabel(self, wordWrap=True)
        self.grid = MapGrid(self, max_tile=72)
        self.grid.set_empty_text(
            self.tr("This network has no convolution filters (an MLP looks at all pixels at once).")
        )
        self.grid.hovered.connect(self.hover.setText)
        lay_out_grid_page(self, self.mode, self.hover, self.grid)
        self.layers: list[LayerFilters] = []
        self.selected: str | None = None

    def set_filters(self, layers: list[LayerFilters]) -> None:
        self.layers = layers
        self._rebuild()

    def set_selected(self, name: str | None) -> None:
        self.selected = name
        self._rebuild()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # section titles in the new language (the grid follows)
            self._rebuild()
        super().changeEvent(event)

    def _is_selected(self, name: str) -> bool:
        s = self.selected
        return bool(s) and (name == s or name.startswith(s + "."))

    def _rebuild(self) -> None:
        layers = self.layers
        if self.mode.currentData() == "selected":
            layers = [lf for i, lf in enumerate(self.layers) if i == 0 or self._is_selected(lf.name)]
        sections = []
        for lf in layers:
            kind = (
                self.tr("in colour")
                if lf.rgb
                else (
                    self.tr("averaged over {c} input channels").format(c=lf.in_channels) if lf.in_channels > 1 else ""
                )
            )
            more = (
                self.tr(", first {n} of {c}").format(n=len(lf.tiles), c=lf.out_channels)
                if lf.out_channels > len(lf.tiles)
                else ""
            )
            title = self.tr("{name}: {c} filters of {kh}×{kw}").format(
                name=lf.name, c=lf.out_channels, kh=lf.kernel[0], kw=lf.kernel[1]
            )
            title += (f", {kind}" if kind else "") + more
            sections.append(Section(title, lf.tiles, lf.tips, self._is_selected(lf.name)))
        self.grid.set_sections(sections)
