"""Garbage made on the GUI thread is collected there, even when a worker allocates enough to trigger a collection
(a Qt object destroyed on a worker: "Timers cannot be stopped from another thread", at times a crash at exit)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject, QTimer

from gui.tasks import TaskService


class _TimerInACycle(QObject):
    """A Qt object with a running timer, kept alive only by a reference cycle, as a dropped window is."""

    def __init__(self, destroyed_on: list[str]):
        super().__init__()
        self.timer = QTimer(self, interval=10_000)
        self.timer.start()
        self.cycle = self
        self.destroyed_on = destroyed_on

    def __del__(self):
        self.destroyed_on.append(threading.current_thread().name)


def _allocate(ctx) -> int:
    cycles = []
    for i in range(50_000):  # well past the collector's thresholds, many times
        box = [i]
        box.append(box)
        cycles.append(box)
    return len(cycles)


def test_cycles_from_the_gui_thread_are_collected_on_it_while_workers_run(qtbot):
    tasks = TaskService()
    try:
        assert not gc.isenabled()  # automatic collection is off while workers live
        destroyed_on: list[str] = []
        _TimerInACycle(destroyed_on)  # garbage at once: only its cycle holds it
        done = []
        tasks.submit("test", "allocate", _allocate, on_done=done.append)
        qtbot.waitUntil(lambda: bool(done and destroyed_on), timeout=30_000)  # the GUI thread's timer collects it
        assert done == [50_000]
        assert destroyed_on == [threading.main_thread().name]
    finally:
        tasks.cancel_all()
        assert tasks.wait(60)
    assert gc.isenabled()  # every worker ended: automatic collection is back
