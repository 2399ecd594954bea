"""Per-batch results and gradient norms kept on the training device and read back on a cadence, and state dicts
copied to the host.

On a GPU every ``.item()`` stalls the host until the queue of kernels has drained, so the loop records each
batch's loss and correct count into a device tensor and reads a whole window back at once: every
``Readback.batches`` batches or ``Readback.seconds`` after the last read (the window draws 4 times a second).
The CPU runs the same code, so the tests exercise it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class Readback:
    """When the host reads the batch results: after this many batches or seconds, whichever comes first."""

    batches: int = 32
    seconds: float = 0.05


DEFAULT_READBACK = Readback()
EVERY_BATCH = Readback(1, 0.0)  # the old behaviour: one host sync per batch


@dataclass(frozen=True)
class BatchResult:
    batch: int  # 1-based within the epoch
    loss: float
    correct: int
    size: int
    lr: float


class BatchTally:
    """One epoch's per-batch loss and correct count, on the device until read."""

    def __init__(self, batches: int, device: torch.device, cadence: Readback):
        # float32 holds the correct counts exactly (< 2**24), so one buffer and one transfer serve both
        self._values = torch.zeros(2, batches, device=device)
        self._sizes: list[int] = []
        self._lrs: list[float] = []
        self._read = 0
        self._last_read_at = time.perf_counter()
        self.cadence = cadence

    def record(self, loss: torch.Tensor, correct: torch.Tensor, size: int, lr: float) -> None:
        """Device-side copies only: nothing here waits for the batch to finish."""
        b = len(self._sizes)
        self._values[0, b] = loss.detach()
        self._values[1, b] = correct
        self._sizes.append(size)
        self._lrs.append(lr)

    @property
    def pending(self) -> int:
        return len(self._sizes) - self._read

    def due(self) -> bool:
        return self.pending >= self.cadence.batches or (
            self.pending > 0 and time.perf_counter() - self._last_read_at >= self.cadence.seconds
        )

    def read(self) -> list[BatchResult]:
        """The batches recorded since the last read, oldest first: one host sync."""
        lo, hi = self._read, len(self._sizes)
        if lo == hi:
            return []
        losses, corrects = self._values[:, lo:hi].tolist()
        self._read, self._last_read_at = hi, time.perf_counter()
        return [
            BatchResult(lo + i + 1, loss, int(correct), self._sizes[lo + i], self._lrs[lo + i])
            for i, (loss, correct) in enumerate(zip(losses, corrects))
        ]


def state_to_host(state: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """A CPU copy of a state dict that other threads may use freely.

    One transfer per (device, dtype) instead of one blocking copy per tensor: flattened into one buffer on
    the device, copied without blocking into pinned memory on CUDA, one synchronisation, then split into
    independent CPU tensors.
    """
    groups: dict[tuple[torch.device, torch.dtype], list[str]] = {}
    for name, tensor in state.items():
        groups.setdefault((tensor.device, tensor.dtype), []).append(name)
    staged = []
    for (device, dtype), names in groups.items():
        flat = torch.cat([state[n].detach().reshape(-1) for n in names])
        if device.type == "cuda":
            host = torch.empty(flat.shape, dtype=dtype, pin_memory=True)
            host.copy_(flat, non_blocking=True)
        else:
            host = flat.cpu()  # on the CPU torch.cat has already copied
        staged.append((names, host))
    for device in {device for device, _ in groups if device.type == "cuda"}:
        torch.cuda.synchronize(device)
    out: dict[str, torch.Tensor] = {}
    for names, host in staged:
        parts = host.split([state[n].numel() for n in names])
        out.update({n: part.view(state[n].shape).clone() for n, part in zip(names, parts)})
    return {n: out[n] for n in state}


class GradientStrength:
    """How strongly each layer is still being pushed: the norm of its weight gradient, summed on the device over
    an epoch's samples and read back once, as means, at the epoch's end."""

    def __init__(self) -> None:
        self._sums: dict[str, tuple[torch.Tensor, int]] = {}

    def sample(self, model: torch.nn.Module) -> None:
        for name, param in model.named_parameters():
            if name.endswith("weight") and param.grad is not None and param.dim() > 1:
                total, count = self._sums.get(name[: -len(".weight")], (0.0, 0))
                self._sums[name[: -len(".weight")]] = (total + param.grad.detach().norm(), count + 1)

    def take_means(self) -> dict[str, float]:
        """Each layer's mean norm since the last call (one host sync), and a fresh start."""
        totals = torch.stack([total for total, _ in self._sums.values()]).tolist() if self._sums else []
        means = {layer: t / count for (layer, (_, count)), t in zip(self._sums.items(), totals)}
        self._sums = {}
        return means
