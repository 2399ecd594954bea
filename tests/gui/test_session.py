"""The Qt adapter of the engine: coalesced signals on the GUI thread, controls, clean thread ends; the job runner."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtWidgets import QApplication

from core.config import TrainConfig
from core.control import RunControl
from core.events import BatchEnd, Paused, Progress, RunFinished
from gui import session as session_module
from gui.jobs import Jobs
from gui.session import TrainingSession, TrainingWorker
from tests.helpers import MNIST_SMALL


class Recorder(QObject):
    """A GUI-thread receiver: worker signals must reach bound methods like these on the GUI thread."""

    def __init__(self):
        super().__init__()
        self.batches, self.other, self.threads = [], [], set()

    @Slot(object)
    def on_batches(self, events):
        self.threads.add(QThread.currentThread())
        self.batches.append(list(events))

    @Slot(object)
    def on_other(self, event):
        self.threads.add(QThread.currentThread())
        self.other.append(event)


def batch(i: int) -> BatchEnd:
    return BatchEnd(1, i, 1000, i, 1.0 / i, 0.5, 1e-3, 100.0, 0.1, 1.0)


def test_batch_events_are_coalesced_and_flushed_in_order_before_other_events(monkeypatch, qapp):
    clock = [0.0]
    monkeypatch.setattr(session_module.time, "perf_counter", lambda: clock[0])
    worker, rec = TrainingWorker(TrainConfig(dataset="shapes"), RunControl()), Recorder()
    worker.batches.connect(rec.on_batches)
    worker.paused.connect(rec.on_other)
    worker.progress.connect(rec.on_other)
    clock[0] = 1.0
    for i in range(1, 101):  # 100 batches within 10 ms: one signal for the first, the rest wait
        worker.on_event(batch(i))
        clock[0] += 0.0001
    assert [len(b) for b in rec.batches] == [1]
    clock[0] += 0.05
    worker.on_event(batch(101))  # the interval has passed: everything pending goes in one list
    assert [len(b) for b in rec.batches] == [1, 100]
    worker.on_event(batch(102))
    worker.on_event(Paused(1, 102))  # flushes the pending batch first, so the order is kept
    assert [b.batch for chunk in rec.batches for b in chunk] == list(range(1, 103))
    assert isinstance(rec.other[-1], Paused)
    for done in range(0, 1000, 10):  # progress is throttled too, but its last step always shows
        worker.on_event(Progress("Downloading", done, 1000))
    worker.on_event(Progress("Downloading", 1000, 1000))
    progress = [e for e in rec.other if isinstance(e, Progress)]
    assert 1 <= len(progress) <= 3 and progress[-1].done == 1000


def test_a_real_run_arrives_coalesced_on_the_gui_thread_and_the_thread_ends(qtbot, mnist, data_root, tmp_path):
    session, rec = TrainingSession(), Recorder()
    session.batches.connect(rec.on_batches)
    for name in ("started", "epochEnded", "finished"):
        getattr(session, name).connect(rec.on_other)
    cfg = TrainConfig(**{**MNIST_SMALL, "batch_size": 16, "train_subset": 2000})  # 125 batches
    with qtbot.waitSignal(session.finished, timeout=60_000):
        assert session.start(cfg, data_root, tmp_path / "runs")
        assert session.thread is not threading.current_thread() and session.thread.daemon
        assert not session.start(cfg, data_root)  # one run at a time
    events = [b for chunk in rec.batches for b in chunk]
    assert [b.batch for b in events] == list(range(1, 126))
    assert len(rec.batches) < len(events), "batches were not coalesced"
    assert session.worker is None
    assert rec.threads == {QApplication.instance().thread()}
    assert isinstance(session.final, RunFinished) and session.thread is None
    last = session.last_epoch
    assert last.card.epoch == 1 and "conv" in " ".join(last.weights) and session.run_dir == session.final.run_dir


def test_shutdown_stops_a_running_session_and_joins_its_thread(qtbot, data_root, tmp_path):
    session = TrainingSession()
    cfg = TrainConfig(**{**MNIST_SMALL, "epochs": 50})
    with qtbot.waitSignal(session.batches, timeout=60_000):
        session.start(cfg, data_root, tmp_path / "runs")
    thread = session.thread
    assert session.shutdown(10_000)
    assert not thread.is_alive()
    with qtbot.waitSignal(session.finished, timeout=5_000) as final:
        pass
    assert final.args[0].kind == "stopped" and session.thread is None


def test_background_jobs_report_on_the_gui_thread_and_only_the_newest_per_key(qtbot):
    jobs, results, threads, gate = Jobs("test"), [], set(), threading.Event()

    def slow(value):
        gate.wait(5)
        threads.add(threading.current_thread().name)
        return value

    try:
        jobs.submit("k", lambda: slow("first"), results.append)
        jobs.submit("k", lambda: slow("stale"), results.append)
        jobs.submit("k", lambda: slow("newest"), results.append)
        errors = []
        jobs.submit("bad", lambda: 1 / 0, results.append, errors.append)
        gate.set()
        qtbot.waitUntil(lambda: "newest" in results and bool(errors), timeout=10_000)
        qtbot.wait(100)
        assert results == ["newest"] and "division" in errors[0]
        assert threading.main_thread().name not in threads
    finally:
        jobs.shutdown()
