"""The layer kinds a network file may use: name -> LayerKind (its options, how to build it, how to explain a misfit).

Each kind says which options it takes (typed, with ranges and defaults), how to make its module for an input of a
given shape, and, before anything is built, whether that input fits, in a sentence that says what to change.
Shapes are without the batch dimension: (C, H, W) for pictures, (N,) for a flat list of numbers. The blocks
(Inception, residual, torchvision's conv-bn-relu) are registered in core.archs.block_kinds, imported at the end.
"""

from __future__ import annotations

import math
from typing import Callable

from torch import nn

from core.archs._base import ACTIVATIONS
from core.archs._layers import LEAKY_SLOPE, ResizeInput, make_activation
from core.messages.base import Message
from core.messages.network_shapes import PaddingOverHalf
from core.archs.layer_spec import (
    CLASSES,
    LAYER_KINDS,
    Field,
    LayerKind,
    Shape,
    _pair,
    register,
    type_name,
    window_misfit,
    window_shape,
)

_KERNEL = Field("kernel", int, 3, "The side of the square window, in pixels (3 or 5 are usual).", 1, 31)
_STRIDE = Field("stride", int, 1, "How far the window moves each step; 2 halves the picture.", 1, 16)
_PADDING = Field("padding", int, 0, "Zero pixels added around the picture (kernel // 2 keeps its size).", 0, 15)


def _conv_misfit(shape: Shape, o: dict) -> Message | None:
    return window_misfit("Convolution", shape, o["kernel"], o["padding"])


register(
    LayerKind(
        "conv",
        "Convolution",
        "Slides small learned filters over the picture; each filter makes one output channel.",
        (
            Field("channels", int, 16, "How many filters, so how many output channels.", 1, 4096),
            _KERNEL,
            _STRIDE,
            _PADDING,
            Field("bias", bool, True, "Learn an offset per filter (off when batch norm follows)."),
        ),
        lambda s, o, n: nn.Conv2d(s[0], o["channels"], o["kernel"], o["stride"], o["padding"], bias=o["bias"]),
        lambda o: f"{o['kernel']}x{o['kernel']} convolution",
        (type_name(nn.Conv2d),),
        lambda m: (
            None
            if m.groups != 1 or _pair(m.dilation) != 1 or m.kernel_size[0] != m.kernel_size[1]
            else dict(
                channels=m.out_channels,
                kernel=_pair(m.kernel_size),
                stride=_pair(m.stride),
                padding=_pair(m.padding),
                bias=m.bias is not None,
            )
        ),
        _conv_misfit,
        picture_input=True,
        out_shape=lambda s, o, n: window_shape(o["channels"], s, o["kernel"], o["stride"], o["padding"]),
    )
)


def _pool_kind(name: str, title: str, help_text: str, module: type, make: Callable) -> None:
    def misfit(shape: Shape, o: dict) -> Message | None:
        if 2 * o["padding"] > o["kernel"]:
            return PaddingOverHalf(o["padding"], o["kernel"], o["kernel"] // 2)
        if o["ceil_mode"]:  # a partial window is kept: any picture of at least one pixel gives one
            return None
        return window_misfit(title, shape, o["kernel"], o["padding"])

    def export(m) -> dict | None:
        stride = m.stride if m.stride is not None else m.kernel_size
        return dict(
            kernel=_pair(m.kernel_size), stride=_pair(stride), padding=_pair(m.padding), ceil_mode=bool(m.ceil_mode)
        )

    register(
        LayerKind(
            name,
            title,
            help_text,
            (
                Field("kernel", int, 2, "The side of the square window, in pixels (2 halves the picture).", 1, 31),
                Field("stride", int, 2, "How far the window moves each step (usually the kernel).", 1, 16),
                Field("padding", int, 0, "Pixels added around the picture; at most half the kernel.", 0, 15),
                Field("ceil_mode", bool, False, "Keep a last, partial window at the edge (as GoogLeNet does)."),
            ),
            make,
            lambda o: f"{o['kernel']}x{o['kernel']} {title.lower()}",
            (type_name(module),),
            export,
            misfit,
            picture_input=True,
            out_shape=lambda s, o, n: window_shape(s[0], s, o["kernel"], o["stride"], o["padding"], o["ceil_mode"]),
        )
    )


_pool_kind(
    "maxpool",
    "Max pooling",
    "Keeps the largest value of each window: a smaller picture that keeps the strongest signals.",
    nn.MaxPool2d,
    lambda s, o, n: nn.MaxPool2d(o["kernel"], o["stride"], o["padding"], ceil_mode=o["ceil_mode"]),
)
_pool_kind(
    "avgpool",
    "Average pooling",
    "Averages each window: a smaller, smoother picture (LeNet-5's subsampling).",
    nn.AvgPool2d,
    lambda s, o, n: nn.AvgPool2d(o["kernel"], o["stride"], o["padding"], ceil_mode=o["ceil_mode"]),
)

_ACTIVATION_TYPES = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU, "leakyrelu": nn.LeakyReLU}
_ACTIVATION_HELP = {
    "sigmoid": "Squeezes every value into 0..1 (LeNet-5's original choice; learns slowly in deep nets).",
    "tanh": "Squeezes every value into -1..1.",
    "relu": "Keeps positive values and sets negative ones to 0: fast and the usual choice.",
    "leakyrelu": f"Like ReLU, but negative values are multiplied by {LEAKY_SLOPE} instead of set to 0.",
}
for _name in ACTIVATIONS:  # every registered activation is a layer kind of its own
    register(
        LayerKind(
            _name,
            {"leakyrelu": "LeakyReLU", "relu": "ReLU"}.get(_name, _name.capitalize()),
            _ACTIVATION_HELP[_name],
            (),
            lambda s, o, n, _a=_name: make_activation(_a),
            lambda o, _a=_name: f"{_a} activation",
            (type_name(_ACTIVATION_TYPES[_name]),),
            lambda m: {} if not isinstance(m, nn.LeakyReLU) or m.negative_slope == LEAKY_SLOPE else None,
        )
    )


