"""The learning-rate range test (Leslie Smith 2015; fastai's and Lightning's lr_find): one short run whose rate
rises exponentially from 1e-6 to 10, one batch per rate, stopped when the loss explodes.

The suggestion is the rate where the smoothed loss falls fastest against log(rate): the steepest descent,
fastai's original rule. The loss is smoothed by an exponential moving average (0.98, bias-corrected) and the
run stops once it passes 4x the best smoothed loss so far, or is not finite. The network and optimizer given
are never touched: the test trains a copy of each (a fresh network when none is given).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from threading import Event
from typing import Callable

import numpy as np
import torch
from torch import nn

from core import data, devices
from core.messages import MessageError
from core.messages import run as said
from core.augment import AUGMENTATIONS
from core.card import ModelCard
from core.config import TrainConfig
from core.data_on_device import put_on_device
from core.optim import make_optimizer

START_LR, END_LR, STEPS = 1e-6, 10.0, 300
SMOOTHING = 0.98
EXPLODED = 4.0  # the smoothed loss past this many times its best ends the test
SKIP_START, SKIP_END = 10, 5  # the smoothing's first points and the explosion's last are not candidates
RULE = "steepest descent of the smoothed loss"


class NothingLearned(MessageError, ValueError):
    """The loss exploded before the test saw it fall: no rate to suggest (raised with what to do)."""


@dataclass(frozen=True)
class LrFinding:
    suggested_lr: float
    lrs: tuple[float, ...]  # the rate of each batch tried
    losses: tuple[float, ...]  # the smoothed loss after it
    rule: str = RULE

    def to_dict(self) -> dict:
        return {"suggested_lr": self.suggested_lr, "lrs": list(self.lrs), "losses": list(self.losses)}


def find_lr(
    cfg: TrainConfig,
    loaded: data.LoadedData,
    *,
    model: nn.Module | None = None,
    optimizer: torch.optim.Optimizer | None = None,
    steps: int = STEPS,
    start: float = START_LR,
    end: float = END_LR,
    cancel: Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LrFinding:
    """Run the range test for ``cfg`` (network, optimizer, batch size, augmentation) on ``loaded``'s training set.

    ``model``/``optimizer``: test from this network's weights and this optimizer's state (copied, left as they
    are). ``progress(done, steps)`` is called every 10 batches; ``cancel`` set ends the test early (raises
    InterruptedError). Raises NothingLearned when the loss never fell."""
    device = devices.resolve(cfg.device)
    torch.manual_seed(cfg.seed)
    d = put_on_device(loaded, cfg, device)
    net = copy.deepcopy(model) if model is not None else ModelCard.for_run(cfg, loaded.spec).build()
    net = net.to(device=device, memory_format=d.memory_format).train()
    opt = make_optimizer(net, cfg)
    if optimizer is not None:
        opt.load_state_dict(copy.deepcopy(optimizer.state_dict()))  # its momentum, its Adam moments
    criterion, augment = nn.CrossEntropyLoss(label_smoothing=cfg.label_smoothing), AUGMENTATIONS.get(cfg.augment)
    gen = torch.Generator(device=device).manual_seed(cfg.seed)
    batches = _batches(len(d.train_x), cfg.batch_size, gen)
    lrs, smoothed = [], []
    average, best = 0.0, math.inf
    for i, rate in enumerate(np.geomspace(start, end, steps)):
        if cancel is not None and cancel.is_set():
            raise InterruptedError("learning-rate test cancelled")
        for group in opt.param_groups:
            group["lr"] = float(rate)
        idx = next(batches)
        x = d.norm.normalize(augment(d.norm.to_unit(d.train_x[idx]), gen, d.train_y[idx]))
        loss = criterion(net(x.contiguous(memory_format=d.memory_format)).float(), d.train_y[idx])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        average = SMOOTHING * average + (1 - SMOOTHING) * loss.item()
        value = average / (1 - SMOOTHING ** (i + 1))
        if not math.isfinite(value) or value > EXPLODED * best:
            break
        best = min(best, value)
        lrs.append(float(rate))
        smoothed.append(value)
        if progress is not None and i % 10 == 0:
            progress(i, steps)
    return LrFinding(suggest(lrs, smoothed), tuple(lrs), tuple(smoothed))


def suggest(lrs: list[float], losses: list[float]) -> float:
    """The rate at the steepest fall of ``losses`` against log10(rate), leaving out the first SKIP_START
    and last SKIP_END points."""
    if len(lrs) < SKIP_START + SKIP_END + 3:
        raise NothingLearned(said.LossExplodedFirst(len(lrs)))
    slope = np.gradient(np.asarray(losses), np.log10(lrs))
    i = SKIP_START + int(np.argmin(slope[SKIP_START : len(slope) - SKIP_END]))
    return float(lrs[i])


def _batches(n: int, batch_size: int, gen: torch.Generator):
    """Batch indices drawn from fresh permutations, for as long as asked."""
    while True:
        perm = torch.randperm(n, generator=gen, device=gen.device)
        for b in range(0, n - batch_size + 1 if n >= batch_size else 1, batch_size):
            yield perm[b : b + batch_size]
