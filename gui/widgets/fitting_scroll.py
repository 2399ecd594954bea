"""A scroll area that scrolls only up and down and is never narrower than what it holds: a splitter then gives
the Train tab's settings the width their longest entry needs (a 1024x768 projector), instead of cutting them
at the right edge where no scroll bar can reach."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QStyle


class VerticalScrollArea(QScrollArea):
    def __init__(self, **kwargs):
        super().__init__(widgetResizable=True, horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff, **kwargs)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(inner.minimumSizeHint().width() + bar + 2 * self.frameWidth(), hint.height())
