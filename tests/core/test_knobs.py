"""Live knobs on real MNIST: a change sent mid-epoch acts from the next step, is recorded, and survives a resume."""

from __future__ import annotations

import json

import pytest
import torch

from core import knobs
from core.config import ConfigError, TrainConfig
from core.control import RunControl
from core.events import BatchEnd, EpochEnd, Paused, RunFinished, RunStarted
from core.knobs import Augment, Dropout, KnobChange, KnobIgnored, LearningRate, Momentum, WeightDecay
from core.metrics_on_device import EVERY_BATCH
from core.trainer import Trainer

SMALL = dict(arch="lenet", dataset="mnist", epochs=1, batch_size=64, val_fraction=0.1)
pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def mnist(mnist):
    """Real MNIST cut to 1000 training and 300 test images: a dozen batches an epoch, evaluated in a blink."""
    from core import data

    return data.LoadedData(
        mnist.spec, mnist.train_x[:1000], mnist.train_y[:1000], mnist.test_x[:300], mnist.test_y[:300]
    )


class Recorder:
    """Collects events, sends ``knob`` after batch ``at`` of epoch 1, and notes the rate of every optimizer step."""

    def __init__(self, control: RunControl, knob=None, at: int = 5, stop_after_epoch: bool = False):
        self.control, self.knob, self.at, self.stop_after_epoch = control, knob, at, stop_after_epoch
        self.events, self.step_lrs, self.trainer = [], [], None

    def __call__(self, event) -> None:
        self.events.append(event)
        if isinstance(event, RunStarted):  # kept: the trainer drops its network and optimizer when the run ends
            self.optimizer, self.model = self.trainer.optimizer, self.trainer.model
            self.trainer.optimizer.register_step_pre_hook(
                lambda opt, args, kw: self.step_lrs.append(opt.param_groups[0]["lr"])
            )
        if isinstance(event, BatchEnd) and event.epoch == 1 and event.batch == self.at and self.knob is not None:
            self.control.change(self.knob)
        if isinstance(event, Paused) and self.stop_after_epoch:
            self.control.stop()

    def run(self, cfg: TrainConfig, mnist, **kw):
        self.trainer = Trainer(cfg, self, self.control, loaded=mnist, readback=EVERY_BATCH, **kw)
        return self.trainer.run()

    def batch_lrs(self) -> list[float]:
        return [e.lr for e in self.events if isinstance(e, BatchEnd)]

    def losses(self, epoch: int) -> list[float]:
        return [e.loss for e in self.events if isinstance(e, BatchEnd) and e.epoch == epoch]


def test_a_rate_sent_mid_epoch_is_used_from_the_next_step_and_recorded(mnist, tmp_path):
    rec = Recorder(RunControl(), LearningRate(0.01), at=5)
    final = rec.run(TrainConfig(**SMALL), mnist, runs_root=tmp_path)
    assert isinstance(final, RunFinished), final
    assert rec.step_lrs[:5] == [1e-3] * 5
    assert rec.step_lrs[5:] == [0.01] * (len(rec.step_lrs) - 5)
    assert [e for e in rec.events if isinstance(e, KnobChange)] == [KnobChange(5, LearningRate(0.01))]
    assert knobs.read(final.run_dir) == (KnobChange(5, LearningRate(0.01)),)
    assert rec.trainer.knobs.cfg.lr == 0.01 and json.loads((final.run_dir / "config.json").read_text())


def test_resume_keeps_the_changed_rate_and_the_schedule_goes_on_from_it(mnist, tmp_path):
    cfg = TrainConfig(**{**SMALL, "epochs": 2, "schedule": "cosine"})
    straight = Recorder(RunControl(), LearningRate(0.02))
    assert isinstance(straight.run(cfg, mnist, runs_root=tmp_path / "a"), RunFinished)

    control = RunControl()
    control.step_epoch()  # train epoch 1, then pause, and the recorder stops the run there
    first = Recorder(control, LearningRate(0.02), stop_after_epoch=True)
    stopped = first.run(cfg, mnist, runs_root=tmp_path / "b")
    assert stopped.kind == "stopped" and stopped.saved_epoch == 1
    resumed = Recorder(RunControl())
    assert isinstance(resumed.run(cfg, mnist, resume_from=stopped.run_dir), RunFinished)

    assert resumed.losses(2) == straight.losses(2)
    batches = len(straight.losses(1))
    assert resumed.batch_lrs() == straight.batch_lrs()[batches:]
    assert resumed.step_lrs == pytest.approx(straight.step_lrs[batches:], rel=1e-12)
    assert max(resumed.step_lrs) > 1e-3 * 2  # the cosine runs down from 0.02, not from the 0.001 it started with


