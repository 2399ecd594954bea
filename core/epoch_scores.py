"""One epoch's scores: the validation and test sets evaluated, the epoch's metrics, and whether it is the best."""

from __future__ import annotations

import math

import torch
from torch import nn

from core.data_on_device import DeviceData
from core.evaluate import Scores, evaluate
from core.events import EpochMetrics


def evaluate_sets(model: nn.Module, d: DeviceData) -> tuple[Scores | None, Scores]:
    """The validation scores (None without a validation set) and the test scores (NaN without test images: a few
    collected digits may leave none to check on, and 0 % would be as false as 100 %)."""
    fmt = d.memory_format
    val = evaluate(model, d.val_x, d.val_y, d.norm, memory_format=fmt) if len(d.val_x) else None
    if not len(d.test_x):
        return val, Scores(math.nan, math.nan, torch.empty(0, dtype=torch.long), torch.empty(0))
    return val, evaluate(model, d.test_x, d.test_y, d.norm, memory_format=fmt)


def epoch_metrics(
    epoch: int,
    train_loss: float,
    train_acc: float,
    val: Scores | None,
    test: Scores,
    lr: float,
    images_per_s: float,
    seconds: float,
) -> EpochMetrics:
    val_loss, val_acc = (val.loss, val.accuracy) if val else (None, None)
    return EpochMetrics(
        epoch, train_loss, train_acc, val_loss, val_acc, test.loss, test.accuracy, lr, images_per_s, seconds
    )


def is_best(metrics: EpochMetrics, history: list[EpochMetrics]) -> bool:
    """Better than every earlier epoch: on validation accuracy, or on test accuracy without a validation set; with
    neither to score on, the latest epoch is the best."""
    score = lambda m: m.val_acc if m.val_acc is not None else m.test_acc
    return math.isnan(score(metrics)) or all(score(metrics) > score(m) for m in history)
