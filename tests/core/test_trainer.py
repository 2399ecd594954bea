"""The training engine on real MNIST: accuracy, reproducibility, controls, failures, run folders."""

from __future__ import annotations

import threading

import pytest
import torch

from core import checkpoint, runs
from core.card import ModelCard, load_model
from core.config import ConfigError, TrainConfig
from core.control import RunControl
from core.events import BatchEnd, EpochEnd, Paused, RunFailed, RunFinished, RunStarted
from core.metrics_on_device import EVERY_BATCH
from core.trainer import Trainer

SMALL = dict(arch="lenet", dataset="mnist", epochs=1, batch_size=64, train_subset=3000, val_fraction=0.1)


def train(cfg: TrainConfig, mnist, control: RunControl | None = None, **kw):
    events = []
    final = Trainer(cfg, events.append, control, loaded=mnist, **kw).run()
    return final, events


def batch_losses(events):
    return [e.loss for e in events if isinstance(e, BatchEnd)]


@pytest.mark.slow
def test_lenet_reaches_97_5_percent_on_mnist_after_one_epoch(mnist):
    final, events = train(TrainConfig(arch="lenet", dataset="mnist", epochs=1, batch_size=64, lr=2e-3), mnist)
    assert isinstance(final, RunFinished), final
    assert final.history[-1].test_acc >= 0.975
    started = next(e for e in events if isinstance(e, RunStarted))
    assert (started.num_train, started.num_val, started.num_test) == (54000, 6000, 10000)


def test_same_seed_gives_identical_curves_and_another_seed_does_not(mnist):
    cfg = TrainConfig(**SMALL, seed=3, augment="handwriting")
    a, ev_a = train(cfg, mnist)
    b, ev_b = train(cfg, mnist)
    c, ev_c = train(cfg.replace(seed=4), mnist)
    assert batch_losses(ev_a) == batch_losses(ev_b)
    assert a.history[0].test_acc == b.history[0].test_acc
    assert batch_losses(ev_a) != batch_losses(ev_c)


def test_stop_ends_the_run_within_one_batch(mnist):  # with a read every batch; tests/core/test_readback.py: cadence
    control = RunControl()
    events = []

    def on_event(e):
        events.append(e)
        if isinstance(e, BatchEnd) and e.batch == 5:
            control.stop()

    final = Trainer(TrainConfig(**SMALL), on_event, control, loaded=mnist, readback=EVERY_BATCH).run()
    assert isinstance(final, RunFailed) and final.kind == "stopped"
    assert len(batch_losses(events)) == 5 and final.batch == 5
    assert "Stopped" in str(final.message)


def test_huge_learning_rate_ends_in_a_nan_failure_event(mnist):
    final, events = train(TrainConfig(**{**SMALL, "optimizer": "sgd", "lr": 100.0}), mnist)
    assert isinstance(final, RunFailed) and final.kind == "nan"
    assert final.batch is not None and final.batch >= 1
    assert "learning rate" in str(final.hint) and "100" in str(final.hint)
    assert isinstance(events[-1], RunFailed)


def test_pause_keeps_all_state_so_a_paused_run_equals_an_unpaused_one(mnist):
    cfg = TrainConfig(**SMALL, schedule="onecycle")
    reference, ref_events = train(cfg, mnist)
    control, events, paused = RunControl(), [], threading.Event()

    def on_event(e):
        events.append(e)
        if isinstance(e, BatchEnd) and e.batch == 10:
            control.pause()
        if isinstance(e, Paused):
            paused.set()

    worker = threading.Thread(target=lambda: Trainer(cfg, on_event, control, loaded=mnist).run())
    worker.start()
    assert paused.wait(30), "the run never reported a pause"
    count = len(events)
    threading.Event().wait(0.3)
    assert len(events) == count, "a paused run kept training"
    control.resume()
    worker.join(60)
    assert batch_losses(events) == batch_losses(ref_events)
    assert isinstance(events[-1], RunFinished)


def test_step_one_epoch_pauses_after_exactly_one_epoch(mnist):
    control, events = RunControl(), []
    control.step_epoch()

    def on_event(e):
        events.append(e)
        if isinstance(e, Paused):
            control.stop()

    final = Trainer(TrainConfig(**{**SMALL, "epochs": 3}), on_event, control, loaded=mnist).run()
    assert [type(e) for e in events if isinstance(e, (EpochEnd, Paused))] == [EpochEnd, Paused]
    assert final.kind == "stopped" and len(final.history) == 1


