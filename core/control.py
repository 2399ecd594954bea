"""Stop / pause / step-one-epoch, shared between the thread that trains and the one that asks."""

from __future__ import annotations

import threading


class RunControl:
    def __init__(self) -> None:
        self.stop_requested = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._pause_at_epoch_end = threading.Event()

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def stop(self) -> None:
        self.stop_requested.set()
        self._running.set()  # wake a paused loop so it can exit

    def step_epoch(self) -> None:
        """Finish the current epoch (or train one if none is under way), then pause."""
        self._pause_at_epoch_end.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stopped(self) -> bool:
        return self.stop_requested.is_set()

    def take_epoch_end_pause(self) -> bool:
        """True once after step_epoch(): the trainer should pause now."""
        if self._pause_at_epoch_end.is_set():
            self._pause_at_epoch_end.clear()
            self._running.clear()
            return True
        return False

    def wait_while_paused(self) -> float:
        """Block while paused; returns the seconds spent waiting (left out of speed and ETA)."""
        if self._running.is_set():
            return 0.0
        import time

        start = time.perf_counter()
        self._running.wait()
        return time.perf_counter() - start
