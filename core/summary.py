"""Per-layer summary of a model: output shapes, parameters, FLOPs and receptive fields.

One forward pass of a single zero image (batch 1, eval mode, no grad) with
forward hooks on this model's modules. Rows are made for every leaf module and
for every "block" (a module with children whose forward is its own, e.g. an
Inception or residual block; plain Sequential/ModuleList/ModuleDict containers
get no row), in the order their forward finishes, so a block's row follows its
inner layers and shows what the block hands on (after its concat / skip-add).
A module called twice in one forward (torchvision's BasicBlock reuses its
ReLU) gets a row per call; its parameters are counted in the first.

A row's ``params`` and ``flops`` are the module's *own* (a block's row holds
only what its inner layers do not, e.g. nothing), so the rows add up to the
totals. FLOPs use torch.utils.flop_counter formulas (a multiply-add counts 2;
only matmul/conv-like ops count, activations and pooling are free), for one
image. Per-module FLOPs are differences of FlopCounterMode's global total read
by our own per-module hooks: that total is counted by a thread-local dispatch
mode, so a training run in another thread does not leak into it (its
module-name attribution would, as it uses global module hooks).

Receptive field: the side, in input pixels, of the input patch one output
position can see, for conv / pool layers and blocks (None elsewhere). It is
tracked through the layers in forward order by following each layer's input
tensor: rf += (dilation * (kernel - 1)) * jump, jump *= stride. Where a tensor
comes from a functional op (concat, add, view), the largest receptive field so
far is used, which is right for concat and skip connections in feed-forward
nets but only an approximation for branching blocks in general. Resizing
layers scale the jump; values are rounded up and capped at the image size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

from core.messages import MessageError
from core.messages.network_shapes import ModelCannotTake
from core.tensors import first_tensor

__all__ = ["LayerRow", "ModelSummary", "SummaryError", "summarize"]


class SummaryError(MessageError, ValueError):
    """A model that cannot take the images it is summarised for; ``msg`` says so."""


@dataclass(frozen=True)
class LayerRow:
    name: str  # as in model.named_modules()
    kind: str  # class name, e.g. "Conv2d"
    out_shape: tuple[int, ...]  # without the batch dimension
    params: int  # this module's own parameters
    flops: int  # this module's own FLOPs for one image
    receptive_field: int | None  # input pixels along one side; None where it does not apply


@dataclass(frozen=True)
class ModelSummary:
    rows: tuple[LayerRow, ...]
    total_params: int
    trainable_params: int
    total_flops: int
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]


_CONTAINERS = (nn.Sequential, nn.ModuleList, nn.ModuleDict)
_WINDOWED = (
    nn.Conv1d,
    nn.Conv2d,
    nn.Conv3d,
    nn.MaxPool1d,
    nn.MaxPool2d,
    nn.MaxPool3d,
    nn.AvgPool1d,
    nn.AvgPool2d,
    nn.AvgPool3d,
)
_ADAPTIVE = (
    nn.AdaptiveAvgPool1d,
    nn.AdaptiveAvgPool2d,
    nn.AdaptiveAvgPool3d,
    nn.AdaptiveMaxPool1d,
    nn.AdaptiveMaxPool2d,
    nn.AdaptiveMaxPool3d,
)


def _first(value) -> int:
    return int(value[0] if isinstance(value, (tuple, list)) else value)


def _row_modules(model: nn.Module) -> list[tuple[str, nn.Module]]:
    chosen = []
    for name, m in model.named_modules():
        has_children = next(m.children(), None) is not None
        if not has_children:
            chosen.append((name or type(m).__name__, m))
        elif m is not model and not isinstance(m, _CONTAINERS):
            chosen.append((name, m))
    return chosen


class _Fields:
    """Receptive-field state (rf, jump) per tensor seen in the forward pass."""

    def __init__(self) -> None:
        self.states: dict[int, tuple[float, float]] = {}
        self.keep: list[torch.Tensor] = []  # keeps ids unique while we run
        self.largest = (1.0, 1.0)

    def get(self, t) -> tuple[float, float]:
        return self.states.get(id(t), self.largest) if isinstance(t, torch.Tensor) else self.largest

    def put(self, t, state: tuple[float, float]) -> None:
        if isinstance(t, torch.Tensor):
            self.states[id(t)] = state
            self.keep.append(t)
        if state[0] > self.largest[0]:
            self.largest = state

    def step(self, m: nn.Module, inp, out) -> tuple[tuple[float, float], bool]:
        """The output's state, and whether the module is a windowed (conv/pool) layer."""
        rf, jump = self.get(inp)
        if isinstance(m, _WINDOWED):
            k, s, d = _first(m.kernel_size), _first(m.stride), _first(getattr(m, "dilation", 1))
            return (rf + d * (k - 1) * jump, jump * s), True
        if isinstance(m, _ADAPTIVE) and inp is not None and out is not None:
            n_in, n_out = inp.shape[-1], out.shape[-1]
            if n_out <= n_in:
                s = n_in // n_out
                return (rf + (n_in - (n_out - 1) * s - 1) * jump, jump * s), True
            return (rf, jump * n_in / n_out), True
        if (
            inp is not None and out is not None and inp.dim() == out.dim() >= 3 and inp.shape[-1] != out.shape[-1]
        ):  # resizing layer
            return (rf, jump * inp.shape[-1] / out.shape[-1]), False
        return (rf, jump), False


