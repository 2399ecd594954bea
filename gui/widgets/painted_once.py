"""Widgets that paint themselves in Python once per change, not once per paint event.

The confusion matrix (100 cells, each with its numbers) and the sample grid (dozens of images with captions) are
drawn by Python code. Qt asks for a paint far more often than they change: each time their tab is switched to,
a tooltip or a menu uncovers them, a neighbour repaints. With training on the other core, every Python call
waits its turn for the interpreter, so each such paint froze the window for tens of milliseconds. A widget
with this mixin draws into a picture when its data, size, font, palette or style change, and shows that
picture otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter, QPixmap

CHANGES = (QEvent.Type.FontChange, QEvent.Type.PaletteChange, QEvent.Type.StyleChange)


class PaintedOnce:
    """Put it before the Qt widget class; implement ``paint_content`` and call ``repaint_content`` (instead of
    ``update``) whenever what it draws changes."""

    _painted: QPixmap | None = None

    def paint_content(self, painter: QPainter) -> None:
        raise NotImplementedError(f"{type(self).__name__} draws itself in paint_content()")

    def repaint_content(self) -> None:
        self._painted = None
        self.update()  # type: ignore[attr-defined] - the Qt widget class after this mixin

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        ratio = self.devicePixelRatioF()  # type: ignore[attr-defined]
        size = self.size() * ratio  # type: ignore[attr-defined]
        if self._painted is None or self._painted.size() != size:
            picture = QPixmap(size)
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            painter = QPainter(picture)
            self.paint_content(painter)
            painter.end()
            self._painted = picture
        QPainter(self).drawPixmap(0, 0, self._painted)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in CHANGES:
            self._painted = None
        super().changeEvent(event)  # type: ignore[misc]
