"""A scrolling gallery of test images with their true and predicted class and the confidence.

Wrong predictions are written in red. Clicking an image emits ``imageActivated(test index)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from gui.widgets.image_utils import to_pixmap

WRONG, RIGHT = QColor("#c62828"), QColor("#2e7d32")
INDEX_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class GalleryItem:
    index: int  # position in the test set
    true: int
    pred: int
    conf: float


class ImageGallery(QWidget):
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
        self.list.setAccessibleName(self.tr("Test images"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.header)
        lay.addWidget(self.list, 1)
        self._items: list[GalleryItem] = []

    def set_images(
        self,
        title: str,
        images: np.ndarray,
        items: Sequence[GalleryItem],
        class_names: Sequence[str],
        total: int | None = None,
    ) -> None:
        """images: uint8 [n, C, H, W] (or [n, H, W]), one per item, in display order."""
        self.list.clear()
        self._items = list(items)
        shown, total = len(self._items), len(self._items) if total is None else total
        more = (
            self.tr(" (showing the first {shown:,} of {total:,})").format(shown=shown, total=total)
            if total > shown
            else ""
        )
        self.header.setText(f"<b>{title}</b>{more}" if shown else f"<b>{title}</b> — " + self.tr("no images here."))
        names = [str(c) for c in class_names]
        for img, it in zip(images, self._items):
            wrong = it.true != it.pred
            answer = f"{names[it.true]}→{names[it.pred]}" if wrong else names[it.pred]
            text = f"{answer}\n{100 * it.conf:.0f}%"
            item = QListWidgetItem(QIcon(to_pixmap(np.asarray(img), self.thumb)), text)
            item.setData(INDEX_ROLE, it.index)
            item.setForeground(QBrush(WRONG if wrong else RIGHT))
            item.setToolTip(
                self.tr(
                    "Test image #{i}: true '{t}', predicted '{p}' with {c:.1f} % confidence. "
                    "Click to try what-ifs on it."
                ).format(i=it.index, t=names[it.true], p=names[it.pred], c=100 * it.conf)
            )
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.list.addItem(item)

    def clear(self, text: str = "") -> None:
        self.list.clear()
        self._items = []
        self.header.setText(text)

    def items(self) -> list[GalleryItem]:
        return list(self._items)

    def item_widget_rect(self, row: int):
        """Where item ``row`` is drawn, in the list's viewport coordinates (for tests clicking it)."""
        return self.list.visualItemRect(self.list.item(row))

    def _clicked(self, item: QListWidgetItem) -> None:
        self.imageActivated.emit(int(item.data(INDEX_ROLE)))
