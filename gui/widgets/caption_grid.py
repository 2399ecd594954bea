"""Where a grid of captioned thumbnails goes: the column count that gives the largest images while every caption
stays whole, wrapped onto more lines under its image rather than elided ("T-sh…" beside an open lesson on a
1024x768 projector)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
LINES = 2  # a caption wraps onto at most this many lines
READABLE = 28  # px: the least side of an image; a pane too small for all of them at this size shows fewer


@dataclass(frozen=True)
class GridCells:
    columns: int
    cell: int  # width of a column
    side: int  # an image's side
    top: int  # where the first row starts
    caption_h: int  # the room under each image for its (wrapped) caption
    shown: int  # how many images fit (the first ones)

    @property
    def row_h(self) -> int:
        return self.side + self.caption_h + 4


def caption_height(fm: QFontMetrics, captions: tuple[str, ...], width: int) -> int | None:
    """The height the tallest caption needs wrapped at ``width``; None when a word is wider than that or a caption
    needs more than LINES lines (a Chinese caption breaks after any character: one per line reads badly)."""
    if not captions:
        return fm.height() + 2
    rects = [fm.boundingRect(QRect(0, 0, width, 10_000), WRAP, c) for c in captions]
    tallest = max(r.height() for r in rects)
    return None if max(r.width() for r in rects) > width or tallest > LINES * fm.lineSpacing() else tallest + 2


@lru_cache(maxsize=64)  # painted 4 times a second while a run trains: measured once per size and text
def _fit(font_key: str, width: int, height: int, top: int, count: int, captions: tuple[str, ...]) -> GridCells:
    font = QFont()
    font.fromString(font_key)
    fm = QFontMetrics(font)
    best = GridCells(1, width, 0, top, caption_height(fm, captions, width - 2) or fm.height() * 2 + 2, 1)
    for columns in range(1, count + 1):
        cell = width // columns
        caption_h = caption_height(fm, captions, cell - 2)
        if caption_h is None or cell - 6 < READABLE:  # its words or images no longer fit: more columns are worse
            break
        side = min(cell - 6, (height - top) // -(-count // columns) - caption_h - 4)
        if side < READABLE:  # not all of them: as many rows as fit at a readable size
            side = READABLE
        rows = max(1, (height - top) // (side + caption_h + 4))
        found = GridCells(columns, cell, side, top, caption_h, min(count, rows * columns))
        if found.shown * found.side**2 > best.shown * best.side**2:  # the most image area
            best = found
    return best if best.side else GridCells(1, width, max(width - 6, 1), top, best.caption_h, 1)


def fit_cells(font: QFont, width: int, height: int, top: int, count: int, captions: list[str]) -> GridCells:
    """``count`` images with ``captions`` in a ``width`` x ``height`` pane whose grid starts at ``top``."""
    return _fit(font.toString(), width, height, top, max(count, 1), tuple(captions))
