"""The training timeline: per-epoch weight snapshots in the run folder, within their size budget."""

from __future__ import annotations

import pytest
import torch

from core import card, data, runs, timeline
from core.config import TrainConfig
from core.events import EpochEnd
from core.trainer import Trainer
from tests.helpers import short_run


def _run(mnist, runs_root, **config):
    small = data.LoadedData(
        mnist.spec, mnist.train_x[:600], mnist.train_y[:600], mnist.test_x[:200], mnist.test_y[:200]
    )
    cfg = TrainConfig(**{"arch": "lenet", "dataset": "mnist", "batch_size": 100, "threads": 1, "lr": 5e-3, **config})
    events: list = []
    run_dir = Trainer(cfg, events.append, loaded=small, runs_root=runs_root).run().run_dir
    return run_dir, [e for e in events if isinstance(e, EpochEnd)]


def test_each_epoch_keeps_the_weights_the_trainer_had(mnist, tmp_path):
    run_dir, ends = _run(mnist, tmp_path, epochs=3)
    assert timeline.epochs(run_dir) == [1, 2, 3]
    first, last = timeline.load(run_dir, 1)["model"], timeline.load(run_dir, 3)["model"]
    for name, value in ends[0].weights.items():
        assert torch.equal(first[name], value), name
    assert any(not torch.equal(first[k], last[k]) for k in first)
    # a snapshot is an ordinary weights file: it opens with the card of its own epoch
    snap_card, weights = card.read_weights(timeline.snapshot_path(run_dir, 1))
    first_conv = next(k for k in weights if k.endswith("weight") and weights[k].ndim == 4)
    assert snap_card.epoch == 1 and torch.equal(weights[first_conv], ends[0].weights[first_conv])


def test_a_run_without_snapshots_says_so_and_still_opens(mnist, tmp_path):
    run_dir = short_run(mnist, tmp_path, timeline_mb=0.0)
    assert not (run_dir / timeline.FOLDER).exists()
    assert timeline.epochs(run_dir) == []
    assert len(runs.read_run(run_dir).history) == 1  # the run itself opens as before
    assert timeline.epochs(tmp_path / "no-such-run") == []


def test_thinning_keeps_first_and_last_within_the_budget(tiny_model, tmp_path):
    weights = {k: v.clone() for k, v in tiny_model.state_dict().items()}
    budget_mb = 4.5 * timeline.snapshot_bytes(weights) / 1e6  # room for 4
    assert timeline.capacity(weights, budget_mb) == 4
    for epoch in range(1, 11):
        weights["0.bias"] += 1.0  # each epoch's weights differ
        timeline.save(tmp_path, epoch, weights, {}, 10, budget_mb)
        kept = timeline.epochs(tmp_path)
        assert len(kept) <= 4 and kept[0] == 1 and kept[-1] == epoch
        size = sum(p.stat().st_size for p in (tmp_path / timeline.FOLDER).iterdir())
        assert size <= budget_mb * 1e6
    assert timeline.epochs(tmp_path) == [1, 4, 7, 10]
    assert float(timeline.load(tmp_path, 7)["model"]["0.bias"][0] - tiny_model.state_dict()["0.bias"][0]) == 7.0


def test_a_run_stopped_early_ends_on_its_latest_epoch(tiny_model, tmp_path):
    weights = tiny_model.state_dict()
    budget_mb = 3.5 * timeline.snapshot_bytes(weights) / 1e6  # room for 3 of 20 planned: 1, 10, 20
    for epoch in range(1, 6):
        timeline.save(tmp_path, epoch, weights, {}, 20, budget_mb)
    assert timeline.epochs(tmp_path) == [1, 5]


@pytest.mark.parametrize(
    "planned, room, kept",
    [(5, 20, {1, 2, 3, 4, 5}), (10, 4, {1, 4, 7, 10}), (10, 2, {1, 10}), (10, 1, {10}), (10, 0, set())],
)
def test_kept_epochs(planned, room, kept):
    assert timeline.kept_epochs(planned, room) == kept


def test_a_snapshot_left_half_written_by_a_killed_writer_is_cleaned(tiny_model, tmp_path):
    import subprocess
    import sys

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (tmp_path / timeline.FOLDER).mkdir()
    orphan = tmp_path / timeline.FOLDER / f".epoch-002.pt.{int(dead.stdout)}.abc.tmp"
    orphan.write_bytes(b"half")
    timeline.save(tmp_path, 3, tiny_model.state_dict(), {}, 5, budget_mb=20)
    assert not orphan.exists() and timeline.epochs(tmp_path) == [3]


def test_no_room_keeps_nothing(tiny_model, tmp_path):
    timeline.save(tmp_path, 1, tiny_model.state_dict(), {}, 5, budget_mb=0.001)
    assert timeline.epochs(tmp_path) == []
