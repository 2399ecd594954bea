"""While task workers live, Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread crosses its allocation threshold. When that is a worker and the garbage
holds a Qt object of the GUI thread (a window dropped by its owner, a plot item in a reference cycle), the object
is destroyed on the worker: "QObject::~QObject: Timers cannot be stopped from another thread", and at times a
crash. pyqtgraph's GarbageCollector turns automatic collection off and collects from a GUI-thread timer instead;
the task service switches it on with its first workers and off once every worker has ended.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication
from pyqtgraph.util.garbage_collector import GarbageCollector

_collector: GarbageCollector | None = None


def collect_on_gui_thread() -> None:
    """Call on the GUI thread before starting workers; idempotent."""
    global _collector
    if _collector is not None:
        return
    _collector = GarbageCollector(interval=0.5)
    _collector.timer.setParent(QCoreApplication.instance())  # dies with the app, never after it


def collect_anywhere() -> None:
    """Call on the GUI thread once no worker runs: automatic collection again, after a last full one here."""
    global _collector
    if _collector is None:
        return
    _collector.timer.stop()
    _collector.timer.deleteLater()
    _collector = None
    gc.collect()
    gc.enable()


def freeze_imports() -> None:
    """Call once the app's modules are imported, before its window is built: their 400,000 objects (torch's most)
    live as long as the process, yet every full collection walked them, 300-600 ms on the GUI thread each time.
    Frozen, a full collection walks only what the window made since."""
    gc.freeze()
