"""A run's batches: how many images each step takes from the run's dataset and from a dataset mixed in.

Fine-tuning on a few images (the digits a class collected) forgets what the network knew unless every batch also
holds images it learnt from before: with ``mix_dataset="mnist", mix_share=0.5`` each step is half the run's
images and half MNIST's training images. ``steps_per_epoch`` sets an epoch's length when one pass over a few
dozen images would be a step or two. Indices come from seeded permutations, repeated as often as an epoch needs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import torch

from core.data import DatasetError, DatasetSpec, LoadedData, get_spec, load
from core.messages import Message
from core.messages import settings as said


def mix_problems(dataset: str, mix_dataset: str | None, batch_size: int) -> dict[str, Message]:
    """What is wrong with a TrainConfig's data mix (empty without one), by field; the fields are valid alone."""
    if mix_dataset is None:
        return {}
    if mix_dataset == dataset:
        return {"mix_dataset": said.MixAnotherDataset()}
    if mix_dataset == "folder":
        return {"mix_dataset": said.FolderCannotBeMixed()}
    if batch_size < 2:
        return {"batch_size": said.MixedBatchTooSmall()}
    if dataset != "folder":  # a folder's images are known once loaded: the trainer checks them then
        problem = misfit(get_spec(dataset), get_spec(mix_dataset))
        if problem:
            return {"mix_dataset": problem}
    return {}


def misfit(own: DatasetSpec, mixed: DatasetSpec) -> Message | None:
    """Why ``mixed`` cannot share batches with ``own`` (None when it can): same image shape and class count."""
    if (own.channels, own.image_size, own.num_classes) == (mixed.channels, mixed.image_size, mixed.num_classes):
        return None
    return said.CannotBeMixedInto(mixed.title, own.title)


@dataclass(frozen=True)
class BatchPlan:
    own: int  # images per step from the run's dataset
    mixed: int  # images per step from the dataset mixed in (0 without one)
    batches: int  # steps per epoch
    own_per_epoch: int  # the run's images an epoch takes: one pass (the last batch may be short), or steps x own

    @classmethod
    def of(cls, mix_share: float | None, steps_per_epoch: int, batch: int, train_images: int) -> "BatchPlan":
        """``mix_share``: None without a mix; ``steps_per_epoch``: 0 for one pass; ``batch``: this process's images
        per step; ``train_images``: this process's share of the training set."""
        mixed = min(batch - 1, max(1, round(batch * mix_share))) if mix_share is not None else 0
        own = batch - mixed
        if steps_per_epoch:
            return cls(own, mixed, steps_per_epoch, steps_per_epoch * own)
        return cls(own, mixed, math.ceil(train_images / own), train_images)


def epoch_indices(order: Callable[[], torch.Tensor], needed: int) -> torch.Tensor:
    """Permutations from ``order()`` joined until they hold ``needed`` indices (one call for a plain epoch)."""
    parts = [order()]
    while sum(len(p) for p in parts) < needed and len(parts[0]):
        parts.append(order())
    return parts[0] if len(parts) == 1 else torch.cat(parts)


def load_mixed(
    name: str | None, own: DatasetSpec, given: LoadedData | None, device: torch.device, **load_args
) -> tuple[torch.Tensor, torch.Tensor] | None:
    """The training images and labels of the dataset ``name`` mixed in, on ``device`` (None without a mix):
    ``given``, or loaded with ``load_args`` (core.data.load's). DatasetError when they do not fit ``own``'s."""
    if name is None:
        return None
    mixed = given or load(name, **load_args)
    problem = misfit(own, mixed.spec)
    if problem:
        raise DatasetError(problem)
    return mixed.train_x.to(device), mixed.train_y.to(device)
