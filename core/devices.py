"""The devices a run can use: CPU, each CUDA GPU, Apple MPS."""

from __future__ import annotations

import platform
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

import torch

from core.messages import Message
from core.messages import MessageError
from core import messages as said_files
from core.messages import sweep as said


class UnknownDevice(MessageError, ValueError):
    """A device this computer does not have; ``msg`` lists the ones it has."""


@dataclass(frozen=True)
class DeviceInfo:
    id: str  # what torch.device() takes: "cpu", "cuda:0", "mps"
    name: str
    memory_gb: float | None

    name_message: Message | None = None  # the name in words the window translates ("CPU, 8 threads (x86_64)")

    @property
    def message(self) -> Message:
        """For menus: 'NVIDIA H100 (cuda:0, 80 GB)'; the CPU's name already says what it is."""
        if self.name_message is not None:
            return self.name_message
        memory = f", {self.memory_gb:.0f} GB" if self.memory_gb else ""
        return said.GpuDevice(self.name, self.id, memory)

    @property
    def label(self) -> str:
        return str(self.message)


def list_devices() -> list[DeviceInfo]:
    """Best device first."""
    found = []
    if torch.cuda.is_available():
        for i in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(i)
            found.append(DeviceInfo(f"cuda:{i}", props.name, props.total_memory / 2**30))
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        found.append(DeviceInfo("mps", "Apple GPU (Metal)", None))
    cpu_name = platform.processor() or platform.machine() or "CPU"
    cpu = said.CpuDevice(torch.get_num_threads(), cpu_name)
    found.append(DeviceInfo("cpu", str(cpu), None, cpu))
    return found


def resolve(device: str) -> torch.device:
    """'auto' means the best available; anything else must exist here, with a clear error if not."""
    if device == "auto":
        return torch.device(list_devices()[0].id)
    known = {d.id for d in list_devices()}
    if device == "cuda":
        device = "cuda:0"
    if device not in known:
        raise UnknownDevice(said_files.NoSuchDevice(repr(device), ", ".join(sorted(known))))
    return torch.device(device)


def mixed_precision(enabled: bool, device: torch.device) -> AbstractContextManager:
    """bf16 autocast on a CUDA device when asked for; elsewhere, or when not asked for, full precision."""
    return torch.autocast("cuda", dtype=torch.bfloat16) if enabled and device.type == "cuda" else nullcontext()
