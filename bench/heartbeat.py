"""The UI heartbeat the window benches share: a 10 ms QTimer on the GUI thread, whose late ticks are a frozen UI."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QElapsedTimer, QTimer


class Heartbeat:
    """A 10 ms timer on the GUI thread; a long gap means the event loop was busy (a frozen UI)."""

    def __init__(self):
        self.gaps: list[float] = []
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.gaps.clear()
        self.clock.start()
        self.timer.start()

    def tick(self):
        self.gaps.append(self.clock.restart())

    def stop(self) -> dict:
        self.timer.stop()
        gaps = np.array(self.gaps[1:] or [0.0])
        return {
            "p50": float(np.percentile(gaps, 50)),
            "p99": float(np.percentile(gaps, 99)),
            "max": float(gaps.max()),
            "over_20": int((gaps >= 20).sum()),  # the p99 stays under 20 ms while this is under 1 % of the ticks
            "ticks": len(gaps),
        }
