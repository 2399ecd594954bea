"""A scroll area that scrolls only up and down and is never narrower than what it holds: a splitter then gives
the Train tab's settings the width their longest entry needs (a 1024x768 projector), instead of cutting them
at the right edge where no scroll bar can reach."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QStyle


class VerticalScrollArea(QScrollArea):
    def __init__(self, floor_width: int = 0, **kwargs):
        """``floor_width``: the narrowest it gets even when what it holds could be narrower."""
        widget = kwargs.pop("widget", None)
        self.floor_width = floor_width
        super().__init__(
            widgetResizable=True, horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff, **kwargs
        )
        if widget is not None:
            self.setWidget(widget)

    def setWidget(self, widget) -> None:  # noqa: N802 (Qt's name)
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds needs another width: the splitter hears of it
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = inner.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(width, self.floor_width), hint.height())
