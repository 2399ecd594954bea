"""What a dataset holds, for the Data view (no Qt): per-class counts in the training, validation and test parts,
a few examples and the mean image of each class, class-balance warnings, the files an image folder left out,
and one image through an augmentation 16 times.

The validation part is the one a run with the same settings holds out (``data.split_validation``), so the counts
are the ones training will see. Warnings are small typed records; the window words them in its language.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from core import data
from core.augment import AUGMENTATIONS
from core.threads import one_thread

EXAMPLES = 8  # training images shown per class
PREVIEWS = 16  # augmented copies of one image
FEW = 0.5  # a class with under this share of its part's average count is flagged
SPLITS = ("train", "validation", "test")


@dataclass(frozen=True)
class BalanceWarning:
    """One class too rare in one part ("few"), or absent from it ("missing")."""

    kind: str  # "few" | "missing"
    split: str  # one of SPLITS
    class_name: str
    count: int
    average: float  # images per class in that part


@dataclass(frozen=True)
class DataOverview:
    dataset: str
    class_names: tuple[str, ...]
    counts: dict[str, tuple[int, ...]]  # split -> images per class
    examples: np.ndarray  # uint8 [classes, EXAMPLES, C, H, W]; a class with fewer repeats nothing: see example_counts
    example_counts: tuple[int, ...]
    means: np.ndarray  # uint8 [classes, C, H, W]: each class's mean training image (black where it has none)
    warnings: tuple[BalanceWarning, ...]
    skipped: tuple[data.SkippedFile, ...]  # an image folder's files left out, with why

    def total(self, split: str) -> int:
        return sum(self.counts[split])


def overview(loaded: data.LoadedData, name: str, val_fraction: float, seed: int) -> DataOverview:
    """Counts, examples, means and warnings of ``loaded`` with a run's validation split (fraction, seed).

    On one torch thread: on a busy 2-core CPU two took 7 s for MNIST against 0.4 s (bench/bench_data_view.py)."""
    return one_thread(lambda: _overview(loaded, name, val_fraction, seed))


def _overview(loaded: data.LoadedData, name: str, val_fraction: float, seed: int) -> DataOverview:
    k = len(loaded.spec.class_names)
    train_idx, val_idx = data.split_validation(len(loaded.train_x), val_fraction, seed)
    labels = {"train": loaded.train_y[train_idx], "validation": loaded.train_y[val_idx], "test": loaded.test_y}
    counts = {split: tuple(int(c) for c in torch.bincount(y, minlength=k)[:k]) for split, y in labels.items()}
    examples, example_counts = _examples(loaded.train_x, labels["train"], train_idx, k)
    return DataOverview(
        name,
        tuple(loaded.spec.class_names),
        counts,
        examples,
        example_counts,
        _class_means(loaded.train_x, labels["train"], train_idx, k),
        balance_warnings(counts, tuple(loaded.spec.class_names)),
        tuple(loaded.skipped_files),
    )


def balance_warnings(counts: dict[str, tuple[int, ...]], class_names: tuple[str, ...]) -> tuple[BalanceWarning, ...]:
    """Classes missing from a part that has images, or with under FEW x the part's average count."""
    found = []
    for split in SPLITS:
        per_class = counts.get(split, ())
        if not sum(per_class):
            continue  # an empty part (no validation asked for) is a choice, not an imbalance
        average = sum(per_class) / len(per_class)
        for name, count in zip(class_names, per_class):
            if count == 0 or count < FEW * average:
                found.append(BalanceWarning("missing" if count == 0 else "few", split, name, count, average))
    return tuple(found)


def augmentation_preview(image: np.ndarray, label: int, augmentation: str, seed: int = 0) -> np.ndarray:
    """uint8 [PREVIEWS, C, H, W]: ``image`` (uint8 [C, H, W]) through ``augmentation`` PREVIEWS times, as a
    training batch would see it (before normalisation)."""
    unit = torch.from_numpy(np.ascontiguousarray(image)).float().div(255)
    batch = unit.unsqueeze(0).repeat(PREVIEWS, 1, 1, 1)
    gen = torch.Generator().manual_seed(seed)
    augment = AUGMENTATIONS.get(augmentation)
    out = one_thread(lambda: augment(batch, gen, torch.full((PREVIEWS,), int(label))))
    return out.clamp(0, 1).mul(255).round().to(torch.uint8).numpy()


def _examples(x: torch.Tensor, y: torch.Tensor, idx: torch.Tensor, k: int) -> tuple[np.ndarray, tuple[int, ...]]:
    shown = torch.zeros((k, EXAMPLES, *x.shape[1:]), dtype=torch.uint8)
    found = []
    for c in range(k):
        picks = idx[y == c][:EXAMPLES]
        shown[c, : len(picks)] = x[picks]
        found.append(len(picks))
    return shown.numpy(), tuple(found)


def _class_means(x: torch.Tensor, y: torch.Tensor, idx: torch.Tensor, k: int) -> np.ndarray:
    """Per-class mean image, from integer sums one class at a time (no float copy of the whole set)."""
    means = torch.zeros((k, *x.shape[1:]), dtype=torch.uint8)
    for c in range(k):
        members = idx[y == c]
        if len(members):
            means[c] = (x[members].sum(0, dtype=torch.int64) / len(members)).round().to(torch.uint8)
    return means.numpy()
