"""Speed settings per device type, set when a run starts on that device (and only there), put back when it ends.

- cuDNN benchmark: tries the convolution algorithms once per input shape and keeps the fastest; a run's shapes
  are fixed (one batch size, one image size), so the trial pays back within the first batches. Left off when
  the user asked for deterministic algorithms (a benchmark may pick another algorithm in another process).
- TF32 for fp32 matrix products on cards from compute capability 8.0 (cuDNN's convolutions already use it by
  default): 10-bit mantissa inputs, fp32 sums; plenty for training a CNN.
- Channels-last only where a measurement on that device type showed it faster: on the CPU (oneDNN convolutions
  skip a layout conversion; docs/results.md). On CUDA nobody has measured it yet, so it stays off until
  ``bench/bench_engine.py --device cuda`` shows otherwise.
Every value can be changed here after a measurement; ``bench/bench_engine.py`` times each against its opposite.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class SpeedDefaults:
    cudnn_benchmark: bool = False
    tf32_matmul: bool = False
    memory_format: torch.memory_format = torch.contiguous_format


SPEED: dict[str, SpeedDefaults] = {
    "cpu": SpeedDefaults(memory_format=torch.channels_last),
    "cuda": SpeedDefaults(cudnn_benchmark=True, tf32_matmul=True),
}


def for_device(device: torch.device) -> SpeedDefaults:
    return SPEED.get(device.type, SpeedDefaults())


def speed_defaults(device: torch.device) -> Callable[[], None]:
    """Set this device type's speed settings for a run; returns what puts the flags back when the run ends
    (they are process-wide: predictions, saliency and other runs after it get PyTorch's own settings again)."""
    speed, before = for_device(device), (torch.backends.cudnn.benchmark, getattr(_MATMUL, _TF32))
    if device.type == "cuda":
        deterministic = torch.backends.cudnn.deterministic or torch.are_deterministic_algorithms_enabled()
        if speed.cudnn_benchmark and not deterministic:
            torch.backends.cudnn.benchmark = True
        if speed.tf32_matmul and torch.cuda.get_device_capability(device) >= (8, 0):
            setattr(_MATMUL, _TF32, "tf32" if _TF32 == "fp32_precision" else True)

    def restore() -> None:
        torch.backends.cudnn.benchmark = before[0]
        setattr(_MATMUL, _TF32, before[1])

    return restore


_MATMUL = torch.backends.cuda.matmul
_TF32 = "fp32_precision" if hasattr(_MATMUL, "fp32_precision") else "allow_tf32"  # the name from torch 2.9 on


def release_cached(device: str) -> None:
    """After a run: CUDA's caching allocator keeps freed blocks for reuse; hand them back to the driver so other
    programs (and nvidia-smi) see the memory free."""
    if device.startswith("cuda"):
        torch.cuda.empty_cache()
