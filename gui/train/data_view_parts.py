"""The Data view's word pieces: the per-class counts table, the class-balance warnings and the skipped files."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QListWidget, QTableWidget, QTableWidgetItem

from core.data import SkippedFile
from core.data_overview import SPLITS, BalanceWarning, DataOverview
from gui.widgets.retranslating import Retranslating

MAX_ROWS = 12  # classes the table shows without scrolling
SHOWN_SKIPS = 200  # files listed at most; the title says how many there were


class CountsTable(Retranslating, QTableWidget):
    """Rows: classes; columns: images in the training, validation and test parts."""

    def __init__(self):
        super().__init__(0, len(SPLITS), objectName="classCounts")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # each its own word
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.whole = True  # as wide as its columns; False: as wide as the page, scrolling its columns if need be
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Train"), self.tr("Validation"), self.tr("Test")])
        self._fit_width()

    def hold_width(self, whole: bool) -> None:
        """``whole``: beside the preview. Stacked on a page narrower than the columns (beside lesson 1 on a 1024x768
        projector) the table scrolls its columns rather than make the page scroll sideways."""
        if whole != self.whole:
            self.whole = whole
            self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for the class names and each header's word ("Validation"), never cut."""
        header = self.horizontalHeader()
        columns = sum(max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(self.columnCount()))
        needed = self.verticalHeader().sizeHint().width() + columns + 2 * self.frameWidth() + 4
        self.setMinimumWidth(needed if self.whole else 0)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # projector mode: larger words need more room
            self._fit_width()

    def show_counts(self, found: DataOverview | None, names: Sequence[str] = ()) -> None:
        self.setRowCount(0 if found is None else len(names))
        if found is None:
            return
        self.setVerticalHeaderLabels(list(names))
        self._fit_width()
        for col, split in enumerate(SPLITS):
            for row, count in enumerate(found.counts[split]):
                item = QTableWidgetItem(f"{count:,}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, item)
        rows = sum(self.rowHeight(r) for r in range(min(self.rowCount(), MAX_ROWS)))
        self.setFixedHeight(rows + self.horizontalHeader().height() + 2 * self.frameWidth())  # all classes, no scroll

    def count(self, class_index: int, split: str) -> int:
        return int(self.item(class_index, SPLITS.index(split)).text().replace(",", ""))


class BalanceWarnings(QLabel):
    """One sentence per class too rare in a part, with what to do; hidden when the classes are balanced."""

    def __init__(self):
        super().__init__(wordWrap=True, objectName="balanceWarnings")
        self.setStyleSheet("QLabel#balanceWarnings { background: #fff6dc; border: 1px solid #e0b84c; padding: 6px; }")
        self.setVisible(False)

    def show_warnings(self, warnings: Sequence[BalanceWarning], names: dict[str, str]) -> None:
        parts = {"train": self.tr("training"), "validation": self.tr("validation"), "test": self.tr("test")}
        lines = []
        for w in warnings:
            name, part = names.get(w.class_name, w.class_name), parts[w.split]
            if w.kind == "missing":
                lines.append(self.tr("'{name}' has no {part} images.").format(name=name, part=part))
            else:
                lines.append(
                    self.tr("'{name}' is rare among the {part} images: %n, against {average} per class.", "", w.count)
                    .format(name=name, part=part, average=f"{w.average:,.0f}")
                )  # fmt: skip
        if lines:
            lines.append(
                self.tr(
                    "A network sees rare classes seldom and learns them last: add images of those classes, "
                    "or expect lower accuracy on them."
                )
            )
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))


class SkippedFiles(QListWidget):
    """An image folder's files left out: the path and why, as the loader found it."""

    def __init__(self):
        super().__init__(objectName="skippedFiles")
        self.setMaximumHeight(160)
        self.setVisible(False)

    def show_files(self, skipped: Sequence[SkippedFile]) -> None:
        reasons = {
            "not_image": self.tr("not an image"),
            "unreadable": self.tr("unreadable"),
            "too_large": self.tr("too large"),
        }
        self.clear()
        for s in skipped[:SHOWN_SKIPS]:
            self.addItem(f"{s.path.name} — {reasons.get(s.reason, s.reason)}")
            self.item(self.count() - 1).setToolTip(f"{s.path}\n{s.detail}" if s.detail else str(s.path))
        self.setVisible(bool(skipped))


def mosaic(images: np.ndarray, per_row: int = 4, gap: int = 2) -> np.ndarray:
    """uint8 [N, C, H, W] -> one uint8 image [rows*(H+gap), per_row*(W+gap)] (grey) or [..., 3] (colour)."""
    n, c, h, w = images.shape
    rows = -(-n // per_row)
    out = np.full((rows * (h + gap) - gap, per_row * (w + gap) - gap, c), 128, dtype=np.uint8)
    for i, image in enumerate(images):
        r, col = divmod(i, per_row)
        out[r * (h + gap) : r * (h + gap) + h, col * (w + gap) : col * (w + gap) + w] = np.moveaxis(image, 0, -1)
    return out[..., 0] if c == 1 else out[..., :3]
