"""Memory goes back after every run: a stopped, diverged or pruned run's trainer (network, optimizer, the data
on the device) is freed as soon as it is dropped, with no garbage collection (a reference cycle through the
failure's traceback used to keep it until one); CUDA's cache is emptied after a run on CUDA."""

from __future__ import annotations

import gc
import weakref

import optuna
import pytest
import torch

from core import device_speed, sweep_trial
from core.config import TrainConfig
from core.control import RunControl
from core.events import BatchEnd, RunFailed, RunFinished
from core.metrics_on_device import EVERY_BATCH
from core.sweep import run_sweep
from core.sweep_params import Range
from core.sweep_spec import SweepSpec
from core.trainer import Trainer

CFG = TrainConfig(arch="lenet", dataset="mnist", epochs=1, batch_size=50, train_subset=400, threads=1, device="cpu")


@pytest.fixture
def no_gc():
    """Only reference counting frees objects while the test runs."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def stop_at_batch(control: RunControl, batch: int):
    def on_event(event):
        if isinstance(event, BatchEnd) and event.batch == batch:
            control.stop()

    return on_event


@pytest.mark.parametrize("ending", ["stopped", "nan", "finished"])
def test_a_run_is_freed_without_a_garbage_collection(small_mnist, no_gc, ending):
    control = RunControl()
    cfg = CFG.replace(optimizer="sgd", lr=100.0) if ending == "nan" else CFG
    on_event = stop_at_batch(control, 2) if ending == "stopped" else None
    # every batch read back: the stop lands mid-epoch however fast the machine is
    trainer = Trainer(cfg, on_event, control, loaded=small_mnist, readback=EVERY_BATCH)
    final = trainer.run()
    assert (final.kind if isinstance(final, RunFailed) else "finished") == ending, final
    gone = weakref.ref(trainer)
    del trainer
    assert gone() is None, [type(r).__name__ for r in gc.get_referrers(gone())]


class Tracked(Trainer):
    alive: weakref.WeakSet = weakref.WeakSet()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        Tracked.alive.add(self)


class AlwaysPrune(optuna.pruners.BasePruner):
    def prune(self, study, trial) -> bool:
        return True


def test_pruned_sweep_trials_leave_no_trainer_behind(tmp_path, monkeypatch, no_gc):
    monkeypatch.setattr(sweep_trial, "Trainer", Tracked)
    base = TrainConfig(dataset="shapes", arch="lenet", epochs=2, train_subset=200, batch_size=50, threads=1)
    spec = SweepSpec("pruned", (Range("lr", 1e-3, 1e-2, log=True),), base.replace(device="cpu"), n_trials=3)
    run_sweep(spec, runs_root=tmp_path, data_root=tmp_path, pruner=AlwaysPrune())
    study = optuna.load_study(study_name="pruned", storage=spec.storage_url(tmp_path))
    assert [t.state.name for t in study.get_trials()] == ["PRUNED"] * 3
    assert len(Tracked.alive) == 0


def test_the_device_memory_goes_back_after_a_run(small_mnist, monkeypatch):
    released = []
    monkeypatch.setattr("core.trainer.release_cached", released.append)
    trainer = Trainer(CFG, loaded=small_mnist)
    assert isinstance(trainer.run(), RunFinished)
    assert released == ["cpu"]
    assert not hasattr(trainer, "model") and not hasattr(trainer, "data")  # nothing left on the device
    emptied = []
    monkeypatch.setattr(torch.cuda, "empty_cache", lambda: emptied.append(True))
    device_speed.release_cached("cpu")
    assert emptied == []
    device_speed.release_cached("cuda:0")
    assert emptied == [True]