def test_a_change_recorded_after_the_saved_epoch_is_replayed_at_its_step(mnist, tmp_path):
    cfg = TrainConfig(**{**SMALL, "epochs": 2})
    straight = Recorder(RunControl())
    straight.knob, straight.at = None, 0

    def change_in_epoch_2(event, rec=straight):
        Recorder.__call__(rec, event)
        if isinstance(event, BatchEnd) and event.epoch == 2 and event.batch == 3:
            rec.control.change(Momentum(0.5))
            rec.control.change(WeightDecay(1e-3))
        if isinstance(event, BatchEnd) and event.epoch == 2 and event.batch == 6:
            rec.control.stop()  # killed mid-epoch: last.pt holds epoch 1, the change is in knobs.jsonl

    trainer = Trainer(cfg, change_in_epoch_2, straight.control, loaded=mnist, runs_root=tmp_path, readback=EVERY_BATCH)
    straight.trainer = trainer
    stopped = trainer.run()
    assert stopped.kind == "stopped" and stopped.saved_epoch == 1
    batches = len(straight.losses(1))
    assert [c.step for c in knobs.read(stopped.run_dir)] == [batches + 3, batches + 3]

    resumed = Recorder(RunControl())
    assert isinstance(resumed.run(cfg, mnist, resume_from=stopped.run_dir), RunFinished)
    assert resumed.losses(2)[:6] == straight.losses(2)  # the same steps, the same knobs, the same losses
    replayed = [e for e in resumed.events if isinstance(e, KnobChange)]
    assert replayed == [KnobChange(batches + 3, Momentum(0.5)), KnobChange(batches + 3, WeightDecay(1e-3))]
    assert resumed.optimizer.param_groups[0]["betas"][0] == 0.5  # Adam: momentum is its first beta
    assert resumed.optimizer.param_groups[0]["weight_decay"] == 1e-3


def test_dropout_and_augmentation_knobs_change_the_network_and_the_batches(mnist):
    control = RunControl()
    control.change(Dropout(0.3))
    control.change(Augment("shift"))
    rec = Recorder(control)
    assert isinstance(rec.run(TrainConfig(**{**SMALL, "arch": "digitnet"}), mnist), RunFinished)
    drops = [m.p for m in rec.model.modules() if isinstance(m, torch.nn.Dropout)]
    assert drops and set(drops) == {0.3}
    assert rec.trainer.knobs.augment.name == "shift" and rec.trainer.knobs.cfg.augment == "shift"

    control = RunControl()
    control.change(Dropout(0.3))  # LeNet is built without dropout layers: nothing to change
    rec = Recorder(control)
    final = rec.run(TrainConfig(**SMALL), mnist)
    assert [e for e in rec.events if isinstance(e, KnobIgnored)] == [KnobIgnored(Dropout(0.3), "no_dropout_layers")]
    assert knobs.read(final.run_dir) == ()
    assert any(isinstance(e, EpochEnd) for e in rec.events)


def test_knob_values_are_checked_like_the_settings_and_bad_record_lines_are_skipped(tmp_path):
    with pytest.raises(ConfigError, match="learning rate"):
        LearningRate(0.0)
    with pytest.raises(ConfigError):
        Augment("sideways")
    assert knobs.make("lr", 1) == LearningRate(1.0)
    assert LearningRate(0.05).on(TrainConfig()).lr == 0.05
    lines = [
        KnobChange(40, LearningRate(0.1)).to_json(),
        '{"step": 7, "knob": "momentum", "value": 0.5}',
        '{"step": 9, "knob": "lr", "value": -1}',  # out of range
        '{"step": true, "knob": "lr", "value": 0.1}',  # not a step
        '{"step": 9, "knob": "colour", "value": 1}',  # no such knob
        '{"step": 9, "knob": "lr"',  # torn by a kill
    ]
    (tmp_path / knobs.FILE).write_text("\n".join(lines), encoding="utf-8")
    assert knobs.read(tmp_path) == (KnobChange(7, Momentum(0.5)), KnobChange(40, LearningRate(0.1)))
    assert knobs.read(tmp_path / "missing") == ()
