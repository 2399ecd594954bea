"""Small numeric helpers over uint8 image tensors: per-channel mean/std and seeded splits."""

from __future__ import annotations

import torch


def channel_mean_std(x: torch.Tensor, chunk: int = 4096) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per-channel mean and std of uint8 images [N, C, H, W], in 0..1 units (float64 sums, chunked)."""
    if x.numel() == 0:
        return (0.0,) * x.shape[1], (1.0,) * x.shape[1]
    total = torch.zeros(x.shape[1], dtype=torch.float64)
    squares = torch.zeros_like(total)
    for start in range(0, len(x), chunk):
        part = x[start : start + chunk].to(torch.float64) / 255.0
        total += part.sum((0, 2, 3))
        squares += (part * part).sum((0, 2, 3))
    count = x.numel() / x.shape[1]
    mean = total / count
    std = (squares / count - mean * mean).clamp_min(1e-12).sqrt()
    return tuple(round(float(m), 4) for m in mean), tuple(round(max(float(s), 1e-4), 4) for s in std)


def split_validation(n: int, fraction: float, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """(train_idx, val_idx): a seeded permutation of range(n) cut at round(n * fraction); both sorted.

    At least one sample stays in the train part; fraction 0 gives an empty validation part.
    """
    if n < 0 or not 0.0 <= fraction < 1.0:
        raise ValueError(f"need n >= 0 and 0 <= fraction < 1, got n={n}, fraction={fraction}")
    generator = torch.Generator().manual_seed(int(seed))
    order = torch.randperm(n, generator=generator)
    n_val = min(round(n * fraction), max(n - 1, 0))
    return order[n_val:].sort().values, order[:n_val].sort().values
