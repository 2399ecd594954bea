"""A loaded dataset split into train / validation / test and moved to the training device once."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from core import data, device_speed
from core.messages import memory
from core.config import TrainConfig
from core.evaluate import Normalizer
from core.failures import Failure

HEADROOM = 0.7  # share of the free GPU memory the images may take; the rest is for the network and its batches


@dataclass(frozen=True)
class DeviceData:
    spec: data.DatasetSpec
    train_x: torch.Tensor  # uint8 [N,C,H,W] on the device
    train_y: torch.Tensor
    val_x: torch.Tensor
    val_y: torch.Tensor
    test_x: torch.Tensor
    test_y: torch.Tensor
    norm: Normalizer
    memory_format: torch.memory_format


def put_on_device(loaded: data.LoadedData, cfg: TrainConfig, device: torch.device) -> DeviceData:
    train_idx, val_idx = data.split_validation(len(loaded.train_x), cfg.val_fraction, cfg.seed)
    if cfg.train_subset:
        train_idx = train_idx[: cfg.train_subset]
    parts = (
        loaded.train_x[train_idx],
        loaded.train_y[train_idx],
        loaded.train_x[val_idx],
        loaded.train_y[val_idx],
        loaded.test_x,
        loaded.test_y,
    )
    check_free_memory(sum(t.nbytes for t in parts), device)
    norm = Normalizer.of(loaded.spec.mean, loaded.spec.std, device)
    return DeviceData(loaded.spec, *(t.to(device) for t in parts), norm, device_speed.for_device(device).memory_format)


def check_free_memory(needed: int, device: torch.device) -> None:
    """Refuse, with the sizes, a dataset that would leave the GPU too little room to train: it would fail at the
    first batch, with a message about the batch size that does not help."""
    if device.type != "cuda":
        return  # the CPU's memory is the computer's; MPS shares it and says nothing reliable about it
    free, total = torch.cuda.mem_get_info(device)
    if needed > HEADROOM * free:
        raise Failure(
            "oom",
            memory.ImagesDoNotFit(_size(needed), str(device), _size(free), _size(total)),
            memory.MakeRoomOnTheGpu(),
        )


def _size(n: int) -> str:
    return f"{n / 2**30:.1f} GB" if n >= 2**30 else f"{n / 2**20:.0f} MB"
