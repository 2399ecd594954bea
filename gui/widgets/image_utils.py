"""numpy images -> QImage / QPixmap, and the colour maps the views share.

Every QImage made here owns a copy of its pixels (numpy buffers can go away).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from core.images import composite_array
from gui.theme import mark_caption
from gui.widgets.retranslating import Retranslating, Words, say

# A blue - white - red diverging map (negative - zero - positive), 256 steps.
_t = np.linspace(-1.0, 1.0, 256)[:, None]
_BLUE, _WHITE, _RED = np.array([33, 102, 172]), np.array([247, 247, 247]), np.array([178, 24, 43])
DIVERGING = np.where(_t < 0, _WHITE + (_BLUE - _WHITE) * (-_t), _WHITE + (_RED - _WHITE) * _t).astype(np.uint8)

# A dark-to-bright "heat" map for saliency (black - red - yellow - white).
_h = np.linspace(0.0, 1.0, 256)
HEAT = (np.stack([np.clip(3 * _h, 0, 1), np.clip(3 * _h - 1, 0, 1), np.clip(3 * _h - 2, 0, 1)], 1) * 255).astype(
    np.uint8
)

# Viridis-like sequential map for counts (light to dark blue, readable black/white text on top).
_s = np.linspace(0.0, 1.0, 256)[:, None]
BLUES = (np.array([247, 251, 255]) + (np.array([8, 48, 107]) - np.array([247, 251, 255])) * _s**0.8).astype(np.uint8)


def to_uint8(image: np.ndarray) -> np.ndarray:
    """Float 0..1 or uint8 images -> uint8 (HxW, HxWxC, or CxHxW with C in 1..4 turned to HxWxC)."""
    a = np.asarray(image)
    if a.ndim == 3 and a.shape[0] in (1, 2, 3, 4) and a.shape[-1] not in (1, 2, 3, 4):
        a = np.moveaxis(a, 0, -1)
    if a.ndim == 3 and a.shape[-1] == 1:
        a = a[..., 0]
    if a.dtype != np.uint8:
        a = (np.clip(np.nan_to_num(a.astype(np.float32)), 0.0, 1.0) * 255 + 0.5).astype(np.uint8)
    return np.ascontiguousarray(a)


def to_qimage(image: np.ndarray) -> QImage:
    """HxW grey, HxWx2 grey+alpha, HxWx3 RGB or HxWx4 RGBA (uint8, or float in 0..1; CxHxW accepted) -> an owning
    QImage. Transparency goes onto the colour that is not the ink, as the model sees it (core.images)."""
    a = to_uint8(image)
    if a.ndim == 3 and a.shape[2] in (2, 4):
        a = to_uint8(composite_array(a.astype(np.float32) / 255.0))
    h, w = a.shape[:2]
    if a.ndim == 2:
        return QImage(a.data, w, h, a.strides[0], QImage.Format.Format_Grayscale8).copy()
    if a.ndim == 3 and a.shape[2] == 3:
        return QImage(a.data, w, h, a.strides[0], QImage.Format.Format_RGB888).copy()
    raise ValueError(f"Cannot show an image of shape {np.shape(image)}.")


def to_pixmap(image: np.ndarray, size: int | None = None) -> QPixmap:
    """As to_qimage, scaled (blocky, so pixels stay visible) to ``size`` x ``size`` if given."""
    pix = QPixmap.fromImage(to_qimage(image))
    if size:
        pix = pix.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
    return pix


def apply_map(values: np.ndarray, colormap: np.ndarray, lo: float, hi: float) -> np.ndarray:
    """Values -> RGB uint8 through a 256-entry colour map, lo..hi spread over the map."""
    v = np.nan_to_num(np.asarray(values, dtype=np.float32))
    span = hi - lo if hi > lo else 1.0
    idx = np.clip((v - lo) / span * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return colormap[idx]


def diverging(values: np.ndarray, limit: float | None = None) -> np.ndarray:
    """Signed values -> blue (negative) / white (0) / red (positive), symmetric around 0."""
    v = np.asarray(values, dtype=np.float32)
    limit = float(np.abs(v).max()) if limit is None else float(limit)
    limit = limit if limit > 0 else 1.0
    return apply_map(v, DIVERGING, -limit, limit)


def overlay_heat(image: np.ndarray, heat: np.ndarray, alpha: float = 0.55) -> np.ndarray:
    """A picture (grey HxW or RGB, 0..1) dimmed to grey with a heat map (HxW, 0..1) blended on top: RGB uint8."""
    base = to_uint8(image).astype(np.float32) / 255.0
    if base.ndim == 3:
        base = base.mean(2)
    if base.shape != heat.shape:
        raise ValueError(f"Image {base.shape} and heat map {heat.shape} differ in size.")
    grey = np.repeat((0.25 + 0.5 * base)[..., None], 3, axis=2)
    colour = HEAT[np.clip(heat * 255 + 0.5, 0, 255).astype(np.uint8)].astype(np.float32) / 255.0
    a = alpha * np.clip(heat, 0, 1)[..., None] ** 0.5
    return ((grey * (1 - a) + colour * a) * 255 + 0.5).astype(np.uint8)


class Caption(Retranslating, QLabel):
    """A plain-language caption under a view: wrapped, small, muted; says its words again after a switch."""

    def __init__(self, text: Words = ""):
        super().__init__()
        self.words = text
        self.setWordWrap(True)
        mark_caption(self, normal_color="#505050")
        self.retranslate()

    def set_words(self, text: Words) -> None:
        self.words = text
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(say(self.words))


def caption(text: Words) -> Caption:
    """A caption saying ``text`` (pass ``lambda: self.tr(...)`` to follow a language switch)."""
    return Caption(text)


def captioned_page(body: QWidget, text: Words, extra: QWidget | None = None) -> QWidget:
    """A tab page: a caption saying what the view shows, an optional control under it, then the view."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.addWidget(caption(text))
    if extra is not None:
        box.addWidget(extra, 0, Qt.AlignmentFlag.AlignLeft)
    box.addWidget(body, 1)
    return page


