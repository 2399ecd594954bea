"""Reading a trained network's results and weights: confusion matrix, per-class scores,
galleries of test images, filters as images, weight histograms and weight change.

Plain torch/numpy (no Qt): every function here runs in a script, a test or a background job.
"""

from __future__ import annotations

import csv
import math
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
import torch

ArrayLike = np.ndarray | torch.Tensor | Sequence[int]


def _long(values: ArrayLike) -> torch.Tensor:
    return (
        torch.as_tensor(np.asarray(values) if not isinstance(values, torch.Tensor) else values).long().flatten().cpu()
    )


# -- scores ------------------------------------------------------------------------------------------------
def confusion_matrix(y_true: ArrayLike, y_pred: ArrayLike, num_classes: int) -> np.ndarray:
    """int64 [K, K]: row = true class, column = predicted class (one torch.bincount)."""
    t, p = _long(y_true), _long(y_pred)
    if t.shape != p.shape:
        raise ValueError(f"{len(t)} true labels but {len(p)} predictions.")
    if len(t) and (min(t.min(), p.min()) < 0 or max(t.max(), p.max()) >= num_classes):
        raise ValueError(f"Labels must lie in 0..{num_classes - 1}.")
    return (
        torch.bincount(t * num_classes + p, minlength=num_classes * num_classes).view(num_classes, num_classes).numpy()
    )


def per_class_accuracy(cm: np.ndarray) -> np.ndarray:
    """Share of each true class predicted right (NaN for a class with no test images)."""
    totals = cm.sum(1).astype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, np.diag(cm) / totals, np.nan)


def row_percentages(cm: np.ndarray) -> np.ndarray:
    """Each cell as a percentage of its row (its true class)."""
    totals = cm.sum(1, keepdims=True).astype(np.float64)
    return np.divide(cm * 100.0, totals, out=np.zeros(cm.shape, dtype=np.float64), where=totals > 0)


def cell_members(y_true: ArrayLike, y_pred: ArrayLike, conf: ArrayLike, true_class: int, pred_class: int) -> np.ndarray:
    """Indices of the test images of one confusion cell, most confident first."""
    t, p = _long(y_true).numpy(), _long(y_pred).numpy()
    c = np.asarray(conf, dtype=np.float64).ravel()
    idx = np.flatnonzero((t == true_class) & (p == pred_class))
    return idx[np.argsort(-c[idx], kind="stable")]


def confident_mistakes(y_true: ArrayLike, y_pred: ArrayLike, conf: ArrayLike, k: int = 60) -> np.ndarray:
    """Indices of the (up to) k wrong predictions the network was surest about, surest first."""
    t, p = _long(y_true).numpy(), _long(y_pred).numpy()
    c = np.asarray(conf, dtype=np.float64).ravel()
    idx = np.flatnonzero(t != p)
    return idx[np.argsort(-c[idx], kind="stable")][:k]


@dataclass(frozen=True)
class ClassRow:
    name: str
    images: int
    correct: int
    accuracy: float  # 0..1, NaN when the class has no test images
    confused_with: str  # the wrong class it is most often taken for ("" if none)
    confused_count: int


def per_class_table(cm: np.ndarray, class_names: Sequence[str]) -> list[ClassRow]:
    acc = per_class_accuracy(cm)
    rows = []
    for i, name in enumerate(class_names):
        wrong = cm[i].copy()
        wrong[i] = 0
        j = int(wrong.argmax())
        rows.append(
            ClassRow(
                str(name),
                int(cm[i].sum()),
                int(cm[i, i]),
                float(acc[i]),
                str(class_names[j]) if wrong[j] else "",
                int(wrong[j]),
            )
        )
    return rows


def write_class_csv(path: str | Path, rows: Sequence[ClassRow]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["class", "test images", "correct", "accuracy %", "most often taken for", "times"])
        for r in rows:
            acc = "" if math.isnan(r.accuracy) else f"{100 * r.accuracy:.2f}"
            w.writerow([r.name, r.images, r.correct, acc, r.confused_with, r.confused_count])


