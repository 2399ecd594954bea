"""The learning-rate range test (Leslie Smith 2015; fastai's and Lightning's lr_find): one short run whose rate
rises exponentially from 1e-6 to 10, one batch per rate, stopped when the loss explodes.

The suggestion is the rate where the smoothed loss falls fastest against log(rate): the steepest descent,
fastai's original rule. The test is cheap by design: it evaluates nothing, moves to the device only the
training images it can use (steps x batch), and runs a small network on one CPU thread (on a busy 2-core CPU
two OpenMP threads made a LeNet batch 16x slower: 370 against 23 ms; bench/bench_lr_find.py).
The loss is smoothed by an exponential moving average (0.98, bias-corrected) and the
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

from core import data, device_speed, devices
from core.messages import MessageError
from core.messages import run as said
from core.augment import AUGMENTATIONS
from core.card import ModelCard
from core.config import TrainConfig
from core.evaluate import Normalizer
from core.optim import make_optimizer
from core.threads import one_thread

START_LR, END_LR, STEPS = 1e-6, 10.0, 300
SMOOTHING = 0.98
EXPLODED = 4.0  # the smoothed loss past this many times its best ends the test
SKIP_START, SKIP_END = 10, 5  # the smoothing's first points and the explosion's last are not candidates
SMALL_NETWORK = 2_000_000  # parameters: below this, on the CPU, one thread beats OpenMP's synchronisation
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
    net = copy.deepcopy(model) if model is not None else ModelCard.for_run(cfg, loaded.spec).build()
    test = _RangeTest(cfg, loaded, net, device, optimizer, steps)
    small = device.type == "cpu" and not cfg.threads and sum(p.numel() for p in net.parameters()) < SMALL_NETWORK
    lrs, smoothed = (
        one_thread(lambda: test.run(steps, start, end, cancel, progress))
        if small
        else test.run(steps, start, end, cancel, progress)
    )
    return LrFinding(suggest(lrs, smoothed), tuple(lrs), tuple(smoothed))


class _RangeTest:
    """One network, optimizer and pool of training images, set up for the rising-rate batches."""

    def __init__(
        self, cfg: TrainConfig, loaded: data.LoadedData, net: nn.Module, device: torch.device, optimizer, steps: int
    ):
        self.memory_format = device_speed.for_device(device).memory_format
        self.net = net.to(device=device, memory_format=self.memory_format).train()
        self.opt = make_optimizer(self.net, cfg)
        if optimizer is not None:
            self.opt.load_state_dict(copy.deepcopy(optimizer.state_dict()))  # its momentum, its Adam moments
        self.criterion = nn.CrossEntropyLoss(label_smoothing=cfg.label_smoothing)
        self.augment = AUGMENTATIONS.get(cfg.augment)
        self.gen = torch.Generator(device=device).manual_seed(cfg.seed)
        self.batch_size = cfg.batch_size
        self.x, self.y = _training_pool(cfg, loaded, device, steps)
        self.norm = Normalizer.of(loaded.spec.mean, loaded.spec.std, device)

    def run(self, steps: int, start: float, end: float, cancel: Event | None, progress) -> tuple[list, list]:
        batches = _batches(len(self.x), self.batch_size, self.gen)
        lrs, smoothed = [], []
        average, best = 0.0, math.inf
        for i, rate in enumerate(np.geomspace(start, end, steps)):
            if cancel is not None and cancel.is_set():
                raise InterruptedError("learning-rate test cancelled")
            loss = self.step(float(rate), next(batches))
            average = SMOOTHING * average + (1 - SMOOTHING) * loss
            value = average / (1 - SMOOTHING ** (i + 1))
            if not math.isfinite(value) or value > EXPLODED * best:
                break
            best = min(best, value)
            lrs.append(float(rate))
            smoothed.append(value)
            if progress is not None and i % 10 == 0:
                progress(i, steps)
        return lrs, smoothed

    def step(self, rate: float, idx: torch.Tensor) -> float:
        for group in self.opt.param_groups:
            group["lr"] = rate
        x = self.norm.normalize(self.augment(self.norm.to_unit(self.x[idx]), self.gen, self.y[idx]))
        loss = self.criterion(self.net(x.contiguous(memory_format=self.memory_format)).float(), self.y[idx])
        self.opt.zero_grad(set_to_none=True)
        loss.backward()
        self.opt.step()
        return loss.item()


def _training_pool(cfg: TrainConfig, loaded: data.LoadedData, device: torch.device, steps: int):
    """The training split's images the test can reach (``steps`` batches at most), never the validation part."""
    train_idx, _ = data.split_validation(len(loaded.train_x), cfg.val_fraction, cfg.seed)
    if cfg.train_subset:
        train_idx = train_idx[: cfg.train_subset]
    pick = torch.randperm(len(train_idx), generator=torch.Generator().manual_seed(cfg.seed))
    chosen = train_idx[pick[: steps * cfg.batch_size]]
    return loaded.train_x[chosen].to(device), loaded.train_y[chosen].to(device)


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