def test_run_folder_holds_config_metrics_and_weights_and_resumes_exactly(mnist, tmp_path):
    cfg = TrainConfig(**{**SMALL, "epochs": 2})
    straight, _ = train(cfg, mnist, runs_root=tmp_path / "a")
    first, _ = train(cfg.replace(epochs=1), mnist, runs_root=tmp_path / "b")
    folder = first.run_dir
    assert {p.name for p in folder.iterdir()} >= {"config.json", "metrics.json", "metrics.csv", "last.pt", "best.pt"}
    assert runs.read_run(folder).history == first.history
    resumed, events = train(cfg, mnist, resume_from=folder)
    assert isinstance(resumed, RunFinished), resumed
    assert next(e for e in events if isinstance(e, RunStarted)).start_epoch == 2
    assert len(resumed.history) == 2
    assert resumed.history[1].test_acc == pytest.approx(straight.history[1].test_acc, abs=1e-9)
    assert resumed.history[1].train_loss == pytest.approx(straight.history[1].train_loss, rel=1e-5)
    assert (folder / "metrics.csv").read_text().count("\n") == 3


def test_weights_load_back_into_a_model_with_the_same_accuracy(mnist):
    from core.evaluate import Normalizer, evaluate

    final, _ = train(TrainConfig(**SMALL), mnist)
    model, card = load_model(final.run_dir / "best.pt")
    scores = evaluate(model, mnist.test_x, mnist.test_y, Normalizer.of(card.mean, card.std))
    assert scores.accuracy == pytest.approx(final.history[0].test_acc, abs=1e-4)


class _RunsCode:
    def __reduce__(self):
        return (exec, ("open('/tmp/cnn_playground_pwned', 'w').write('x')",))


def test_a_pickle_that_would_run_code_is_refused(tmp_path):
    path = tmp_path / "evil.pt"
    torch.save({"model": _RunsCode()}, path)
    with pytest.raises(checkpoint.CheckpointError, match="could run code"):
        checkpoint.load(path)


def test_weights_of_another_architecture_give_a_clear_error(mnist, tmp_path):
    from core import archs

    path = tmp_path / "mlp.pt"
    torch.save(archs.build("mlp", 1, 28, 10).state_dict(), path)
    fallback = ModelCard("lenet", 1, 28, tuple("0123456789"), (0.1307,), (0.3081,), "mnist")
    with pytest.raises(checkpoint.CheckpointError, match="another network"):
        load_model(path, fallback)


def test_invalid_settings_name_each_problem():
    with pytest.raises(ConfigError) as info:
        TrainConfig(lr=0, batch_size=0, epochs=0, optimizer="magic")
    assert set(info.value.problems) >= {"lr", "batch_size", "epochs", "optimizer"}
    assert "0.001" in str(info.value.problems["lr"])


def test_an_architecture_that_does_not_fit_the_images_is_refused():
    with pytest.raises(ConfigError) as info:
        TrainConfig(arch="lenet", dataset="shapes", image_size=8)
    assert "at least 16x16" in str(info.value.problems["arch"])
    TrainConfig(arch="mlp", dataset="shapes", image_size=8)  # any size suits the MLP


def test_out_of_memory_becomes_a_failure_event_with_a_hint(mnist, monkeypatch):
    def exhausted(self, *args):
        raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(Trainer, "_step", exhausted)
    final, events = train(TrainConfig(**SMALL), mnist)
    assert isinstance(final, RunFailed) and final.kind == "oom"
    assert "batch size" in str(final.hint).lower() and "64" in str(final.message)


def test_a_data_problem_becomes_a_failure_event_not_an_exception(tmp_path):
    (tmp_path / "empty").mkdir()
    cfg = TrainConfig(arch="lenet", dataset="folder", folder=str(tmp_path / "empty"), epochs=1)
    final = Trainer(cfg, data_root=tmp_path).run()
    assert isinstance(final, RunFailed) and final.kind == "data"
    assert "class" in str(final.message)


def test_each_epoch_reports_how_strongly_every_layer_is_pushed(mnist):
    final, events = train(TrainConfig(**SMALL), mnist)
    grads = next(e for e in events if isinstance(e, EpochEnd)).grad_norms
    assert set(grads) == {"features.conv1", "features.conv2", "classifier.fc1", "classifier.fc2", "classifier.fc3"}
    assert all(v > 0 for v in grads.values())
