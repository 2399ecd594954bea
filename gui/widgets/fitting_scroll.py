"""A scroll area that scrolls only up and down and is never narrower than what it holds: a splitter then gives
the Train tab's settings the width their longest entry needs (a 1024x768 projector), instead of cutting them
at the right edge where no scroll bar can reach."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtWidgets import QScrollArea, QSplitter, QStyle


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
            if self.width() < self.minimumSizeHint().width():
                QTimer.singleShot(0, self, self._widen)  # dropped with this area (a closed window)
        return super().eventFilter(watched, event)

    def _widen(self) -> None:
        """A splitter keeps its sizes when a child's minimum grows (a switch to projector mode): ask again."""
        child, parent = self, self.parentWidget()
        while parent is not None and not isinstance(parent, QSplitter):
            child, parent = parent, parent.parentWidget()
        if parent is not None and self.width() < self.minimumSizeHint().width():
            i, sizes = parent.indexOf(child), parent.sizes()
            grow = self.minimumSizeHint().width() - self.width()
            others = [j for j in range(len(sizes)) if j != i]
            if others:
                sizes[i] += grow
                sizes[others[-1]] -= grow
                parent.setSizes(sizes)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = inner.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(max(width, self.floor_width), hint.height())
