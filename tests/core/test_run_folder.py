"""Run folders cannot disagree with themselves: kills, copies, full disks and many processes at once."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

from core import checkpoint, runs
from core.config import TrainConfig
from core.events import Progress, RunFailed, RunFinished
from core.trainer import Trainer

ROOT = Path(__file__).resolve().parents[2]
CFG = TrainConfig(arch="mlp", dataset="mnist", epochs=2, batch_size=100, val_fraction=0.1, threads=1)


def train(cfg, loaded, **kw):
    events = []
    final = Trainer(cfg, events.append, loaded=loaded, **kw).run()
    return final, events


def test_a_kill_between_last_pt_and_metrics_loses_no_epoch_on_resume(small_mnist, tmp_path):
    first, _ = train(CFG, small_mnist, runs_root=tmp_path)
    folder = first.run_dir
    # As if killed right after last.pt of epoch 2 was written, before metrics.json was: it still lists epoch 1.
    runs.write_metrics(folder, list(first.history[:1]))
    resumed, events = train(CFG.replace(epochs=3), small_mnist, resume_from=folder)
    assert isinstance(resumed, RunFinished), resumed
    assert [m.epoch for m in resumed.history] == [1, 2, 3]
    assert resumed.history[1] == first.history[1]  # epoch 2 came back from last.pt, not retrained
    assert [m.epoch for m in runs.read_run(folder).history] == [1, 2, 3]
    said = [str(e.message) for e in events if isinstance(e, Progress)]
    assert any(f"Resumed {folder.name} after epoch 2 of 3" in m for m in said), said


def test_best_pt_copied_over_last_pt_is_refused_with_what_to_do(small_mnist, tmp_path):
    first, _ = train(CFG.replace(epochs=1), small_mnist, runs_root=tmp_path)
    (first.run_dir / "last.pt").write_bytes((first.run_dir / "best.pt").read_bytes())
    again, _ = train(CFG, small_mnist, resume_from=first.run_dir)
    assert isinstance(again, RunFailed) and again.kind == "checkpoint", again
    assert "optimizer" in str(again.message) and "last.pt back" in str(again.message)
    assert "bug" not in str(again.hint)


def test_temp_files_of_a_killed_writer_are_cleaned_and_live_ones_kept(small_mnist, tmp_path):
    first, _ = train(CFG.replace(epochs=1), small_mnist, runs_root=tmp_path)
    folder = first.run_dir
    # A real process killed in the middle of an atomic write (stuck before its rename).
    code = textwrap.dedent(f"""
        import os, sys, time
        from core import checkpoint
        checkpoint.os.replace = lambda *a: (print("writing", flush=True), time.sleep(600))
        checkpoint.atomic_write_bytes({str(folder / "last.pt")!r}, b"x" * 1000)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"
    child.send_signal(signal.SIGKILL)
    child.wait()
    orphans = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert len(orphans) == 1 and orphans[0].name.startswith(".last.pt.")
    live = folder / f".metrics.json.{os.getpid()}.abcd1234.tmp"  # one this process is writing right now
    live.write_bytes(b"")
    resumed, _ = train(CFG, small_mnist, resume_from=folder)
    assert isinstance(resumed, RunFinished), resumed
    assert not orphans[0].exists() and live.exists()


def _fail_fsync_after(monkeypatch, calls: int, code: int = errno.ENOSPC) -> None:
    """The disk fills up after ``calls`` successful file writes (fsync is where a full disk shows)."""
    count = [0]
    real = checkpoint.os.fsync

    def fsync(fd):
        count[0] += 1
        if count[0] > calls:
            raise OSError(code, os.strerror(code))
        return real(fd)

    monkeypatch.setattr(checkpoint.os, "fsync", fsync)


