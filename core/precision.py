"""Mixed precision for one run, chosen by the device the run trains on.

bf16 autocast from compute capability 8.0 (same range as fp32, no loss scaling needed); fp16 autocast with a
GradScaler on older CUDA cards (fp16 gradients underflow without scaling; the scaler reads its inf check back
once per step, the one host wait fp16 costs); full precision on the CPU, on MPS, or when not asked for. The
dtype comes from the chosen device (``cuda:1``), never from the current one.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import torch

from core import devices


@dataclass(frozen=True)
class Precision:
    device_type: str
    dtype: torch.dtype | None  # None: full precision
    scaler: torch.amp.GradScaler  # enabled for fp16 only; otherwise every call passes straight through

    def autocast(self) -> AbstractContextManager:
        """The same for training and evaluation."""
        return torch.autocast(self.device_type, dtype=self.dtype) if self.dtype else nullcontext()

    def backward(self, loss: torch.Tensor, optimizer: torch.optim.Optimizer) -> None:
        """Gradients at their true size afterwards (unscaled), so clipping and the gradient strengths see them."""
        self.scaler.scale(loss).backward()
        if self.scaler.is_enabled():
            self.scaler.unscale_(optimizer)

    def step(self, optimizer: torch.optim.Optimizer) -> None:
        self.scaler.step(optimizer)  # fp16: skipped when a gradient overflowed, and the scale lowered
        self.scaler.update()


def for_device(enabled: bool, device: torch.device) -> Precision:
    dtype = None
    if enabled and device.type == "cuda":
        found = devices.info(device)
        dtype = found.mixed_precision if found else None
    return Precision(device.type, dtype, torch.amp.GradScaler(device.type, enabled=dtype == torch.float16))


def full(device_type: str = "cpu") -> Precision:
    return for_device(False, torch.device(device_type))
