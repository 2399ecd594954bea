"""The Qt adapter of the engine on the task service: coalesced events on the GUI thread, controls, clean ends."""

from __future__ import annotations

import os
import sys
import threading

import pytest
import torch
from PySide6.QtCore import QObject, QThread, Slot
from PySide6.QtWidgets import QApplication

from core.config import TrainConfig
from core.events import BatchEnd, Paused, Progress, RunFailed, RunFinished
from core.run_status import read_status
from gui import session as session_module
from gui.session import Coalescer, TrainingSession
from gui.task_workers import BACKGROUND_NICE
from gui.tasks import TaskService
from tests.helpers import MNIST_SMALL


class Recorder(QObject):
    """A GUI-thread receiver: what a task reports must reach it on the GUI thread."""

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


@pytest.fixture
def service(qapp):
    tasks = TaskService()
    yield tasks
    tasks.cancel_all()
    assert tasks.wait(60)


def batch(i: int) -> BatchEnd:
    return BatchEnd(1, i, 1000, i, 1.0 / i, 0.5, 1e-3, 100.0, 0.1, 1.0)


def test_batch_events_are_coalesced_and_flushed_in_order_before_other_events(monkeypatch):
    clock, sent = [0.0], []
    monkeypatch.setattr(session_module.time, "perf_counter", lambda: clock[0])
    coalescer = Coalescer(sent.append)
    batches = lambda: [e for e in sent if isinstance(e, list)]
    clock[0] = 1.0
    for i in range(1, 101):  # 100 batches within 10 ms: one list for the first, the rest wait
        coalescer.on_event(batch(i))
        clock[0] += 0.0001
    assert [len(b) for b in batches()] == [1]
    clock[0] += 0.05
    coalescer.on_event(batch(101))  # the interval has passed: everything pending goes in one list
    assert [len(b) for b in batches()] == [1, 100]
    coalescer.on_event(batch(102))
    coalescer.on_event(Paused(1, 102))  # flushes the pending batch first, so the order is kept
    assert [b.batch for chunk in batches() for b in chunk] == list(range(1, 103))
    assert isinstance(sent[-1], Paused)
    for done in range(0, 1000, 10):  # progress is throttled too, but its last step always shows
        coalescer.on_event(Progress("Downloading", done, 1000))
    coalescer.on_event(Progress("Downloading", 1000, 1000))
    progress = [e for e in sent if isinstance(e, Progress)]
    assert 1 <= len(progress) <= 3 and progress[-1].done == 1000
    coalescer.on_event(RunFinished(None, (), 1.0))  # the last event is the task's result, not an event
    assert not isinstance(sent[-1], RunFinished)


def test_a_real_run_arrives_coalesced_on_the_gui_thread_and_its_task_ends(qtbot, service, data_root, tmp_path):
    session, rec = TrainingSession(service), Recorder()
    session.batches.connect(rec.on_batches)
    for name in ("started", "epochEnded", "finished"):
        getattr(session, name).connect(rec.on_other)
    cfg = TrainConfig(**{**MNIST_SMALL, "batch_size": 16, "train_subset": 2000})  # 125 batches
    with qtbot.waitSignal(session.finished, timeout=180_000):
        assert session.start(cfg, data_root, tmp_path / "runs")
        assert session.running and service.long_task("training") is session.task
        assert not session.start(cfg, data_root)  # one long task at a time
    events = [b for chunk in rec.batches for b in chunk]
    assert [b.batch for b in events] == list(range(1, 126))
    assert len(rec.batches) < len(events), "batches were not coalesced"
    assert rec.threads == {QApplication.instance().thread()}
    assert isinstance(session.final, RunFinished) and not session.running and service.long_task() is None
    last = session.last_epoch
    assert last.card.epoch == 1 and "conv" in " ".join(last.weights) and session.run_dir == session.final.run_dir


