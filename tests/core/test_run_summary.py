"""Run summaries, statuses, labels and the trash, on real run folders of short real MNIST runs."""

from __future__ import annotations

import json

import pytest
import torch

from core import checkpoint, cli, run_status
from core.config import TrainConfig
from core.control import RunControl
from core.events import BatchEnd, EpochEnd, RunFailed, RunFinished
from core.optim import SCHEDULE_FACTORS
from core.run_lock import RunLock
from core.run_summary import list_summaries, set_label, summarize
from core.run_trash import empty_trash, move_to_trash, restore, trash_count
from core.trainer import Trainer

CFG = TrainConfig(arch="mlp", dataset="mnist", epochs=1, batch_size=100, threads=1, device="cpu")


def train(loaded, root=None, cfg=CFG, stop_after_epoch: int | None = None, fail_at_epoch: int | None = None, **kw):
    events, control = [], RunControl()

    def on_event(event):
        events.append(event)
        if isinstance(event, BatchEnd) and event.epoch == fail_at_epoch:
            raise RuntimeError("something went wrong")  # a failure inside the loop, as a bug would be
        if isinstance(event, EpochEnd) and event.metrics.epoch == stop_after_epoch:
            control.stop()  # as the Stop button during the next epoch

    final = Trainer(cfg, on_event, control, loaded=loaded, runs_root=root, **kw).run()
    return final, events


def test_a_finished_run_says_what_it_did(small_mnist, tmp_path):
    final, _ = train(small_mnist, tmp_path)
    s = summarize(final.run_dir)
    assert (s.status, s.epochs_done, s.epochs_planned, s.arch, s.dataset, s.device) == (
        "finished",
        1,
        1,
        "mlp",
        "mnist",
        "cpu",
    )
    assert s.test_acc == final.history[-1].test_acc and s.best_val_acc == final.history[-1].val_acc
    assert s.seconds > 0 and s.started is not None and s.name == "MLP (no convolutions) · batch 100"
    assert set(s.to_json()) >= {"path", "arch", "dataset", "epochs", "best_val_acc", "test_acc", "status"}
    assert json.loads(json.dumps(s.to_json()))["path"] == str(final.run_dir)
    start = checkpoint.load(final.run_dir / "start.pt")["model"]  # the weights before training, kept
    last = checkpoint.load(final.run_dir / "last.pt")["model"]
    assert start.keys() == last.keys() and any(not torch.equal(start[k], last[k]) for k in start)


def test_stopped_failed_and_killed_runs(small_mnist, tmp_path):
    stopped, _ = train(small_mnist, tmp_path, CFG.replace(epochs=2), stop_after_epoch=1)
    assert isinstance(stopped, RunFailed) and stopped.kind == "stopped"
    s = summarize(stopped.run_dir)
    assert (s.status, s.epochs_done, s.epochs_planned) == ("stopped", 1, 2)
    failed, _ = train(small_mnist, tmp_path, CFG.replace(epochs=2), fail_at_epoch=2)  # an error in epoch 2
    assert isinstance(failed, RunFailed) and failed.kind == "error"
    s = summarize(failed.run_dir)
    assert (s.status, s.epochs_done) == ("failed", 1)
    assert run_status.read_status(failed.run_dir).message == str(failed.message)
    # "running" written by a process that is gone (even with a live pid: pids are reused) reads as stopped;
    # the run lock alone makes a run "running"
    raw = json.loads((stopped.run_dir / "status.json").read_text())
    raw.update(status="running", pid=__import__("os").getpid(), updated="2026-01-01T00:00:00+00:00")
    (stopped.run_dir / "status.json").write_text(json.dumps(raw))
    assert summarize(stopped.run_dir).status == "stopped"
    lock = RunLock(stopped.run_dir)
    lock.acquire()
    try:
        assert summarize(stopped.run_dir).status == "running"
    finally:
        lock.release()
    assert summarize(stopped.run_dir).status == "stopped"