def test_disk_full_mid_run_names_the_folder_and_keeps_saved_epochs(small_mnist, tmp_path, monkeypatch):
    # config.json, start.pt, status.json, then epoch 1: best.pt, last.pt, metrics.json, metrics.csv, batches.csv,
    # status.json; then the disk is full.
    _fail_fsync_after(monkeypatch, 9)
    final, _ = train(CFG.replace(epochs=3), small_mnist, runs_root=tmp_path)
    assert isinstance(final, RunFailed) and final.kind == "disk", final
    assert str(final.run_dir) in str(final.message) and "disk is full" in str(final.message)
    assert final.saved_epoch == 1 and "--resume" in str(final.hint) and "bug" not in str(final.hint)
    assert checkpoint.load(final.run_dir / "last.pt")["meta"]["epoch"] == 1
    assert [m.epoch for m in runs.read_run(final.run_dir).history] == [1]
    assert not [p for p in final.run_dir.iterdir() if p.name.endswith(".tmp")]


def test_disk_full_at_the_start_leaves_no_empty_run_folder(small_mnist, tmp_path, monkeypatch):
    _fail_fsync_after(monkeypatch, 0)
    final, _ = train(CFG, small_mnist, runs_root=tmp_path / "runs")
    assert isinstance(final, RunFailed) and final.kind == "disk", final
    assert str(tmp_path / "runs") in str(final.message) and final.run_dir is None
    assert list((tmp_path / "runs").iterdir()) == []


def test_a_runs_folder_that_cannot_exist_is_named_with_what_to_do(small_mnist, tmp_path):
    (tmp_path / "file").write_text("a file where a folder should be")
    final, _ = train(CFG, small_mnist, runs_root=tmp_path / "file" / "runs")
    assert isinstance(final, RunFailed) and final.kind == "disk", final
    assert "file" in str(final.message) and "--runs-dir" in str(final.hint)


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="permissions do not bind root")
def test_a_read_only_runs_folder_is_named_with_what_to_do(small_mnist, tmp_path):
    (tmp_path / "runs").mkdir()
    (tmp_path / "runs").chmod(0o555)
    final, _ = train(CFG, small_mnist, runs_root=tmp_path / "runs")
    assert isinstance(final, RunFailed) and final.kind == "disk" and "permission" in str(final.message), final


def test_four_processes_starting_runs_at_once_get_unique_folders(tmp_path):
    # four processes already outnumber the cores here; eight only spent twice as long importing torch
    gate = tmp_path / "go"
    code = textwrap.dedent(f"""
        import os, time
        from pathlib import Path
        from core import runs
        from core.config import TrainConfig
        cfg = TrainConfig()
        print("ready", flush=True)
        while not os.path.exists({str(gate)!r}):
            time.sleep(0.001)
        for _ in range(20):
            print(runs.new_run_dir(Path({str(tmp_path / "runs")!r}), cfg), flush=True)
    """)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(4)
    ]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    gate.touch()
    made = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        made += out.split()
    assert len(made) == 80 and len(set(made)) == 80
    assert all(Path(m).is_dir() for m in made)


def test_history_lives_in_last_pt_too(small_mnist, tmp_path):
    final, _ = train(CFG, small_mnist, runs_root=tmp_path)
    state = checkpoint.load(final.run_dir / "last.pt")
    assert [row["epoch"] for row in state["history"]] == [1, 2]
    assert json.loads((final.run_dir / "metrics.json").read_text()) == state["history"]
    assert isinstance(state["optimizer"], dict) and isinstance(state["rng"], torch.Tensor)


def test_a_run_folder_with_a_seed_out_of_range_gets_a_sentence_not_an_overflow(tmp_path):
    # Made by an older version, whose CLI took any seed (the window's spin box overflowed on it).
    folder = tmp_path / "old-run"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"config": {**TrainConfig().to_dict(), "seed": 2**40}}))
    with pytest.raises(checkpoint.CheckpointError) as info:
        runs.read_run(folder)
    assert "random seed" in str(info.value) and "2,147,483,647" in str(info.value) and str(folder) in str(info.value)
