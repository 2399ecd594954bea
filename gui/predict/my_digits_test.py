"""How well a model reads the digits a student collected, digit by digit: a job for "Test the model on my digits"."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from core import data
from core.evaluate import Normalizer, evaluate
from core.threads import one_thread


@dataclass(frozen=True)
class MyDigitsResult:
    per_digit: np.ndarray  # accuracy 0..1 per digit, NaN where none are collected
    counts: np.ndarray  # collected digits per class
    accuracy: float  # over all collected digits
    total: int


def evaluate_my_digits(model: torch.nn.Module, mean, std, root: Path) -> MyDigitsResult:
    """Jobs job: the model on every collected digit (train and test split together)."""
    loaded = data.load("my-digits", root, download=False)
    x, y = torch.cat([loaded.train_x, loaded.test_x]), torch.cat([loaded.train_y, loaded.test_y])
    scores = one_thread(lambda: evaluate(model, x, y, Normalizer.of(tuple(mean), tuple(std))))
    right = (scores.pred == y).numpy()
    labels = y.numpy()
    counts = np.bincount(labels, minlength=10)
    per = np.array([right[labels == d].mean() if counts[d] else np.nan for d in range(10)])
    return MyDigitsResult(per, counts, float(scores.accuracy), len(y))
