"""The devices a run can use: CPU, each CUDA GPU the installed PyTorch can run, Apple MPS.

A CUDA card is offered only when the installed PyTorch has kernels for it: its compute capability must be in
``torch.cuda.get_arch_list()`` (an ``sm_XY`` of the same major version and a minor no higher, or a ``compute_XY``
PTX it can compile at most as new as the card). Otherwise the first kernel would fail mid-run and read as a bug;
such cards are listed apart (``unusable_devices``) with the reason.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass

import torch

from core.messages import Message
from core.messages import MessageError
from core import messages as said_files
from core.messages import sweep as said

BF16_FROM = (8, 0)  # Ampere: bf16 in hardware; earlier cards emulate it slowly, so they get fp16 (with loss scaling)


class UnknownDevice(MessageError, ValueError):
    """A device this computer does not have, or a card this PyTorch cannot run; ``msg`` says which and why."""


@dataclass(frozen=True)
class DeviceInfo:
    id: str  # what torch.device() takes: "cpu", "cuda:0", "mps"
    name: str
    memory_gb: float | None
    capability: tuple[int, int] | None = None  # CUDA compute capability
    problem: Message | None = None  # why this card cannot be used; None when it can
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

    @property
    def mixed_precision(self) -> torch.dtype | None:
        """The 16-bit type autocast uses here: bf16 from compute capability 8.0, fp16 before; None off CUDA."""
        if self.capability is None:
            return None
        return torch.bfloat16 if self.capability >= BF16_FROM else torch.float16


def _arch_numbers(arch_list: list[str]) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """('sm_86', 'compute_90', 'sm_90a') -> binaries {(8, 6), (9, 0)}, PTX {(9, 0)}."""
    binaries, ptx = set(), set()
    for arch in arch_list:
        match = re.fullmatch(r"(sm|compute)_(\d+?)(\d)[a-z]?", arch)
        if match:
            (binaries if match.group(1) == "sm" else ptx).add((int(match.group(2)), int(match.group(3))))
    return binaries, ptx


def cuda_problem(name: str, capability: tuple[int, int], arch_list: list[str]) -> Message | None:
    """Why the installed PyTorch cannot run a card of this compute capability; None when it can."""
    binaries, ptx = _arch_numbers(arch_list)
    major, minor = capability
    if any(b[0] == major and b[1] <= minor for b in binaries) or any(p <= capability for p in ptx):
        return None
    built = sorted(binaries | ptx)
    range_ = said.CapabilityRange(f"{built[0][0]}.{built[0][1]}", f"{built[-1][0]}.{built[-1][1]}") if built else None
    range_ = range_ or said.NoCudaCard()
    return said.CardNotSupported(name, f"{major}.{minor}", range_)


def _cuda_devices() -> list[DeviceInfo]:
    if not torch.cuda.is_available():
        return []
    arch_list = torch.cuda.get_arch_list()
    found = []
    for i in range(torch.cuda.device_count()):
        props = torch.cuda.get_device_properties(i)
        capability = tuple(torch.cuda.get_device_capability(i))
        problem = cuda_problem(props.name, capability, arch_list)
        found.append(DeviceInfo(f"cuda:{i}", props.name, props.total_memory / 2**30, capability, problem))
    return found


def all_devices() -> list[DeviceInfo]:
    """Every device found, usable or not; best first."""
    found = _cuda_devices()
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        found.append(DeviceInfo("mps", "Apple GPU (Metal)", None))
    cpu_name = platform.processor() or platform.machine() or "CPU"
    cpu = said.CpuDevice(torch.get_num_threads(), cpu_name)
    found.append(DeviceInfo("cpu", str(cpu), None, name_message=cpu))
    return found


def list_devices() -> list[DeviceInfo]:
    """The devices a run may use, best first ("auto" takes the first)."""
    return [d for d in all_devices() if not d.problem]


def unusable_devices() -> list[DeviceInfo]:
    """Cards found that the installed PyTorch cannot run, each with its ``problem``."""
    return [d for d in all_devices() if d.problem]


def resolve(device: str) -> torch.device:
    """'auto' means the best usable; anything else must exist here and be usable, with a clear error if not."""
    if device == "auto":
        return torch.device(list_devices()[0].id)
    if device == "cuda":
        device = "cuda:0"
    refused = {d.id: d.problem for d in unusable_devices()}
    if device in refused:
        raise UnknownDevice(refused[device])
    known = {d.id for d in list_devices()}
    if device not in known:
        raise UnknownDevice(said_files.NoSuchDevice(repr(device), ", ".join(sorted(known))))
    return torch.device(device)


def info(device: torch.device) -> DeviceInfo | None:
    """What is known about this device (the chosen one: ``cuda:1`` is asked about itself, not the current card)."""
    key = "cuda:0" if device.type == "cuda" and device.index is None else str(device)
    return next((d for d in all_devices() if d.id == key), None)
