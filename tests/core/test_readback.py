"""Batch results read back from the device on a cadence: the same events, losses, NaN batch and control latency as a
read every batch. On the CPU always; on CUDA and MPS where present."""

from __future__ import annotations

import dataclasses

import pytest
import torch
from torch import nn

from core import device_speed
from core.augment import AUGMENTATIONS
from core.config import TrainConfig
from core.control import RunControl
from core.evaluate import Normalizer, evaluate
from core.events import BatchEnd, EpochEnd, Paused, RunFailed, RunFinished
from core.metrics_on_device import EVERY_BATCH, Readback, state_to_host
from core.trainer import Trainer

_MPS = bool(getattr(torch.backends, "mps", None) and torch.backends.mps.is_available())
DEVICES = [
    "cpu",
    pytest.param("cuda", marks=pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device here")),
    pytest.param("mps", marks=pytest.mark.skipif(not _MPS, reason="no Apple MPS device here")),
]
WINDOW = 4
DEFERRED = Readback(WINDOW, float("inf"))  # reads every WINDOW batches exactly, whatever the machine's speed
TINY = {"arch": "lenet", "dataset": "mnist", "batch_size": 64, "train_subset": 1280, "val_fraction": 0.1, "seed": 5}


@pytest.fixture
def device(request, monkeypatch):
    """The device of the test; on a GPU deterministic convolutions, so two runs can be compared."""
    if request.param == "cuda":
        monkeypatch.setattr(torch.backends.cudnn, "deterministic", True)
        monkeypatch.setattr(torch.backends.cudnn, "benchmark", False)
    return request.param


def same(a: float, b: float, device: str) -> bool:
    return a == b if device == "cpu" else a == pytest.approx(b, rel=1e-4, abs=1e-6)


def run(cfg: TrainConfig, mnist, readback: Readback, control: RunControl | None = None, on_event=None):
    events = []

    def handler(e):
        events.append(e)
        if on_event:
            on_event(e)

    trainer = Trainer(cfg, handler, control, loaded=mnist, readback=readback)
    return trainer, trainer.run(), events


def batch_ends(events) -> list[BatchEnd]:
    return [e for e in events if isinstance(e, BatchEnd)]


@pytest.mark.parametrize("device", DEVICES, indirect=True)
def test_a_deferred_read_emits_every_batch_in_order_with_the_values_of_a_read_every_batch(mnist, device):
    cfg = TrainConfig(**TINY, epochs=2, device=device)
    _, each, each_events = run(cfg, mnist, EVERY_BATCH)
    _, deferred, events = run(cfg, mnist, DEFERRED)
    assert isinstance(deferred, RunFinished), deferred
    assert [type(e) for e in events] == [type(e) for e in each_events]
    batches = batch_ends(events)
    where = lambda es: [(e.epoch, e.batch, e.step) for e in es]
    assert where(batches) == where(batch_ends(each_events))
    assert [(e.epoch, e.batch) for e in batches] == [(ep, b) for ep in (1, 2) for b in range(1, 21)]
    for a, b in zip(batches, batch_ends(each_events)):
        assert same(a.loss, b.loss, device) and same(a.accuracy, b.accuracy, device) and a.lr == b.lr
    for a, b in zip(deferred.history, each.history):
        assert same(a.train_loss, b.train_loss, device) and same(a.train_acc, b.train_acc, device)
        assert same(a.test_loss, b.test_loss, device) and same(a.test_acc, b.test_acc, device)
    grads = [e.grad_norms for e in events if isinstance(e, EpochEnd)]
    assert all(len(g) == 5 and all(v > 0 for v in g.values()) for g in grads)


@pytest.mark.parametrize("device", DEVICES, indirect=True)
def test_a_divergence_found_at_a_later_read_names_the_batch_it_happened_at(mnist, device):
    cfg = TrainConfig(**{**TINY, "optimizer": "sgd", "lr": 100.0}, epochs=1, device=device)
    reference = run(cfg, mnist, EVERY_BATCH)[1]
    assert isinstance(reference, RunFailed) and reference.kind == "nan"
    k = reference.batch
    cadence = Readback(k + 3, float("inf"))  # the read comes 3 batches after the loss went non-finite
    trainer, final, events = run(cfg, mnist, cadence)
    assert isinstance(final, RunFailed) and final.kind == "nan"
    assert (final.epoch, final.batch) == (1, k) and f"batch {k}:" in str(final.message)
    assert trainer._steps_this_run == k + 3, "the check was not deferred"
    assert [e.batch for e in batch_ends(events)] == list(range(1, k))
    assert isinstance(events[-1], RunFailed)


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device here")
@pytest.mark.parametrize("augment", [a.name for a in AUGMENTATIONS])
def test_the_cuda_training_loop_never_waits_for_the_device_between_reads(mnist, monkeypatch, augment):
    """The hot loop runs with CUDA's sync debug mode set to "error": any hidden .item() or copy to the host raises
    (and the run fails); only the reads, the epoch end and the controls may synchronise."""

    def with_sync_mode(mode, method):
        def wrapped(*args, **kwargs):
            before = torch.cuda.get_sync_debug_mode()
            torch.cuda.set_sync_debug_mode(mode)
            try:
                return method(*args, **kwargs)
            finally:
                torch.cuda.set_sync_debug_mode(before)

        return wrapped

    # cuDNN's benchmark times the convolution algorithms once per shape, in the first batches: a one-time wait
    # by design, not the per-batch kind this test looks for
    speed = device_speed.SPEED["cuda"]
    monkeypatch.setitem(device_speed.SPEED, "cuda", dataclasses.replace(speed, cudnn_benchmark=False))
    monkeypatch.setattr(torch.backends.cudnn, "benchmark", False)
    monkeypatch.setattr(Trainer, "_epoch", with_sync_mode("error", Trainer._epoch))
    for name in ("_report_batches", "_end_epoch", "_check_controls"):
        monkeypatch.setattr(Trainer, name, with_sync_mode("default", getattr(Trainer, name)))
    cfg = TrainConfig(
        **{**TINY, "augment": augment, "grad_clip": 1.0, "schedule": "onecycle"},
        epochs=2,
        device="cuda",
        # bf16 where the card has it; fp16's loss scaler reads its overflow check back every step, by design
        mixed_precision=torch.cuda.get_device_capability() >= (8, 0),
    )
    _, final, events = run(cfg, mnist, Readback(WINDOW, float("inf")))
    assert isinstance(final, RunFinished), final
    assert len(batch_ends(events)) == 40


@pytest.mark.parametrize("device", DEVICES, indirect=True)
def test_stop_takes_effect_within_one_read_window_and_reports_every_batch_trained(mnist, device):
    control = RunControl()

    def on_event(e):
        if isinstance(e, BatchEnd) and e.batch == 5:
            control.stop()

    _, final, events = run(TrainConfig(**TINY, epochs=1, device=device), mnist, DEFERRED, control, on_event)
    assert isinstance(final, RunFailed) and final.kind == "stopped"
    assert 5 <= final.batch < 5 + WINDOW
    assert [e.batch for e in batch_ends(events)] == list(range(1, final.batch + 1))


@pytest.mark.parametrize("device", DEVICES, indirect=True)
def test_pause_takes_effect_within_one_read_window_and_the_run_goes_on_unchanged(mnist, device):
    cfg = TrainConfig(**TINY, epochs=1, device=device)
    reference = run(cfg, mnist, DEFERRED)[2]
    control = RunControl()

    def on_event(e):
        if isinstance(e, BatchEnd) and e.batch == 10:
            control.pause()
        if isinstance(e, Paused):
            control.resume()  # the trainer's wait then returns at once: no second thread needed

    _, final, events = run(cfg, mnist, DEFERRED, control, on_event)
    assert isinstance(final, RunFinished), final
    paused = next(i for i, e in enumerate(events) if isinstance(e, Paused))
    assert 10 <= events[paused].batch < 10 + WINDOW
    assert [e.batch for e in batch_ends(events[:paused])] == list(range(1, events[paused].batch + 1))
    assert [e.loss for e in batch_ends(events)] == [e.loss for e in batch_ends(reference)]


@pytest.mark.parametrize("device", DEVICES, indirect=True)
def test_state_to_host_gives_independent_cpu_copies_of_every_tensor(device):
    model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4)).to(device=device, memory_format=torch.channels_last)
    state = model.state_dict()
    copy = state_to_host(state)
    assert list(copy) == list(state)
    for name, tensor in state.items():
        assert copy[name].device.type == "cpu" and copy[name].dtype == tensor.dtype
        assert torch.equal(copy[name], tensor.cpu())
    before = model[0].weight.detach().cpu().clone()
    with torch.no_grad():
        model[0].weight.add_(1)
    copy["0.bias"].zero_()  # a copy is independent of the model and of the other copies
    assert torch.equal(copy["0.weight"], before)


@pytest.mark.parametrize("device", DEVICES, indirect=True)
def test_evaluate_on_the_device_matches_the_cpu(mnist, device):
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
    norm = Normalizer.of(mnist.spec.mean, mnist.spec.std)
    x, y = mnist.test_x[:1234], mnist.test_y[:1234]
    on_cpu = evaluate(model, x, y, norm, batch_size=500)
    on_device = evaluate(
        model.to(device),
        x.to(device),
        y.to(device),
        Normalizer.of(mnist.spec.mean, mnist.spec.std, device),
        batch_size=500,
    )
    assert on_device.pred.device.type == "cpu" and on_device.pred.dtype == torch.long and len(on_device.pred) == 1234
    assert torch.equal(on_device.pred, on_cpu.pred) and same(on_device.accuracy, on_cpu.accuracy, device)
    assert same(on_device.loss, on_cpu.loss, device)
    assert on_cpu.accuracy == (on_cpu.pred == y).sum().item() / 1234