def _enlarged(s: Shape, o: dict, n: int) -> Shape:
    """ResizeInput's output: the shorter side enlarged to ``size`` keeping the aspect; larger pictures pass."""
    short, size = min(s[1], s[2]), o["size"]
    if short >= size:
        return s
    return (s[0], *(max(size, round(d * size / short)) for d in s[1:]))


def _square_size(size) -> dict | None:
    sides = set(size) if isinstance(size, (tuple, list)) else {size}
    return dict(size=int(sides.pop())) if len(sides) == 1 and None not in sides else None


def _batch_norm(shape: Shape, o: dict, n: int) -> nn.Module:
    return nn.BatchNorm2d(shape[0]) if len(shape) == 3 else nn.BatchNorm1d(shape[0])


register(
    LayerKind(
        "batchnorm",
        "Batch norm",
        "Rescales each channel to mean 0 and spread 1 over the batch: deeper nets learn faster and steadier.",
        (),
        _batch_norm,
        lambda o: "batch norm",
        (type_name(nn.BatchNorm2d), type_name(nn.BatchNorm1d)),
        lambda m: {} if m.affine and m.track_running_stats else None,
    )
)
register(
    LayerKind(
        "dropout",
        "Dropout",
        "While training, sets a random share of the values to 0, so the net cannot lean on a few of them.",
        (Field("p", float, 0.5, "The share of values dropped while training (0.5 is classic).", 0, 1, True),),
        lambda s, o, n: nn.Dropout(o["p"]),
        lambda o: f"dropout {o['p']:g}",
        (type_name(nn.Dropout),),
        lambda m: dict(p=float(m.p)),
    )
)
register(
    LayerKind(
        "flatten",
        "Flatten",
        "Turns the picture (channels x height x width) into one long list of numbers for linear layers.",
        (
            Field(
                "layer",
                bool,
                True,
                "A layer of its own; off: the next layer flattens its input in passing (torchvision's way), "
                "with no row in the layer table.",
            ),
        ),
        lambda s, o, n: nn.Flatten(),
        lambda o: "flatten" if o["layer"] else "flatten in passing",
        (type_name(nn.Flatten),),
        lambda m: {} if m.start_dim == 1 and m.end_dim == -1 else None,
        out_shape=lambda s, o, n: (math.prod(s),),
    )
)
register(
    LayerKind(
        "linear",
        "Linear (fully connected)",
        "Every output is a weighted sum of all inputs. Its input size follows the layers above it; "
        'the last one has "classes" units, one per class.',
        (
            Field("units", int, CLASSES, 'How many outputs; "classes" makes one per class.', 1, 1_000_000, False, True),
            Field("bias", bool, True, "Learn an offset per output."),
        ),
        lambda s, o, n: nn.Linear(s[0], n if o["units"] == CLASSES else o["units"], bias=o["bias"]),
        lambda o: "linear layer" + ("" if o["units"] == CLASSES else f" of {o['units']} units"),
        (type_name(nn.Linear),),
        lambda m: dict(units=m.out_features, bias=m.bias is not None),
        flat_input=True,
        out_shape=lambda s, o, n: (n if o["units"] == CLASSES else o["units"],),
    )
)
register(
    LayerKind(
        "global_avgpool",
        "Global average pooling",
        "Averages each channel over the whole picture (size 1), or down to a size x size grid.",
        (Field("size", int, 1, "The side of the grid each channel is averaged down to (1: one number).", 1, 64),),
        lambda s, o, n: nn.AdaptiveAvgPool2d(o["size"]),
        lambda o: "global average pooling" + ("" if o["size"] == 1 else f" to {o['size']}x{o['size']}"),
        (type_name(nn.AdaptiveAvgPool2d),),
        lambda m: _square_size(m.output_size),
        picture_input=True,
        out_shape=lambda s, o, n: (s[0], o["size"], o["size"]),
    )
)
register(
    LayerKind(
        "resize",
        "Enlarge",
        "Enlarges pictures smaller than this many pixels (as AlexNet does with small images); larger ones pass.",
        (Field("size", int, 227, "The smallest side a picture is enlarged to.", 1, 512),),
        lambda s, o, n: ResizeInput(o["size"]),
        lambda o: f"enlarge to {o['size']} px",
        (type_name(ResizeInput),),
        lambda m: dict(size=m.size),
        picture_input=True,
        out_shape=_enlarged,
    )
)

from core.archs import block_kinds  # noqa: E402,F401 - the blocks register after the layers, in this order

__all__ = ["CLASSES", "LAYER_KINDS", "Field", "LayerKind", "Shape", "type_name"]
