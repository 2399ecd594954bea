"""Which CUDA cards are offered, and the mixed precision each gets: torch.cuda's queries faked, so this runs
on any computer (the real cards are checked by the CUDA tests of test_readback.py where a GPU is present)."""

from __future__ import annotations

import pytest
import torch

from core import devices, precision
from tests.helpers import WHEEL, fake_cuda_cards


@pytest.fixture
def cards(monkeypatch):
    """Fake CUDA cards: ``cards([("GTX 1080", (6, 1)), ...])``; cuda:0 stays the current device."""
    return lambda found, arch_list=WHEEL: fake_cuda_cards(monkeypatch, found, arch_list)


@pytest.mark.parametrize(
    ("capability", "arch_list", "usable"),
    [
        ((6, 1), WHEEL, False),  # GTX 10xx
        ((7, 0), WHEEL, False),  # V100
        ((7, 5), WHEEL, True),  # T4, RTX 20xx
        ((8, 6), WHEEL, True),
        ((8, 9), WHEEL, True),  # Ada runs sm_86 binaries
        ((9, 0), WHEEL, True),
        ((12, 0), WHEEL, True),
        ((8, 6), ["sm_80", "sm_90a"], True),
        ((9, 0), ["sm_80", "compute_80"], True),  # PTX for 8.0 compiles for a newer card
        ((7, 0), ["sm_80", "compute_80"], False),  # but not for an older one
        ((8, 0), [], False),  # a CPU-only build
    ],
)
def test_a_card_is_usable_when_the_installed_pytorch_has_kernels_for_it(capability, arch_list, usable):
    problem = devices.cuda_problem("Card", capability, arch_list)
    assert (problem is None) == usable, problem


def test_an_unsupported_card_is_not_offered_and_is_named_with_the_reason(cards):
    cards([("NVIDIA GeForce GTX 1080", (6, 1)), ("NVIDIA GeForce RTX 3060", (8, 6))])
    assert [d.id for d in devices.list_devices()] == ["cuda:1", "cpu"]
    [refused] = devices.unusable_devices()
    assert refused.id == "cuda:0" and refused.name == "NVIDIA GeForce GTX 1080"
    assert "compute capability 6.1" in str(refused.problem) and "7.5-12.0" in str(refused.problem)
    assert devices.resolve("auto") == torch.device("cuda:1")  # "auto" never picks the card it cannot run
    for asked in ("cuda", "cuda:0"):
        with pytest.raises(ValueError, match="compute capability 6.1"):
            devices.resolve(asked)


def test_auto_falls_back_to_the_cpu_when_no_card_is_usable(cards):
    cards([("Tesla V100", (7, 0))])
    assert devices.resolve("auto") == torch.device("cpu")


def test_mixed_precision_is_chosen_by_the_chosen_card_not_the_current_one(cards):
    cards([("Tesla T4", (7, 5)), ("NVIDIA A100", (8, 0))])  # cuda:0 is current
    a100 = precision.for_device(True, torch.device("cuda:1"))
    assert a100.dtype == torch.bfloat16 and not a100.scaler.is_enabled()
    t4 = precision.for_device(True, torch.device("cuda:0"))
    assert t4.dtype == torch.float16 and t4.scaler.is_enabled()  # fp16 needs loss scaling
    assert precision.for_device(False, torch.device("cuda:1")).dtype is None
    assert [d.mixed_precision for d in devices.list_devices()] == [torch.float16, torch.bfloat16, None]


def test_the_cpu_trains_in_full_precision_even_when_mixed_precision_is_asked_for():
    cpu = precision.for_device(True, torch.device("cpu"))
    assert cpu.dtype is None and not cpu.scaler.is_enabled()
    x = torch.ones(2, 2, requires_grad=True)
    with cpu.autocast():
        y = x @ x
    assert y.dtype == torch.float32


@pytest.fixture
def speed_flags(monkeypatch):
    """The process-wide flags the speed defaults set, put back after the test."""
    monkeypatch.setattr(torch.backends.cudnn, "benchmark", False)
    monkeypatch.setattr(torch.backends.cudnn, "deterministic", False)
    matmul = torch.backends.cuda.matmul  # its own setattr: monkeypatch cannot put it back
    before, matmul.fp32_precision = matmul.fp32_precision, "ieee"
    yield
    matmul.fp32_precision = before


def test_speed_defaults_are_set_for_a_cuda_run_only_and_put_back_after_it(cards, speed_flags):
    from core.device_speed import for_device, speed_defaults

    cards([("Tesla T4", (7, 5)), ("NVIDIA A100", (8, 0))])
    assert for_device(torch.device("cpu")).memory_format == torch.channels_last  # measured on the CPU
    assert for_device(torch.device("cuda:1")).memory_format == torch.contiguous_format  # not measured on CUDA
    speed_defaults(torch.device("cpu"))
    assert not torch.backends.cudnn.benchmark and torch.backends.cuda.matmul.fp32_precision == "ieee"
    speed_defaults(torch.device("cuda:0"))
    assert torch.backends.cudnn.benchmark  # fixed shapes: the fastest convolution is found once
    assert torch.backends.cuda.matmul.fp32_precision == "ieee"  # a T4 has no TF32
    torch.backends.cudnn.benchmark = False
    restore = speed_defaults(torch.device("cuda:1"))
    assert torch.backends.cudnn.benchmark and torch.backends.cuda.matmul.fp32_precision == "tf32"
    restore()  # the flags are process-wide: what runs after the run gets PyTorch's settings again
    assert not torch.backends.cudnn.benchmark and torch.backends.cuda.matmul.fp32_precision == "ieee"


def test_a_deterministic_setting_keeps_the_cudnn_benchmark_off(cards, speed_flags, monkeypatch):
    from core.device_speed import speed_defaults

    cards([("NVIDIA A100", (8, 0))])
    monkeypatch.setattr(torch.backends.cudnn, "deterministic", True)
    speed_defaults(torch.device("cuda:0"))
    assert not torch.backends.cudnn.benchmark
