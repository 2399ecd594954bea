"""One run over several processes (``torchrun ... main.py train --ddp``): DistributedDataParallel on resident data.

Every process holds the whole dataset on its device (as a single run does) and trains on its shard of each
epoch's permutation: rank 0 draws it exactly as a single run would and broadcasts it (one collective an epoch,
device to device), then it is padded to a multiple of the world size and dealt out ``perm[rank::world]``, as
torch's DistributedSampler does. With a global batch of B, each of the N processes takes B/N images a step, so
step b of the group covers exactly the B images of a single run's step b, and the averaged gradients are those
of that one batch: N processes train as one does, to rounding (batch normalisation sees B/N images, as in
any DDP run without SyncBatchNorm). Each rank augments with its own random stream.

The trainer calls the hooks below at a handful of places; ``SINGLE_PROCESS`` makes each a no-op, so the single
run is unchanged. Only rank 0 writes the run folder, evaluates and reports (evaluation is on the full
validation and test sets, so its figures are those of the whole set).

A stop (Ctrl-C) must happen at the same batch on every rank, or the others would wait forever for a gradient
exchange: every ``STOP_CHECK_EVERY`` steps the ranks exchange their stop requests on a CPU side-channel
(asynchronously, so no host synchronisation with the device), and all stop together one exchange later.
"""

from __future__ import annotations

import math
import signal
import sys
from contextlib import contextmanager, suppress
from typing import Callable, Iterator

import torch
import torch.distributed as dist
from torch import nn

from core import devices
from core.control import RunControl
from core.ddp_setup import DistributedSetupError, Placement, join, pick_device

__all__ = ["DistributedSetupError", "Distributed", "SINGLE_PROCESS", "Parallel", "run"]

STOP_CHECK_EVERY = 16  # steps between stop exchanges: a stop lands within 2 of these on every rank


class SingleProcess:
    """The ordinary run: every hook leaves the trainer as it was."""

    is_main = True
    world_size = 1

    def device(self, requested: str) -> torch.device:
        return devices.resolve(requested)

    def wrap(self, model: nn.Module) -> nn.Module:
        return model

    def batch_per_process(self, batch_size: int) -> int:
        return batch_size

    def shard_size(self, n: int) -> int:
        return n

    def epoch_order(self, n: int, gen: torch.Generator) -> torch.Tensor:
        return torch.randperm(n, generator=gen, device=gen.device)

    def agree_on_stop(self, control: RunControl, step: int) -> None:
        pass

    def sum_over_processes(self, *values: float) -> tuple[float, ...]:
        return values


SINGLE_PROCESS = SingleProcess()


class Distributed:
    """This process's part of a DistributedDataParallel run (the process group is already initialised)."""

    def __init__(self, placement: Placement, device: torch.device, seed: int):
        self.rank, self.world_size = placement.rank, placement.world_size
        self.is_main = placement.rank == 0
        self._device, self._seed, self._epochs = device, seed, 0
        self._control_group = dist.new_group(backend="gloo")  # stop requests go over the CPU, never the GPU
        self._local_stop = False
        self._exchange: tuple[dist.Work, torch.Tensor] | None = None

    def device(self, requested: str) -> torch.device:
        return self._device

    def wrap(self, model: nn.Module) -> nn.Module:
        ids = [self._device.index] if self._device.type == "cuda" else None
        return nn.parallel.DistributedDataParallel(model, device_ids=ids)

    def batch_per_process(self, batch_size: int) -> int:
        return batch_size // self.world_size  # divisibility is checked before the group starts

    def shard_size(self, n: int) -> int:
        return math.ceil(n / self.world_size)

    def epoch_order(self, n: int, gen: torch.Generator) -> torch.Tensor:
        """This rank's share of rank 0's permutation. The other ranks then reseed ``gen``, which augments: with
        the same stream as rank 0, the i-th image of every rank's batch would get the same random change."""
        perm = torch.randperm(n, generator=gen, device=gen.device)
        dist.broadcast(perm, src=0)
        self._epochs += 1
        if self.rank:
            gen.manual_seed(self._seed + 1_000_003 * self.rank + self._epochs)
        return deal(perm, self.rank, self.world_size)

    def request_stop(self) -> None:
        """Called from the signal handler: this rank wants to stop; all ranks stop at the next agreement."""
        self._local_stop = True

    def agree_on_stop(self, control: RunControl, step: int) -> None:
        if step % STOP_CHECK_EVERY:
            return
        if self._exchange is not None:
            work, flag = self._exchange
            work.wait()  # started STOP_CHECK_EVERY steps ago by every rank: long done, no wait in practice
            if flag.item():
                control.stop()
        flag = torch.tensor([int(self._local_stop)])
        self._exchange = (dist.all_reduce(flag, dist.ReduceOp.MAX, group=self._control_group, async_op=True), flag)

    def sum_over_processes(self, *values: float) -> tuple[float, ...]:
        """Per-epoch totals over all ranks: one small all-reduce an epoch."""
        t = torch.tensor(values, dtype=torch.float64, device=self._device)
        dist.all_reduce(t)
        return tuple(t.tolist())

    def close(self) -> None:
        """Finish the last stop exchange (every rank started it); after a failure a peer may be gone already."""
        exchange, self._exchange = self._exchange, None
        if exchange is not None:
            with suppress(RuntimeError):
                exchange[0].wait()

    @contextmanager
    def ctrl_c_stops(self, control: RunControl) -> Iterator[None]:
        """Ctrl-C (which reaches every process, and torchrun passes on once more) asks for an agreed stop."""

        def on_signal(signum, frame) -> None:
            if not self._local_stop and self.is_main:
                print("\nStopping every process at the next agreed step ...", file=sys.stderr, flush=True)
            self.request_stop()

        previous = signal.signal(signal.SIGINT, on_signal)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)


def deal(perm: torch.Tensor, rank: int, world_size: int) -> torch.Tensor:
    """Rank ``rank``'s share of ``perm``: padded with its first few to a multiple of ``world_size`` (as torch's
    DistributedSampler), then every ``world_size``-th from ``rank``, so all shards are the same length."""
    padding = math.ceil(len(perm) / world_size) * world_size - len(perm)
    return torch.cat([perm, perm[:padding]])[rank::world_size]


Parallel = SingleProcess | Distributed  # what the trainer's ``parallel`` takes


def run(requested_device: str, seed: int, batch_size: int, train: Callable[[Distributed], int]) -> int:
    """Join the process group from torchrun's environment, run ``train`` in it, and always leave it cleanly."""
    placement = Placement.from_env()
    if batch_size % placement.world_size:
        raise DistributedSetupError(
            f"--batch-size {batch_size} is the batch of the whole group and does not split evenly over "
            f"{placement.world_size} processes: give a multiple of {placement.world_size}."
        )
    device = pick_device(requested_device, placement.local_rank)
    if device.type == "cuda":
        torch.cuda.set_device(device)
    join(placement, "nccl" if device.type == "cuda" else "gloo")
    parallel = None
    try:
        parallel = Distributed(placement, device, seed)
        if parallel.is_main:
            backend = dist.get_backend()
            print(
                f"Distributed run: {placement.world_size} processes ({backend}, rank 0 on {device}), "
                f"batch {batch_size} = {placement.world_size} x {batch_size // placement.world_size} per process",
                file=sys.stderr,
            )
        return train(parallel)
    finally:
        if parallel is not None:
            parallel.close()
        dist.destroy_process_group()
