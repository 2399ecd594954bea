"""Turning stored uint8 images into network input, and scoring a network on a split."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import nn

from core.tasks import check_cancel


@dataclass(frozen=True)
class Normalizer:
    """uint8 [N,C,H,W] -> normalised float on the same device. One code path for training and prediction."""

    mean: torch.Tensor  # [1,C,1,1]
    std: torch.Tensor

    @classmethod
    def of(cls, mean: tuple[float, ...], std: tuple[float, ...], device: torch.device | str = "cpu") -> "Normalizer":
        shape = (1, len(mean), 1, 1)
        return cls(torch.tensor(mean, device=device).view(shape), torch.tensor(std, device=device).view(shape))

    def to_unit(self, x: torch.Tensor) -> torch.Tensor:
        return x.float().div_(255)

    def normalize(self, unit: torch.Tensor) -> torch.Tensor:
        return (unit - self.mean) / self.std

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        return self.normalize(self.to_unit(x))


@dataclass(frozen=True)
class Scores:
    loss: float
    accuracy: float
    pred: torch.Tensor  # int64 [N], CPU
    conf: torch.Tensor  # float [N], CPU: probability of the predicted class


@torch.inference_mode()
def evaluate(
    model: nn.Module,
    x: torch.Tensor,
    y: torch.Tensor,
    norm: Normalizer,
    batch_size: int = 1000,
    memory_format: torch.memory_format = torch.contiguous_format,
    autocast: Callable[[], AbstractContextManager] = nullcontext,
    cancel: threading.Event | None = None,
) -> Scores:
    """Everything stays on the model's device until one transfer at the end (one host sync, not one per batch).
    ``autocast``: the run's mixed precision, so evaluating takes no more memory per image than training.
    ``cancel`` (a task's) is checked between batches: TaskCancelled ends a long evaluation early."""
    was_training = model.training
    model.eval()
    losses, corrects, rows = [], [], []
    for i in range(0, len(x), batch_size):
        check_cancel(cancel)
        with autocast():
            logits = model(norm(x[i : i + batch_size]).contiguous(memory_format=memory_format))
        logits = logits.float()
        target = y[i : i + batch_size]
        losses.append(F.cross_entropy(logits, target, reduction="sum"))
        conf, pred = logits.softmax(1).max(1)
        corrects.append((pred == target).sum())
        rows.append(torch.stack([pred.float(), conf]))  # class indices are exact in float32
    model.train(was_training)
    if not rows:
        return Scores(0.0, 0.0, torch.empty(0, dtype=torch.long), torch.empty(0))
    n = len(x)
    packed = torch.cat([torch.cat(rows, 1).flatten(), torch.stack(losses), torch.stack(corrects).float()]).cpu()
    pred, conf = packed[: 2 * n].view(2, n)
    sums = packed[2 * n :].tolist()
    k = len(losses)
    return Scores(sum(sums[:k]) / n, sum(sums[k:]) / n, pred.long(), conf.clone())
