"""Stop / pause / step-one-epoch and live knob changes, shared between the thread that trains and the one that asks."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.knobs import Knob


class RunControl:
    def __init__(self) -> None:
        self.stop_requested = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self._pause_at_epoch_end = threading.Event()
        self._knob_lock = threading.Lock()
        self._knobs: list[Knob] = []

    def change(self, knob: Knob) -> None:
        """A knob (core.knobs) for the trainer to apply before its next batch, paused or not."""
        with self._knob_lock:
            self._knobs.append(knob)

    def take_knob_changes(self) -> list[Knob]:
        """The changes sent since the last call, oldest first (the trainer's side)."""
        with self._knob_lock:
            taken, self._knobs = self._knobs, []
        return taken

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