def summarize(model: nn.Module, in_channels: int, image_size: int) -> ModelSummary:
    """Summarize ``model`` for one ``in_channels`` x ``image_size`` x ``image_size`` image.

    The model is briefly put in eval mode (restored after) and its weights are
    not changed; do not call this on a model another thread is training.
    Raises ValueError when the model cannot take such an image.
    """
    param = next(model.parameters(), None)
    device = param.device if param is not None else torch.device("cpu")
    dtype = param.dtype if param is not None and param.is_floating_point() else torch.float32
    x = torch.zeros(1, in_channels, image_size, image_size, device=device, dtype=dtype)

    rows: list[LayerRow] = []
    stack: list[list[int]] = []  # per running module: [flops at start, flops of children]
    counted: set[int] = set()  # modules whose params are already in a row
    fields = _Fields()
    fields.put(x, (1.0, 1.0))
    from torch.utils.flop_counter import FlopCounterMode  # here, not at the top: it imports triton (0.1-0.2 s)

    counter = FlopCounterMode(display=False)

    def pre_hook(_m, _inputs):
        stack.append([counter.get_total_flops(), 0])

    def make_post_hook(name: str, is_block: bool):
        def post_hook(m, inputs, output):
            start, children = stack.pop()
            inclusive = counter.get_total_flops() - start
            if stack:
                stack[-1][1] += inclusive
            out = first_tensor(output)
            inp = first_tensor(inputs)
            if is_block:
                state = fields.states.get(id(out), fields.largest)
                windowed = out is not None and out.dim() >= 3
            else:
                state, windowed = fields.step(m, inp, out)
            fields.put(out, state)
            params = 0
            if id(m) not in counted:
                counted.add(id(m))
                params = sum(p.numel() for p in m.parameters(recurse=False))
            rf = min(math.ceil(state[0] - 1e-6), image_size) if windowed else None
            shape = tuple(out.shape[1:]) if out is not None else ()
            rows.append(LayerRow(name, type(m).__name__, shape, params, inclusive - children, rf))

        return post_hook

    modes = [(m, m.training) for m in model.modules()]
    handles = []
    try:
        for name, m in _row_modules(model):
            is_block = next(m.children(), None) is not None
            handles.append(m.register_forward_pre_hook(pre_hook))
            handles.append(m.register_forward_hook(make_post_hook(name, is_block)))
        model.eval()
        with torch.no_grad(), counter:
            output = model(x)
    except RuntimeError as exc:
        raise SummaryError(ModelCannotTake(in_channels, image_size, str(exc).splitlines()[0][:200])) from exc
    finally:
        for h in handles:
            h.remove()
        for m, training in modes:
            m.training = training

    out = first_tensor(output)
    return ModelSummary(
        rows=tuple(rows),
        total_params=sum(p.numel() for p in model.parameters()),
        trainable_params=sum(p.numel() for p in model.parameters() if p.requires_grad),
        total_flops=int(counter.get_total_flops()),
        input_shape=(in_channels, image_size, image_size),
        output_shape=tuple(out.shape[1:]) if out is not None else (),
    )
