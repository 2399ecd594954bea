"""A compared run's mark: a square in its colour with its number, on its show/hide box and over its column of the
settings table, so a column too narrow for the run's name still says which run it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap


def run_swatch(color: str, number: int, size: int) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    painter = QPainter(pix)
    font = QFont()
    font.setPixelSize(max(8, int(size * 0.75)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pix.rect(), Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()
    return QIcon(pix)
