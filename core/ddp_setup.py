"""Joining a ``torchrun`` group for ``train --ddp``: torchrun's environment checked, one device per process, and
the group formed with a bounded wait that says what it waits for.

A hand-set environment (``RANK=abc``, ``MASTER_PORT=99999``, ``WORLD_SIZE=0``, ``RANK=5`` of 2) is refused at
once in one sentence; a process whose peers never come says so after ``JOIN_TIMEOUT_S`` instead of hanging.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import timedelta

import torch
import torch.distributed as dist

from core.printable import printable

TORCHRUN_ENV = ("RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT")


JOIN_TIMEOUT_S = 60  # how long a process waits for the others of its group before it says why it gives up


class DistributedSetupError(ValueError):
    """--ddp cannot start as asked; the message says what to do.

    ``every_process``: each process says it (its own environment is wrong, or it waited in vain); else rank 0 only.
    """

    def __init__(self, message: str, every_process: bool = False):
        super().__init__(message)
        self.every_process = every_process


@dataclass(frozen=True)
class Placement:
    """Where this process sits, read from torchrun's environment."""

    rank: int
    world_size: int
    local_rank: int

    @classmethod
    def from_env(cls) -> "Placement":
        missing = [name for name in TORCHRUN_ENV if name not in os.environ]
        if missing:
            raise DistributedSetupError(
                f"--ddp needs the environment torchrun gives each process ({', '.join(missing)} not set). "
                "Start it with: torchrun --nproc-per-node 2 main.py train --ddp ... "
                "(or python -m torch.distributed.run ...), or leave out --ddp for a run in one process."
            )
        return cls(*_checked_env())


def _checked_env() -> tuple[int, int, int]:
    """RANK, WORLD_SIZE and LOCAL_RANK as torchrun sets them, checked with MASTER_ADDR and MASTER_PORT: a
    hand-set environment that cannot form a group is said at once, not after a wait or as a traceback."""

    def whole(name: str, low: int, high: int) -> int:
        text = os.environ[name].strip()
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise DistributedSetupError(
                f"--ddp: {name}={printable(text, 40)} is not a whole number from {low} to {high}. torchrun sets "
                f"{', '.join(TORCHRUN_ENV)} for each process: unset them and start with torchrun.",
                every_process=True,
            )
        return value

    world = whole("WORLD_SIZE", 1, 1 << 20)
    rank, local = whole("RANK", 0, world - 1), whole("LOCAL_RANK", 0, world - 1)
    whole("MASTER_PORT", 1, 65535)
    if not os.environ["MASTER_ADDR"].strip():
        raise DistributedSetupError("--ddp: MASTER_ADDR is empty: give the address of rank 0's machine.", True)
    return rank, world, local


def pick_device(requested: str, local_rank: int) -> torch.device:
    """One device per process: the GPU of its local rank, or the CPU."""
    if requested == "cpu":
        return torch.device("cpu")
    if requested not in ("auto", "cuda"):
        raise DistributedSetupError(
            f"--device {requested} does not suit --ddp: each process takes the GPU numbered by its local rank. "
            "Give --device cuda (choose the GPUs with CUDA_VISIBLE_DEVICES), auto, or cpu."
        )
    if not torch.cuda.is_available():
        if requested == "cuda":
            raise DistributedSetupError("--device cuda: this computer has no CUDA GPU. Give --device cpu.")
        return torch.device("cpu")
    count = torch.cuda.device_count()
    if local_rank >= count:
        raise DistributedSetupError(
            f"This machine has {count} GPU(s) but torchrun started more processes on it: give "
            f"--nproc-per-node {count} or less (or --device cpu)."
        )
    return torch.device("cuda", local_rank)


def join(placement: Placement, backend: str) -> None:
    """Form the group; a process that waits says for what, and a group that never forms is one sentence."""
    where = f"{printable(os.environ['MASTER_ADDR'], 80)}:{os.environ['MASTER_PORT']}"
    if placement.world_size > 1:
        print(
            f"[rank {placement.rank}] waiting for the {placement.world_size - 1} other process(es) of the group "
            f"at {where} (up to {JOIN_TIMEOUT_S} s) ...",
            file=sys.stderr,
            flush=True,
        )
    try:
        dist.init_process_group(backend=backend, timeout=timedelta(seconds=JOIN_TIMEOUT_S))
    except (RuntimeError, ValueError, OSError) as exc:  # DistStoreError (a timeout), a port in use, ...
        first = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
        raise DistributedSetupError(
            f"[rank {placement.rank}] the group of {placement.world_size} processes did not form at {where} "
            f"({printable(first, 160)}). Start all of them with one torchrun command (--nproc-per-node, and "
            "--nnodes/--rdzv-endpoint for several machines), and check that the port is free and reachable.",
            every_process=True,
        ) from None
