"""The coach on real short runs: each diagnosis provoked the way a student would, none on the presets' first epoch."""

from __future__ import annotations

import numpy as np
import pytest

from core import data
from dataclasses import replace

from core.coach import Figures, diagnose
from core.coach_watch import Watcher
from core.config import TrainConfig
from core.diagnoses import (
    DeadUnits,
    ExplodingGradients,
    InputBottleneck,
    LossExploding,
    LossFlat,
    LossJumping,
    LossNotANumber,
    Memorising,
    NextRun,
    Underfitting,
    VanishingGradients,
)
from core.events import EpochMetrics, RunFailed
from core.knobs import Augment, LearningRate, WeightDecay
from core.presets import PRESETS
from core.trainer import Trainer

pytestmark = pytest.mark.usefixtures("one_torch_thread")
LESSON_7 = dict(arch="lenet", dataset="mnist", optimizer="sgd", momentum=0.9, lr=5.0, epochs=1)


def cut(loaded: data.LoadedData, n_train: int, n_test: int = 300) -> data.LoadedData:
    return data.LoadedData(
        loaded.spec, loaded.train_x[:n_train], loaded.train_y[:n_train], loaded.test_x[:n_test], loaded.test_y[:n_test]
    )


@pytest.fixture(scope="module")
def fashion(data_root) -> data.LoadedData:
    if not (data_root / "FashionMNIST" / "raw").is_dir():
        pytest.skip("real Fashion-MNIST not found in CNN_PLAYGROUND_DATA")
    return data.load("fashion-mnist", data_root, download=False)


def coach(cfg: TrainConfig, loaded: data.LoadedData) -> Watcher:
    watcher = Watcher()
    Trainer(cfg, watcher, loaded=loaded).run()
    return watcher


def found(watcher: Watcher, kind: type):
    matches = [d for d in watcher.diagnoses() if isinstance(d, kind)]
    assert matches, f"no {kind.__name__} in {watcher.diagnoses()}"
    return matches[0]


def test_lesson_7_rate_of_5_explodes_then_is_not_a_number_and_the_fix_is_a_rate_100x_lower(mnist):
    before_nan = Watcher()
    events = []
    Trainer(TrainConfig(**LESSON_7), events.append, loaded=cut(mnist, 2000)).run()
    for event in events:
        if not isinstance(event, RunFailed):
            before_nan(event)
    exploding = found(before_nan, LossExploding)
    assert exploding.now > 3 * exploding.start and exploding.fix == (LearningRate(0.5),) and exploding.live

    before_nan(events[-1])
    nan = found(before_nan, LossNotANumber)
    assert nan.fix == (LearningRate(0.05),) and nan.batch >= 1
    assert not any(isinstance(d, LossExploding) for d in before_nan.diagnoses())  # NaN says it, once


@pytest.mark.parametrize(
    ("settings", "cause", "next_settings"),
    [
        (dict(arch="lenet5", optimizer="sgd", momentum=0.0, lr=0.01), "sigmoid_sgd", dict(optimizer="adam", lr=1e-3)),
        (dict(arch="lenet", optimizer="adam", lr=1e-6), "low_rate", dict(lr=1e-5)),
    ],
)
def test_a_loss_that_has_not_moved_after_an_epoch_is_flat_and_says_why(fashion, settings, cause, next_settings):
    cfg = TrainConfig(dataset="fashion-mnist", batch_size=32, epochs=1, **settings)
    diagnosis = found(coach(cfg, cut(fashion, 6000)), LossFlat)
    assert diagnosis.cause == cause and diagnosis.epoch == 1
    after = diagnosis.next_config(cfg)
    assert {k: getattr(after, k) for k in next_settings} == pytest.approx(next_settings)
    assert diagnosis.live == (cause == "low_rate")  # a rate goes live through the knobs; an optimizer cannot


def test_a_high_rate_held_back_by_clipping_makes_the_loss_jump(mnist):
    cfg = TrainConfig(**{**LESSON_7, "lr": 0.5, "grad_clip": 1.0})
    diagnosis = found(coach(cfg, cut(mnist, 4000)), LossJumping)  # 57 batches
    assert diagnosis.spread >= 0.3 and diagnosis.fix == (LearningRate(0.5 / 3),)


