"""Optimizers and learning-rate schedules from a TrainConfig, by name.

Every schedule is a closed-form multiplier of the step count, stepped once per batch: a resumed run
rebuilds its schedule from the number of steps done, with no scheduler state to store.
"""

from __future__ import annotations

import math
from typing import Callable

import torch
from torch import nn

from core.config import TrainConfig

OPTIMIZER_FACTORIES: dict[str, Callable[[list, TrainConfig], torch.optim.Optimizer]] = {
    "sgd": lambda p, c: torch.optim.SGD(
        p, lr=c.lr, momentum=c.momentum, nesterov=c.nesterov, weight_decay=c.weight_decay
    ),
    "adam": lambda p, c: torch.optim.Adam(p, lr=c.lr, weight_decay=c.weight_decay),
    "adamw": lambda p, c: torch.optim.AdamW(p, lr=c.lr, weight_decay=c.weight_decay),
    "rmsprop": lambda p, c: torch.optim.RMSprop(p, lr=c.lr, momentum=c.momentum, weight_decay=c.weight_decay),
}


def make_optimizer(model: nn.Module, cfg: TrainConfig) -> torch.optim.Optimizer:
    return OPTIMIZER_FACTORIES[cfg.optimizer](list(model.parameters()), cfg)


def _half_cosine(progress: float) -> float:
    """1 -> 0 along half a cosine as progress goes 0 -> 1."""
    return 0.5 * (1 + math.cos(math.pi * min(max(progress, 0.0), 1.0)))


def _one_cycle(total: int) -> Callable[[int], float]:
    """Warm up over 30 % of the steps from lr/25 to lr, then anneal to lr/250,000 (as OneCycleLR)."""
    warm, start, end = max(1, int(0.3 * total)), 1 / 25, 1 / 25 / 1e4

    def factor(step: int) -> float:
        if step < warm:
            return start + (1 - start) * (1 - _half_cosine(step / warm))
        return end + (1 - end) * _half_cosine((step - warm) / max(1, total - warm))

    return factor


SCHEDULE_FACTORS: dict[str, Callable[[TrainConfig, int], Callable[[int], float]]] = {
    "none": lambda c, n: lambda step: 1.0,
    "step": lambda c, n: lambda step: c.step_gamma ** (step // (c.step_every * n)),
    "cosine": lambda c, n: lambda step: _half_cosine(step / (c.epochs * n)),
    "onecycle": lambda c, n: _one_cycle(c.epochs * n),
}


def make_schedule(
    optimizer: torch.optim.Optimizer, cfg: TrainConfig, batches_per_epoch: int, steps_done: int = 0
) -> torch.optim.lr_scheduler.LambdaLR:
    factor = SCHEDULE_FACTORS[cfg.schedule](cfg, batches_per_epoch)
    if steps_done:
        for group in optimizer.param_groups:
            group.setdefault("initial_lr", cfg.lr)
    return torch.optim.lr_scheduler.LambdaLR(optimizer, factor, last_epoch=steps_done - 1)
