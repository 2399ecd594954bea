"""Training time with pauses left out: this session's, the current epoch's, and the time left at that pace."""

from __future__ import annotations

import time


class TrainClock:
    def __init__(self) -> None:
        self._t0 = self._epoch_start = time.perf_counter()
        self.paused_s = 0.0  # every pause of this session, summed
        self._paused_at_epoch_start = 0.0

    def start(self) -> None:
        self._t0 = time.perf_counter()

    def add_pause(self, seconds: float) -> None:
        self.paused_s += seconds

    def start_epoch(self) -> None:
        self._epoch_start, self._paused_at_epoch_start = time.perf_counter(), self.paused_s

    def epoch_s(self) -> float:
        """Seconds of training in this epoch so far, pauses left out."""
        return time.perf_counter() - self._epoch_start - (self.paused_s - self._paused_at_epoch_start)

    def active_s(self) -> float:
        return time.perf_counter() - self._t0 - self.paused_s

    def eta(self, done: int, planned: int) -> float:
        """Seconds left for the steps not done at the average pace so far (evaluation included once an epoch has
        ended); NaN before the first step."""
        return self.active_s() / done * (planned - done) if done else float("nan")
