"""No augmentation makes the host wait for the device: on the CPU by recording the operators that read a tensor's
values back to Python (what CUDA's sync debug mode would stop on), on CUDA with that mode itself."""

from __future__ import annotations

import pytest
import torch
from torch.utils._python_dispatch import TorchDispatchMode

from core.augment import AUGMENTATIONS
from core.styles import add_styles

aten = torch.ops.aten
# Operators whose result the host must wait for: a value read back (item, bool, equal) or a size that depends
# on the data (nonzero, masked_select, unique: boolean-mask indexing goes through nonzero).
HOST_WAITS = {
    aten._local_scalar_dense.default,
    aten.is_nonzero.default,
    aten.equal.default,
    aten.nonzero.default,
    aten.masked_select.default,
    aten._unique2.default,
    aten.unique_consecutive.default,
}


class HostWaits(TorchDispatchMode):
    """Records every operator that would make the host wait for a GPU."""

    def __init__(self):
        super().__init__()
        self.seen: list[str] = []

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        if func in HOST_WAITS or (func is aten.index.Tensor and _has_mask(args[1])):
            self.seen.append(str(func))
        return func(*args, **(kwargs or {}))


def _has_mask(indices) -> bool:
    """x[mask]: the result's size depends on the data (on CUDA it runs a nonzero)."""
    return any(i is not None and i.dtype == torch.bool for i in indices)


@pytest.fixture(scope="module")
def batch(mnist):
    """A training batch with every styled digit class in it."""
    return mnist.train_x[:256].float() / 255, mnist.train_y[:256]


def test_the_recorder_sees_the_waits_it_is_meant_to_catch(batch):
    x, y = batch
    with HostWaits() as waits:
        (y == 0).nonzero()
        bool((x > 0.5).any())
        x[y == 7]
    assert len(waits.seen) >= 3, waits.seen


@pytest.mark.parametrize("name", [a.name for a in AUGMENTATIONS])
def test_no_augmentation_waits_for_the_device(batch, name):
    x, y = batch
    with HostWaits() as waits:
        out = AUGMENTATIONS.get(name)(x, torch.Generator().manual_seed(0), y)
    assert waits.seen == [], f"{name}: {waits.seen}"
    assert out.shape == x.shape


def test_the_styles_are_drawn_without_a_wait_and_do_change_digits(batch):
    x, y = batch
    with HostWaits() as waits:
        out = add_styles(x, y, torch.Generator().manual_seed(0))
    assert waits.seen == []
    changed = (out != x).flatten(1).any(1)
    assert changed.any() and set(y[changed].tolist()) <= {0, 1, 7, 9}


@pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA device here")
@pytest.mark.parametrize("name", [a.name for a in AUGMENTATIONS])
def test_no_augmentation_synchronises_on_cuda(batch, name):
    x, y = batch[0].cuda(), batch[1].cuda()
    gen = torch.Generator(device="cuda").manual_seed(0)
    before = torch.cuda.get_sync_debug_mode()
    torch.cuda.set_sync_debug_mode("error")
    try:
        AUGMENTATIONS.get(name)(x, gen, y)
    finally:
        torch.cuda.set_sync_debug_mode(before)
