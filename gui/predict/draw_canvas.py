"""A square drawing canvas: thick round white strokes on black, from mouse, pen or finger.

Strokes are kept as points in normalised coordinates (0..1 across the square "paper"),
so a drawing survives resizing and can be saved and replayed. ``image()`` renders them
to a grey numpy array for core.preprocess.mnist_style.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QShortcut,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from gui.widgets.retranslating import Retranslating

Point = tuple[float, float, float]  # x, y in 0..1 across the paper; pen pressure 0..1 (mouse: 1)
PEN_FRACTION = 1 / 12  # pen width as a fraction of the paper's side
EMIT_INTERVAL_MS = 50  # drawingChanged at most this often while a stroke is drawn
MIN_STEP = 0.002  # points closer than this (normalised) are skipped
INK, PAPER = QColor(255, 255, 255), QColor(0, 0, 0)


def _pen_width(side: float, pressure: float) -> float:
    """Full width at pressure 1 (mouse, touch); a light pen touch gives down to half width."""
    return side * PEN_FRACTION * (0.5 + 0.5 * min(max(pressure, 0.0), 1.0))


def paint_strokes(p: QPainter, strokes: Iterable[Sequence[Point]], origin: QPointF, side: float) -> None:
    """Draw strokes with round caps and joins onto a square of `side` pixels at `origin`."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for stroke in strokes:
        if not stroke:
            continue
        pts = [QPointF(origin.x() + x * side, origin.y() + y * side) for x, y, _ in stroke]
        pressures = {pr for _, _, pr in stroke}
        if len(pts) == 1 or len(pressures) == 1:
            pen = QPen(
                INK,
                _pen_width(side, stroke[0][2]),
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
            p.setPen(pen)
            if len(pts) == 1:
                p.drawPoint(pts[0])
                continue
            path = QPainterPath(pts[0])
            for q in pts[1:]:
                path.lineTo(q)
            p.strokePath(path, pen)
        else:  # pressure varies along the stroke: one round-capped segment per step
            for a, b, pr in zip(pts, pts[1:], (s[2] for s in stroke[1:])):
                p.setPen(
                    QPen(
                        INK,
                        _pen_width(side, pr),
                        Qt.PenStyle.SolidLine,
                        Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin,
                    )
                )
                p.drawLine(a, b)


class DrawCanvas(Retranslating, QWidget):
    """Draw a digit. Ctrl+Z undoes the last stroke, Delete clears (while the canvas has focus)."""

    drawingChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawCanvas")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self._cache: QImage | None = None  # finished strokes at the current widget size
        self._emit_timer = QTimer(self, singleShot=True, interval=EMIT_INTERVAL_MS)
        self._emit_timer.timeout.connect(self.drawingChanged)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo), (QKeySequence(Qt.Key.Key_Delete), self.clear)):
            sc = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Drawing canvas"))
        self.setAccessibleDescription(
            self.tr(
                "Draw one digit with the mouse, a pen or a finger. "
                "Ctrl+Z undoes the last stroke, Delete clears the canvas."
            )
        )
        self.setToolTip(self.tr("Draw a digit. Ctrl+Z: undo the last stroke. Delete: clear."))
        self.update()  # the empty canvas paints its invitation in the language now installed

    # ----- public API -------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def is_empty(self) -> bool:
        return not self._strokes and not self._current

    def strokes(self) -> list[list[Point]]:
        """A copy of all strokes (including one being drawn) as lists of (x, y, pressure)."""
        done = [list(s) for s in self._strokes]
        return done + ([list(self._current)] if self._current else [])

    def set_strokes(self, strokes: Iterable[Sequence[Sequence[float]]]) -> None:
        """Replace the drawing; points are (x, y) or (x, y, pressure) in 0..1."""
        new = []
        for stroke in strokes:
            pts = [(float(p[0]), float(p[1]), float(p[2]) if len(p) > 2 else 1.0) for p in stroke]
            if pts:
                new.append(pts)
        self._current = None
        self._strokes = new
        self._changed()

    def undo(self) -> None:
        if self._current:
            self._current = None
        elif self._strokes:
            self._strokes.pop()
        else:
            return
        self._changed()

    def clear(self) -> None:
        if self.is_empty():
            return
        self._strokes, self._current = [], None
        self._changed()

    def image(self, size: int = 280) -> np.ndarray:
        """The drawing as a size x size uint8 array: white (255) ink on black (0)."""
        img = QImage(size, size, QImage.Format.Format_Grayscale8)
        img.fill(0)
        p = QPainter(img)
        paint_strokes(p, self.strokes(), QPointF(0, 0), float(size))
        p.end()
        a = np.frombuffer(img.constBits(), dtype=np.uint8).reshape(size, img.bytesPerLine())
        return a[:, :size].copy()

    # ----- geometry ---------------------------------------------------------------------
    def paper_rect(self) -> QRectF:
        """The square the strokes live in, centred in the widget."""
        side = float(min(self.width(), self.height()))
        return QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)

    def to_widget(self, x: float, y: float) -> QPointF:
        r = self.paper_rect()
        return QPointF(r.x() + x * r.width(), r.y() + y * r.width())

    def _to_paper(self, pos: QPointF) -> tuple[float, float]:
        r = self.paper_rect()
        side = max(r.width(), 1.0)
        x = min(max((pos.x() - r.x()) / side, 0.0), 1.0)
        y = min(max((pos.y() - r.y()) / side, 0.0), 1.0)
        return x, y

    # ----- stroke recording -------------------------------------------------------------
    def _begin(self, pos: QPointF, pressure: float = 1.0) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._current = [(*self._to_paper(pos), pressure)]
        self._point_added()

    def _extend(self, pos: QPointF, pressure: float = 1.0) -> None:
        if self._current is None:
            return
        x, y = self._to_paper(pos)
        lx, ly, _ = self._current[-1]
        if abs(x - lx) < MIN_STEP and abs(y - ly) < MIN_STEP:
            return
        self._current.append((x, y, pressure))
        self._point_added()

    def _end(self) -> None:
        if self._current is None:
            return
        self._strokes.append(self._current)
        self._current = None
        self._changed()

    def _point_added(self) -> None:
        self.update()
        if not self._emit_timer.isActive():
            self._emit_timer.start()

    def _changed(self) -> None:
        self._emit_timer.stop()
        self._cache = None
        self.update()
        self.drawingChanged.emit()

    # ----- input events -----------------------------------------------------------------
    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self._begin(e.position())
            e.accept()
        else:
            super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        # Not checking e.buttons(): some platforms (and QTest) send moves without them.
        if self._current is not None:
            self._extend(e.position())
            e.accept()

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self._extend(e.position())
            self._end()
            e.accept()

    def tabletEvent(self, e: QTabletEvent) -> None:
        t = e.type()
        if t == QEvent.Type.TabletPress:
            self._begin(e.position(), e.pressure())
        elif t == QEvent.Type.TabletMove:
            self._extend(e.position(), e.pressure())
        elif t == QEvent.Type.TabletRelease:
            self._end()
        e.accept()  # accepted: Qt sends no duplicate mouse events

    def event(self, e: QEvent) -> bool:
        t = e.type()
        if t in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            pts = e.points()
            if t == QEvent.Type.TouchBegin and pts:
                self._begin(pts[0].position())
            elif t == QEvent.Type.TouchUpdate and pts:
                self._extend(pts[0].position())
            elif t == QEvent.Type.TouchEnd:
                self._end()
            elif t == QEvent.Type.TouchCancel:
                self._current = None
                self.update()
            e.accept()
            return True
        return super().event(e)

    # ----- painting ---------------------------------------------------------------------
    def resizeEvent(self, e) -> None:
        self._cache = None
        super().resizeEvent(e)

    def _finished_layer(self) -> QImage:
        if self._cache is None or self._cache.size() != self.size():
            img = QImage(self.size(), QImage.Format.Format_ARGB32_Premultiplied)
            img.fill(Qt.GlobalColor.transparent)
            p = QPainter(img)
            r = self.paper_rect()
            paint_strokes(p, self._strokes, r.topLeft(), r.width())
            p.end()
            self._cache = img
        return self._cache

    def paintEvent(self, e) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        r = self.paper_rect()
        p.fillRect(r, PAPER)
        p.drawImage(0, 0, self._finished_layer())
        if self._current:
            paint_strokes(p, [self._current], r.topLeft(), r.width())
        if self.is_empty():
            p.setPen(QColor(255, 255, 255, 110))
            f = p.font()
            f.setPointSizeF(max(10.0, r.width() / 22))
            p.setFont(f)
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, self.tr("Draw a digit here"))
        if self.hasFocus():
            p.setPen(QPen(self.palette().highlight().color(), 2))
            p.drawRect(r.adjusted(1, 1, -1, -1))
        p.end()
