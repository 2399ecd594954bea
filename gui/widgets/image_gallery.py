"""A scrolling gallery of test images with their true and predicted class and the confidence.

Wrong predictions are written in red. Clicking an image emits ``imageActivated(test index)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.core_texts import core_tr
from gui.widgets.image_utils import to_pixmap, to_qimage
from gui.widgets.retranslating import Retranslating, Words, say

WRONG, RIGHT = QColor("#c62828"), QColor("#2e7d32")
INDEX_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class GalleryItem:
    index: int  # position in the test set
    true: int
    pred: int
    conf: float


class ImageGallery(Retranslating, QWidget):
    imageActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None, thumb: int = 56):
        super().__init__(parent)
        self.thumb = thumb
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setUniformItemSizes(True)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setIconSize(QSize(thumb, thumb))
        self.list.setGridSize(QSize(thumb + 44, thumb + 40))
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.itemClicked.connect(self._clicked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addWidget(self.list, 1)
        self._items: list[GalleryItem] = []
        self._title: Words = ""  # what the header says, kept to say it again after a language switch
        self._class_names: list[str] = []  # as core names them; shown in the user's language
        self._total = 0
        self._empty: Words = ""
        self.retranslate()

    def set_images(
        self,
        title: Words,
        images: np.ndarray,
        items: Sequence[GalleryItem],
        class_names: Sequence[str],
        total: int | None = None,
    ) -> None:
        """images: uint8 [n, C, H, W] (or [n, H, W]), one per item, in display order. ``class_names`` as core
        names them (they are shown in the user's language)."""
        self.list.clear()
        self._items, self._title, self._class_names = list(items), title, [str(c) for c in class_names]
        self._empty = ""
        self._total = len(self._items) if total is None else total
        for img, it in zip(images, self._items):
            item = QListWidgetItem(QIcon(to_pixmap(np.asarray(img), self.thumb)), "")
            item.setData(INDEX_ROLE, it.index)
            item.setForeground(QBrush(WRONG if it.true != it.pred else RIGHT))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)
        self.retranslate()

    def set_pictures(self, pictures: Sequence[np.ndarray]) -> None:
        """Replace the items' thumbnails (e.g. with an image and its map side by side), scaled to the icon size."""
        size = self.list.iconSize()
        for row, picture in enumerate(pictures[: self.list.count()]):
            pix = QPixmap.fromImage(to_qimage(picture))
            fit = pix.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)
            self.list.item(row).setIcon(QIcon(fit))

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Test images"))
        if not self._items:
            self.header.setText(
                say(self._empty) if not self._title else f"<b>{say(self._title)}</b> — " + self.tr("no images here.")
            )
            return
        shown = len(self._items)
        more = (
            self.tr(" (showing the first {shown:,} of {total:,})").format(shown=shown, total=self._total)
            if self._total > shown
            else ""
        )
        self.header.setText(f"<b>{say(self._title)}</b>{more}")
        names = [core_tr(c) for c in self._class_names]  # Fashion-MNIST's 'Coat' in the user's language
        for row, it in enumerate(self._items):
            answer = f"{names[it.true]}→{names[it.pred]}" if it.true != it.pred else names[it.pred]
            item = self.list.item(row)
            item.setText(f"{answer}\n{100 * it.conf:.0f}%")
            item.setToolTip(
                self.tr(
                    "Test image #{i}: true '{t}', predicted '{p}' with {c:.1f} % confidence. "
                    "Click to try what-ifs on it."
                ).format(i=it.index, t=names[it.true], p=names[it.pred], c=100 * it.conf)
            )

    def clear(self, text: Words = "") -> None:
        self.list.clear()
        self._items, self._title, self._empty = [], "", text
        self.retranslate()

    def items(self) -> list[GalleryItem]:
        return list(self._items)

    def item_widget_rect(self, row: int):
        """Where item ``row`` is drawn, in the list's viewport coordinates (for tests clicking it)."""
        return self.list.visualItemRect(self.list.item(row))

    def _clicked(self, item: QListWidgetItem) -> None:
        self.imageActivated.emit(int(item.data(INDEX_ROLE)))
