"""The coach: what a run's own figures say is wrong, and what to try (core.diagnoses: typed findings and fixes).

``diagnose(figures)`` runs every check of CHECKS on one run's figures (per-batch losses, per-epoch metrics,
per-layer gradient norms, dead-unit shares; core.coach_watch.Watcher collects them from the trainer's events).
Each diagnosis carries the numbers it saw (the GUI words them in either language) and a fix: knobs
(core.knobs), which can be sent to the running run, and NextRun settings, which only a new run can take.
Core says no sentences.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Union

import numpy as np

from core.config import TrainConfig
from core.events import EpochMetrics
from core.diagnoses import (
    Change,
    DeadUnits,
    Diagnosis,
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
from core.knobs import Augment, Dropout, LearningRate, WeightDecay

HIGH_RATE = {"sgd": 0.5, "rmsprop": 0.01, "adam": 0.01, "adamw": 0.01}  # above these a flat loss means too high


@dataclass(frozen=True)
class Figures:
    """What the coach looks at: one run's figures so far, with the settings now in force (knobs included)."""

    cfg: TrainConfig
    num_classes: int
    batches_per_epoch: int
    losses: tuple[float, ...] = ()  # every batch so far
    epochs: tuple[EpochMetrics, ...] = ()
    grad_norms: tuple[dict[str, float], ...] = ()  # per epoch: layer -> mean gradient norm
    dead_units: dict[str, float] = field(default_factory=dict)  # latest epoch: layer -> share of silent units
    nan_at: tuple[int, int] | None = None  # (epoch, batch) where the loss stopped being a number
    input_shares: tuple[float, ...] = ()  # per epoch: share of the training time spent making batches

    @property
    def chance_loss(self) -> float:
        return math.log(self.num_classes)


Check = Callable[[Figures], Union[Diagnosis, None]]
CHECKS: dict[str, Check] = {}


def check(key: str) -> Callable[[Check], Check]:
    def add(fn: Check) -> Check:
        CHECKS[key] = fn
        return fn

    return add


def diagnose(fig: Figures) -> tuple[Diagnosis, ...]:
    """Every finding, most urgent first (the order of CHECKS)."""
    found = (fn(fig) for fn in CHECKS.values())
    return tuple(d for d in found if d is not None)


def _calmer(cfg: TrainConfig, by: float) -> LearningRate:
    return LearningRate(max(cfg.lr / by, 1e-6))


@check("nan")
def _nan(fig: Figures) -> Diagnosis | None:
    if fig.nan_at is None:
        return None
    return LossNotANumber((_calmer(fig.cfg, 100),), *fig.nan_at)


@check("exploding")
def _exploding(fig: Figures) -> Diagnosis | None:
    if fig.nan_at is not None or len(fig.losses) < 6:
        return None
    start, now = float(np.mean(fig.losses[:3])), float(np.mean(fig.losses[-3:]))
    return LossExploding((_calmer(fig.cfg, 10),), start, now) if now > 3 * max(start, fig.chance_loss) else None


FLAT_AFTER = 150  # batches: and at least one epoch, before a loss that has not moved counts as flat
SIGMOID_ARCHS = ("lenet5",)  # recipes whose own activation is the sigmoid