def test_cancelling_every_task_stops_a_run_which_reads_stopped_and_resumable(qtbot, service, data_root, tmp_path):
    session = TrainingSession(service)
    cfg = TrainConfig(**{**MNIST_SMALL, "epochs": 50, "train_subset": 600})
    with qtbot.waitSignal(session.epochEnded, timeout=60_000):
        session.start(cfg, data_root, tmp_path / "runs")
    service.cancel_all()
    assert service.wait(30)  # every worker has ended, the run's included
    status = read_status(session.run_dir)
    assert status.status == "stopped" and (session.run_dir / "last.pt").is_file()
    assert service.submit("g", "k", lambda ctx: 1) is None  # a closed service takes no more work


def test_short_jobs_report_on_the_gui_thread_in_order_per_group_and_only_the_newest_per_key(qtbot, service):
    from gui.jobs import Jobs

    jobs, other = Jobs(service, "test"), Jobs(service, "other")
    results, errors, order, threads = [], [], [], set()

    def step(value):
        threads.add(QThread.currentThread())
        order.append(value)
        return value

    jobs.submit("k", lambda: step("first"), results.append)
    jobs.submit("k", lambda: step("stale"), results.append)
    jobs.submit("k", lambda: step("newest"), results.append)
    jobs.submit("a", lambda: step("a"), results.append)
    jobs.submit("bad", lambda: 1 / 0, results.append, errors.append)
    other.submit("x", lambda: step("x"), results.append)
    qtbot.waitUntil(lambda: {"newest", "a", "x"} <= set(results) and bool(errors), timeout=10_000)
    assert "stale" not in results and "first" not in results and "division" in str(errors[0])  # core's message
    group_order = [v for v in order if v != "x"]
    assert group_order.index("newest") < group_order.index("a")  # one group: in the order submitted
    assert QApplication.instance().thread() not in threads
    assert not jobs.busy("k") and not jobs.busy("a")


def test_a_cancellable_job_sees_its_cancellation_and_its_answer_is_dropped(qtbot, service):
    seen, results, started = [], [], threading.Event()

    def wait_for_cancel(ctx):
        started.set()
        for _ in range(500):  # up to 5 s
            if ctx.cancelled:
                break
            QThread.msleep(10)
        seen.append(ctx.cancelled)
        return "late"

    task = service.submit("g", "k", wait_for_cancel, results.append)
    qtbot.waitUntil(started.is_set, timeout=10_000)  # running, not just queued
    service.submit("g", "k", lambda ctx: "newer", results.append)  # newest wins: the older one is cancelled
    qtbot.waitUntil(lambda: results == ["newer"], timeout=10_000)
    assert seen == [True] and task.cancelled


def test_a_failed_run_task_reports_a_failure_not_a_crash(qtbot, service, monkeypatch, data_root, tmp_path):
    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(session_module, "Trainer", broken)
    session = TrainingSession(service)
    with qtbot.waitSignal(session.finished, timeout=10_000) as final:
        session.start(TrainConfig(**MNIST_SMALL), data_root, tmp_path / "runs")
    failed = final.args[0]
    assert isinstance(failed, RunFailed) and failed.kind == "error" and "boom" in str(failed.message)  # typed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_long_tasks_and_the_torch_threads_they_start_yield_the_cpu_to_the_window(qtbot, service):
    def priorities(_ctx):
        before = torch.get_num_threads()
        torch.set_num_threads(2)
        try:
            a = torch.randn(256, 256)
            for _ in range(20):
                a @ a  # torch starts its intra-op threads from this one
            ours = {t: os.getpriority(os.PRIO_PROCESS, t) for t in map(int, os.listdir("/proc/self/task"))}
        finally:
            torch.set_num_threads(before)
        return nice(), ours

    def nice(_ctx=None) -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    window, found = nice(), []
    service.submit("short", "job", nice, found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=10_000)
    service.submit("run", "run", priorities, found.append, kind="training")
    qtbot.waitUntil(lambda: len(found) == 2, timeout=10_000)
    (short, (long, threads)) = found
    assert short == window  # a short job (the window waits for it) keeps its pace
    assert long == min(19, window + BACKGROUND_NICE)
    assert sorted(threads.values()).count(long) >= 2  # the run and at least one torch thread it started
