"""Soak test for the binding itself: PySide6-Essentials 6.12.0 on CPython 3.11 corrupted reference counts and
aborted (``Fatal Python error: bool_dealloc``) after a few hundred signal emits. 100,000 emits and 100,000
QPainter calls must run clean, so a bad binding upgrade fails here instead of in a user's session."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QImage, QPainter, QPen

N = 100_000


class Emitter(QObject):
    number = Signal(int)
    flag = Signal(bool)
    payload = Signal(object)


class Counter(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0
        self.total = 0

    @Slot(int)
    def on_number(self, value):
        self.count += 1
        self.total += value

    @Slot(bool)
    def on_flag(self, value):
        self.count += 1

    @Slot(object)
    def on_payload(self, value):
        self.count += 1


def test_a_hundred_thousand_signal_emits(qapp):
    emitter, counter = Emitter(), Counter()
    emitter.number.connect(counter.on_number)
    emitter.flag.connect(counter.on_flag)
    emitter.payload.connect(counter.on_payload)
    unconnected = Emitter()
    for i in range(N // 4):
        emitter.number.emit(i)
        emitter.flag.emit(i % 2 == 0)
        emitter.payload.emit({"i": i})
        unconnected.flag.emit(True)  # the reported crash needed no receiver at all
    assert counter.count == 3 * (N // 4)
    assert counter.total == sum(range(N // 4))


def test_a_hundred_thousand_painter_calls(qapp):
    image = QImage(64, 64, QImage.Format_ARGB32)
    pen = QPen(QColor(255, 0, 0))
    calls = 0
    painter = QPainter()
    while calls < N:
        image.fill(Qt.black)
        painter.begin(image)
        for i in range(48):
            pen.setWidthF(1 + i % 4)
            pen.setColor(QColor(i * 5, 255 - i * 5, 128))
            painter.setPen(pen)
            painter.drawLine(QPointF(0, i), QPointF(63, 63 - i))
        painter.end()
        calls += 1 + 48 * 4
    assert image.pixelColor(0, 0).isValid()