# -- weights -----------------------------------------------------------------------------------------------
def _layer_weights(weights: Mapping[str, torch.Tensor], min_dims: int = 2) -> "OrderedDict[str, torch.Tensor]":
    """layer name -> weight tensor, for conv and fully connected layers (not biases or BatchNorm)."""
    out: OrderedDict[str, torch.Tensor] = OrderedDict()
    for key, value in weights.items():
        if (
            key.endswith(".weight")
            and isinstance(value, torch.Tensor)
            and value.ndim >= min_dims
            and value.is_floating_point()
        ):
            out[key[: -len(".weight")]] = value.detach().float().cpu()
    return out


def conv_filters(weights: Mapping[str, torch.Tensor]) -> "OrderedDict[str, torch.Tensor]":
    """layer name -> conv kernel [out, in, kh, kw], in state-dict (= construction) order."""
    return OrderedDict((k, v) for k, v in _layer_weights(weights, 4).items() if v.ndim == 4)


def filter_images(kernel: torch.Tensor, rgb: bool = False) -> np.ndarray:
    """Conv kernel [out, in, kh, kw] -> images: [out, kh, kw] averaged over the input channels,
    or [out, kh, kw, 3] in 0..1 (each filter stretched to its own range) when ``rgb`` and in == 3."""
    k = kernel.detach().float().cpu()
    if rgb and k.shape[1] == 3:
        lo = k.amin(dim=(1, 2, 3), keepdim=True)
        hi = k.amax(dim=(1, 2, 3), keepdim=True)
        return ((k - lo) / (hi - lo).clamp_min(1e-12)).permute(0, 2, 3, 1).numpy()
    return k.mean(1).numpy()


@dataclass(frozen=True)
class Histogram:
    edges: np.ndarray  # [bins + 1]
    counts: np.ndarray  # [bins] now
    initial: np.ndarray | None  # [bins] for the first snapshot, same edges
    mean: float
    std: float


def weight_histograms(
    weights: Mapping[str, torch.Tensor], initial: Mapping[str, torch.Tensor] | None = None, bins: int = 60
) -> "OrderedDict[str, Histogram]":
    """Per layer: histogram of its weights now and (same bins) in ``initial``."""
    now = _layer_weights(weights)
    first = _layer_weights(initial) if initial else {}
    out: OrderedDict[str, Histogram] = OrderedDict()
    for name, w in now.items():
        w0 = first.get(name)
        if w0 is not None and w0.shape != w.shape:
            w0 = None
        lo, hi = float(w.min()), float(w.max())
        if w0 is not None:
            lo, hi = min(lo, float(w0.min())), max(hi, float(w0.max()))
        if not (math.isfinite(lo) and math.isfinite(hi)):
            continue
        if hi <= lo:
            lo, hi = lo - 0.5, hi + 0.5
        edges = torch.linspace(lo, hi, bins + 1)
        counts = torch.histc(w, bins, lo, hi).numpy()
        init = torch.histc(w0, bins, lo, hi).numpy() if w0 is not None else None
        out[name] = Histogram(edges.numpy(), counts, init, float(w.mean()), float(w.std()) if w.numel() > 1 else 0.0)
    return out


def weight_change(
    previous: Mapping[str, torch.Tensor], current: Mapping[str, torch.Tensor]
) -> "OrderedDict[str, float]":
    """Per layer: ||w_t - w_{t-1}|| / ||w_{t-1}||, how much the layer moved since the last snapshot."""
    before, now = _layer_weights(previous), _layer_weights(current)
    out: OrderedDict[str, float] = OrderedDict()
    for name, w in now.items():
        w0 = before.get(name)
        if w0 is None or w0.shape != w.shape:
            continue
        norm = float(w0.norm())
        out[name] = float((w - w0).norm()) / norm if norm > 0 else float("nan")
    return out


def layer_names(weights: Mapping[str, torch.Tensor]) -> list[str]:
    """The conv and fully connected layers that carry a weight matrix, in order."""
    return list(_layer_weights(weights))