@check("flat")
def _flat(fig: Figures) -> Diagnosis | None:
    n = len(fig.losses)
    if fig.nan_at is not None or n < max(fig.batches_per_epoch, FLAT_AFTER):
        return None
    start, recent = float(np.mean(fig.losses[:10])), float(np.mean(fig.losses[-max(n // 5, 10) :]))
    if recent < 0.95 * start or recent < 0.8 * fig.chance_loss:
        return None
    cfg = fig.cfg
    if (cfg.activation == "sigmoid" or _sigmoid_recipe(cfg)) and cfg.optimizer == "sgd":
        return LossFlat((NextRun("optimizer", "adam"), NextRun("lr", 1e-3)), len(fig.epochs), recent, "sigmoid_sgd")
    if cfg.lr >= HIGH_RATE[cfg.optimizer]:
        return LossFlat((_calmer(cfg, 10),), len(fig.epochs), recent, "high_rate")
    return LossFlat((LearningRate(min(cfg.lr * 10, 1.0)),), len(fig.epochs), recent, "low_rate")


def _sigmoid_recipe(cfg: TrainConfig) -> bool:
    return cfg.activation is None and cfg.arch in SIGMOID_ARCHS


JUMP_WINDOW, JUMP_SPREAD = 50, 0.3


@check("jumping")
def _jumping(fig: Figures) -> Diagnosis | None:
    """Over the last batches the loss does not fall, and goes up and down by a large share of itself."""
    if fig.nan_at is not None or len(fig.losses) < JUMP_WINDOW:
        return None
    window = np.asarray(fig.losses[-JUMP_WINDOW:])
    falling = np.polyfit(np.arange(len(window)), window, 1)[0] * len(window) < -0.1 * window.mean()
    spread = float(np.median(np.abs(np.diff(window))) / max(np.median(window), 1e-8))
    if falling or spread < JUMP_SPREAD or window.mean() < 0.25 * fig.chance_loss:  # low and noisy is fine
        return None
    return LossJumping((_calmer(fig.cfg, 3),), spread)


GAP, VAL_RISE = 0.05, 0.05


@check("memorising")
def _memorising(fig: Figures) -> Diagnosis | None:
    """Training accuracy far above validation, and the validation loss up from its lowest."""
    scored = [m for m in fig.epochs if m.val_acc is not None and m.val_loss is not None]
    if len(scored) < 3:
        return None
    last, lowest = scored[-1], min(m.val_loss for m in scored)
    rise = last.val_loss / max(lowest, 1e-8) - 1
    if last.train_acc - last.val_acc < GAP or rise < VAL_RISE:
        return None
    return Memorising(_regularise(fig.cfg), last.train_acc, last.val_acc, rise)


def _regularise(cfg: TrainConfig) -> tuple[Change, ...]:
    """The first of: augmentation, weight decay, more dropout, fewer epochs (stop early)."""
    if cfg.augment == "none":
        return (Augment("shift"),)
    if cfg.weight_decay < 1e-4:
        return (WeightDecay(5e-4),)
    if cfg.dropout is not None and cfg.dropout < 0.5:
        return (Dropout(min(cfg.dropout + 0.2, 0.5)),)
    return (NextRun("epochs", max(cfg.epochs // 2, 1)),)


LOW_ACC, STILL = 0.85, 0.01


@check("underfitting")
def _underfitting(fig: Figures) -> Diagnosis | None:
    """After 3 epochs both accuracies are low and no longer climbing (a loss that never moved is 'flat')."""
    if len(fig.epochs) < 3:
        return None
    last, before = fig.epochs[-1], fig.epochs[-3]
    val = last.val_acc if last.val_acc is not None else last.test_acc
    if last.train_acc >= LOW_ACC or last.train_acc - before.train_acc > STILL or last.train_acc - val > GAP:
        return None
    if last.train_acc < 1.5 / fig.num_classes:
        return None  # chance: nothing learned at all, which the flat and rate checks explain
    cfg = fig.cfg
    if cfg.weight_decay >= 1e-3:
        fix: tuple[Change, ...] = (WeightDecay(1e-4),)
    elif cfg.dropout is not None and cfg.dropout > 0.3:
        fix = (Dropout(0.1),)
    else:
        fix = (NextRun("epochs", min(cfg.epochs * 2, 10_000)),)
    return Underfitting(fix, last.train_acc, val)


DEAD_SHARE = 0.5


@check("dead_units")
def _dead_units(fig: Figures) -> Diagnosis | None:
    if not fig.dead_units:
        return None
    layer, share = max(fig.dead_units.items(), key=lambda item: item[1])
    if share < DEAD_SHARE:
        return None
    return DeadUnits((NextRun("activation", "leakyrelu"), NextRun("lr", max(fig.cfg.lr / 10, 1e-6))), layer, share)


VANISHING, EXPLODING = 1e-3, 10.0  # healthy runs here: ratios above 3e-3, norms below 3


@check("vanishing_gradients")
def _vanishing(fig: Figures) -> Diagnosis | None:
    """The first layer's gradient a thousandth of the last's: the early layers hardly learn."""
    norms = fig.grad_norms[-1] if fig.grad_norms else {}
    if len(norms) < 2:
        return None
    (first, g_first), (last, g_last) = next(iter(norms.items())), list(norms.items())[-1]
    ratio = g_first / max(g_last, 1e-30)
    if ratio >= VANISHING:
        return None
    squashing = fig.cfg.activation in ("sigmoid", "tanh") or _sigmoid_recipe(fig.cfg)
    fix = NextRun("activation", "relu") if squashing else NextRun("batch_norm", True)
    return VanishingGradients((fix,), first, last, ratio)


@check("exploding_gradients")
def _exploding_gradients(fig: Figures) -> Diagnosis | None:
    norms = fig.grad_norms[-1] if fig.grad_norms else {}
    if not norms:
        return None
    layer, norm = max(norms.items(), key=lambda item: item[1])
    if norm < EXPLODING:
        return None
    calmer = _calmer(fig.cfg, 10)
    fix = (calmer,) if fig.cfg.grad_clip else (NextRun("grad_clip", 1.0), calmer)
    return ExplodingGradients(fix, layer, norm)


INPUT_SHARE = 0.5  # making the batches took over half of the epoch's training time
LIGHTER = {"handwriting-styles": "handwriting", "handwriting": "affine", "affine": "shift", "shift": "none"}


@check("input_pipeline")
def _input_pipeline(fig: Figures) -> Diagnosis | None:
    """The network waits for its data: the host spent most of the epoch making batches, not learning from them."""
    if not fig.input_shares or fig.input_shares[-1] < INPUT_SHARE:
        return None
    cfg = fig.cfg
    if cfg.augment in LIGHTER:
        fix: tuple[Change, ...] = (Augment(LIGHTER[cfg.augment]),)
    else:  # plain batches: fewer, larger ones spread the per-batch cost over more images
        fix = (NextRun("batch_size", min(cfg.batch_size * 2, 4096)), NextRun("lr", cfg.lr * 2))
    return InputBottleneck(fix, fig.input_shares[-1], cfg.augment)