def test_the_lesson_7_rate_with_clipping_shows_exploding_gradients_and_dead_units(mnist):
    watcher = coach(TrainConfig(**{**LESSON_7, "grad_clip": 1.0}), cut(mnist, 4000))
    exploding = found(watcher, ExplodingGradients)
    assert exploding.norm >= 10 and exploding.fix == (LearningRate(0.5),)  # clipping is on already
    assert found(watcher, DeadUnits).share >= 0.5


def test_500_images_for_many_epochs_are_memorised_and_augmentation_is_the_first_fix(mnist):
    cfg = TrainConfig(arch="lenet", epochs=30, train_subset=500, val_fraction=0.2)
    diagnosis = found(coach(cfg, cut(mnist, 2500)), Memorising)
    assert diagnosis.train_acc - diagnosis.val_acc >= 0.05 and diagnosis.val_loss_rise >= 0.05
    assert diagnosis.fix == (Augment("shift"),) and diagnosis.live


def test_relus_pushed_by_a_high_sgd_rate_die(mnist):
    cfg = TrainConfig(arch="lenet", activation="relu", optimizer="sgd", momentum=0.9, lr=0.2, epochs=1)
    diagnosis = found(coach(cfg, cut(mnist, 2000)), DeadUnits)
    assert diagnosis.share >= 0.5 and NextRun("activation", "leakyrelu") in diagnosis.fix


def test_a_deep_sigmoid_network_has_vanishing_gradients(mnist):
    cfg = TrainConfig(arch="lenet3x3", activation="sigmoid", optimizer="sgd", momentum=0.0, lr=0.01, epochs=1)
    diagnosis = found(coach(cfg, cut(mnist, 2000)), VanishingGradients)
    assert diagnosis.first_layer == "features.conv1" and diagnosis.ratio < 1e-3
    assert diagnosis.fix == (NextRun("activation", "relu"),)


def test_a_tiny_network_behind_the_heaviest_augmentation_waits_for_its_data(mnist):
    cfg = TrainConfig(arch="mlp", dataset="mnist", augment="handwriting-styles", batch_size=256, epochs=1)
    diagnosis = found(coach(cfg, cut(mnist, 3000)), InputBottleneck)
    assert diagnosis.share > 0.5 and diagnosis.augment == "handwriting-styles"  # 0.93 measured on the CPU
    assert diagnosis.fix == (Augment("handwriting"),) and diagnosis.live  # a lighter augmentation, from the next batch


@pytest.mark.parametrize("preset", [p.name for p in PRESETS if p.settings.get("dataset") != "folder"])
def test_the_presets_first_epoch_raises_no_alarm(preset, mnist, fashion):
    cfg = PRESETS.get(preset).apply(epochs=1)
    loaded = mnist if cfg.dataset == "mnist" else fashion
    watcher = coach(cfg, cut(loaded, 3000))
    assert watcher.figures().epochs, "the run did not finish its epoch"
    assert watcher.diagnoses() == ()


def test_low_flat_accuracies_after_three_epochs_are_underfitting_and_strong_weight_decay_is_eased():
    # Typed-in figures: no short real run we tried settled at a middling accuracy within a few epochs.
    cfg = TrainConfig(arch="lenet", weight_decay=0.05, epochs=3)
    metrics = [
        EpochMetrics(e, 1.2, acc, 1.2, acc - 0.01, 1.2, acc, 1e-3, 1000.0, 5.0)
        for e, acc in [(1, 0.64), (2, 0.645), (3, 0.645)]
    ]
    fig = Figures(cfg, 10, 100, losses=tuple(np.linspace(2.3, 1.0, 300)), epochs=tuple(metrics))
    (diagnosis,) = diagnose(fig)
    assert isinstance(diagnosis, Underfitting) and diagnosis.fix == (WeightDecay(1e-4),)
    assert (
        diagnose(replace(fig, epochs=tuple(replace(m, train_acc=m.train_acc + 0.1 * m.epoch) for m in metrics))) == ()
    )
