"""Filters: the weights of each conv layer drawn as little pictures, refreshed after every epoch.

A filter responds most to image patches that look like it. Red = positive weight, blue = negative. Filters
with several input channels are shown averaged over them; a colour network's first layer is shown in colour.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtWidgets import QWidget

from gui.widgets.map_grid import MapPage, Section

MAX_FILTERS = 64


@dataclass(frozen=True)
class LayerFilters:
    """One conv layer's filters, ready to draw (made by ``prepare_filters`` on a worker thread)."""

    name: str
    out_channels: int
    in_channels: int
    kernel: tuple[int, int]
    tiles: list[np.ndarray]  # RGB uint8, at most MAX_FILTERS
    norms: list[float]  # each tile's weight norm, for its hover text
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
        norms = [float(n) for n in kernel[:MAX_FILTERS].flatten(1).norm(dim=1).numpy()]
        out.append(LayerFilters(name, o, c, (kh, kw), tiles, norms, rgb))
    return out


class FiltersWidget(MapPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, max_tile=72)
        self.mode.currentIndexChanged.connect(self._rebuild)
        self.grid.hovered.connect(self.hover.setText)
        self.layers: list[LayerFilters] = []
        self.selected: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.mode.setItemText(1, self.tr("First and selected layer"))
        self.mode.setToolTip(self.tr("Show the filters of every convolutional layer, or only of the chosen ones."))
        self.grid.set_empty_text(
            self.tr("This network has no convolution filters (an MLP looks at all pixels at once).")
        )
        self.hover.clear()  # a hover text in the old language: the next hover says it again
        self._rebuild()

    def set_filters(self, layers: list[LayerFilters]) -> None:
        self.layers = layers
        self._rebuild()

    def set_selected(self, name: str | None) -> None:
        self.selected = name
        self._rebuild()

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
            tip = self.tr("{name} · filter {j}: {kh}×{kw}, weight norm {norm:.3f}")
            kh, kw = lf.kernel
            tips = [tip.format(name=lf.name, j=j, kh=kh, kw=kw, norm=norm) for j, norm in enumerate(lf.norms)]
            sections.append(Section(title, lf.tiles, tips, self._is_selected(lf.name)))
        self.grid.set_sections(sections)