def side_by_side(parent: QWidget, left: QWidget, right: QWidget, stretch: tuple[int, int]) -> QSplitter:
    """The analysis views' layout: tables and charts on the left, tabbed pages on the right, resizable."""
    split = QSplitter(Qt.Orientation.Horizontal, parent)
    split.addWidget(left)
    split.addWidget(right)
    split.setStretchFactor(0, stretch[0])
    split.setStretchFactor(1, stretch[1])
    return split


def fit_side_by_side(split: QSplitter, width: int, least_right: int = 0) -> None:
    """Side by side when both sides fit ``width`` (the page's), else one above the other: beside an open lesson on a
    1024x768 projector the page then scrolls down, not sideways. ``least_right``: the width below which the right
    side (charts) is of no use, whatever its minimum."""
    left, right = (split.widget(i).minimumSizeHint().width() for i in range(2))
    need = left + max(right, least_right) + split.handleWidth() + 2 * 6  # the page's margins
    orientation = Qt.Orientation.Horizontal if need <= width else Qt.Orientation.Vertical
    if split.orientation() != orientation:
        split.setChildrenCollapsible(False)  # one above the other, each keeps its height: the page scrolls to it
        split.setOrientation(orientation)
        widgets = [split.widget(i) for i in range(split.count())]
        vertical = orientation == Qt.Orientation.Vertical  # stacked: each side as tall as it asks, nothing clipped
        # side by side: halves of the page's width, not of the splitter's, which is still laid out one above the
        # other (its room would go to the side with the stretch, leaving the other at its minimum)
        half = max(0, width - split.handleWidth()) // 2
        split.setSizes([w.sizeHint().height() if vertical else half for w in widgets])