def test_folders_from_before_status_json_and_unreadable_ones(small_mnist, tmp_path):
    done, _ = train(small_mnist, tmp_path)
    half, _ = train(small_mnist, tmp_path, CFG.replace(epochs=2), stop_after_epoch=1)
    for final in (done, half):
        (final.run_dir / "status.json").unlink()
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "config.json").write_text("{not json")
    listed = {s.path: s for s in list_summaries(tmp_path)}
    assert set(listed) == {done.run_dir, half.run_dir, tmp_path / "junk"}  # the unreadable folder says why
    assert (listed[tmp_path / "junk"].status, str(listed[tmp_path / "junk"].problem)) == (
        "unreadable",
        "config.json is not valid JSON (line 1)",
    )
    assert listed[done.run_dir].status == "finished" and listed[half.run_dir].status == "stopped"
    assert listed[done.run_dir].started is not None  # from the folder's name


def test_labels_and_the_trash_with_undo(small_mnist, tmp_path):
    a, _ = train(small_mnist, tmp_path)
    b, _ = train(small_mnist, tmp_path)
    set_label(a.run_dir, name="sigmoid baseline")
    set_label(a.run_dir, note="lr too high?")
    s = summarize(a.run_dir)
    assert (s.name, s.note) == ("sigmoid baseline", "lr too high?")
    assert [s.path for s in list_summaries(tmp_path)] == [b.run_dir, a.run_dir]  # newest first
    moved = move_to_trash(tmp_path, [a.run_dir])
    assert [s.path for s in list_summaries(tmp_path)] == [b.run_dir] and trash_count(tmp_path) == 1
    assert restore(moved) == [a.run_dir] and summarize(a.run_dir).name == "sigmoid baseline"
    move_to_trash(tmp_path, [a.run_dir, b.run_dir])
    assert list_summaries(tmp_path) == [] and empty_trash(tmp_path) == 2 and trash_count(tmp_path) == 0


def test_cli_runs_lists_folders_as_a_table_and_as_json(small_mnist, tmp_path, capsys):
    a, _ = train(small_mnist, tmp_path)
    assert cli.main(["runs", "--json", "--runs-dir", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    row = json.loads(lines[0])
    assert len(lines) == 1 and row["path"] == str(a.run_dir) and row["status"] == "finished" and row["epochs"] == 1
    assert cli.main(["runs", "--runs-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "finished" in out and "1/1" in out and a.run_dir.name in out
    assert cli.main(["runs", "--runs-dir", str(tmp_path / "none")]) == 0
    assert "No run folders" in capsys.readouterr().out


@pytest.mark.parametrize("schedule", ["cosine", "step"])
def test_continuing_a_finished_run_continues_its_schedule(small_mnist, tmp_path, schedule):
    cfg = CFG.replace(schedule=schedule, step_every=1, step_gamma=0.5, optimizer="sgd", lr=0.05)
    first, _ = train(small_mnist, tmp_path, cfg)
    more, events = train(small_mnist, None, cfg.replace(epochs=2), resume_from=first.run_dir)
    assert isinstance(more, RunFinished) and [m.epoch for m in more.history] == [1, 2]
    batches = [e for e in events if isinstance(e, BatchEnd)]
    per_epoch = batches[0].batches
    factor = SCHEDULE_FACTORS[schedule](cfg.replace(epochs=2), per_epoch)
    # the lr after the first step of epoch 2 is the schedule's value at that step, not a fresh start
    assert batches[0].epoch == 2 and batches[0].lr == pytest.approx(cfg.lr * factor(per_epoch + 1))
    assert batches[0].lr < cfg.lr * factor(1)
    assert summarize(first.run_dir).epochs_done == 2 and summarize(first.run_dir).status == "finished"


def test_a_new_run_can_start_from_another_runs_weights(small_mnist, tmp_path):
    source, _ = train(small_mnist, tmp_path)
    tuned, _ = train(small_mnist, tmp_path, init_weights=source.run_dir / "best.pt")
    assert isinstance(tuned, RunFinished) and tuned.run_dir != source.run_dir
    start = checkpoint.load(tuned.run_dir / "start.pt")["model"]
    best = checkpoint.load(source.run_dir / "best.pt")["model"]
    assert all(torch.equal(start[k], best[k]) for k in best)
    assert json.loads((tuned.run_dir / "config.json").read_text())["init_weights"] == str(source.run_dir / "best.pt")
    assert run_status.read_status(tuned.run_dir).status == "finished"
