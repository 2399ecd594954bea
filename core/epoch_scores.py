"""One epoch's scores: the validation and test sets evaluated, the epoch's metrics, and whether it is the best."""

from __future__ import annotations

import math
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext

import torch
from torch import nn

from core.data_on_device import DeviceData
from core.messages.memory import EvaluationHalved
from core.evaluate import Scores, evaluate
from core.events import EpochMetrics
from core.failures import is_out_of_memory


def evaluate_sets(
    model: nn.Module, d: DeviceData, batch_size: int, autocast: Callable[[], AbstractContextManager] = nullcontext
) -> tuple[Scores | None, Scores, int]:
    """The validation scores (None without a validation set), the test scores (NaN without test images: a few
    collected digits may leave none to check on, and 0 % would be as false as 100 %), and the batch size that served.

    ``batch_size`` is the training batch (it fits, and evaluating keeps no activations for a backward pass); on
    an out-of-memory the evaluation is tried once more with half of it, after the cached blocks are released.
    """
    try:
        return (*_scores(model, d, batch_size, autocast), batch_size)
    except Exception as exc:
        if not is_out_of_memory(exc) or batch_size < 2:
            raise
    half = batch_size // 2  # outside the except: the failed attempt's tensors are gone before retrying
    if d.test_x.device.type == "cuda":
        torch.cuda.empty_cache()
    return (*_scores(model, d, half, autocast), half)


def _scores(model, d: DeviceData, batch_size: int, autocast) -> tuple[Scores | None, Scores]:
    kw = dict(batch_size=batch_size, memory_format=d.memory_format, autocast=autocast)
    val = evaluate(model, d.val_x, d.val_y, d.norm, **kw) if len(d.val_x) else None
    if not len(d.test_x):
        return val, Scores(math.nan, math.nan, torch.empty(0, dtype=torch.long), torch.empty(0))
    return val, evaluate(model, d.test_x, d.test_y, d.norm, **kw)


def halved_note(before: int, after: int) -> EvaluationHalved:
    return EvaluationHalved(before, after)


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
