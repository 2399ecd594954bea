"""What a layer kind is: its typed options (Field), how it builds and explains itself (LayerKind), the registry.

The kinds themselves are registered in core.archs.layer_kinds (layers) and core.archs.block_kinds (blocks).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from torch import nn

from core.messages import network_file as file_said
from core.messages import network_shapes as shape_said
from core.messages.base import Message
from core.registry import Registry

Shape = tuple[int, ...]
CLASSES = "classes"  # a linear layer's units: one output per class of the dataset


@dataclass(frozen=True)
class Field:
    """One option of a layer kind: its type, default, valid range and a line of help."""

    name: str
    kind: type  # int, float or bool
    default: Any
    help: str
    low: float | None = None
    high: float | None = None
    high_open: bool = False
    classes_word: bool = False  # the word "classes" is allowed too (a linear layer's units)

    def problem(self, value: Any) -> Message | None:
        if self.classes_word and value == CLASSES:
            return None
        ok_type = isinstance(value, bool) if self.kind is bool else (not isinstance(value, bool))
        ok_type = ok_type and isinstance(value, (int, float) if self.kind is float else self.kind)
        if not ok_type:
            wanted = {int: file_said.AWholeNumber(), float: file_said.ANumber(), bool: file_said.TrueOrFalse()}
            word = file_said.AWholeNumberOrClasses() if self.classes_word else wanted[self.kind]
            return file_said.OptionOfWrongType(self.name, word, repr(str(value)[:40]))
        # NaN fails every comparison and infinity the upper one; no isfinite (it overflows on huge ints)
        if self.low is not None and not (
            self.low <= value and (value < self.high if self.high_open else value <= self.high)
        ):
            out_of = file_said.OptionNotBelow if self.high_open else file_said.OptionOutOfRange
            return out_of(self.name, self.low, self.high, str(value))
        return None


@dataclass(frozen=True)
class LayerKind:
    """``make(in_shape, options, num_classes)`` builds the module; ``misfit(in_shape, options)`` is None when the
    input fits, else a sentence; ``export(module)`` gives the options that rebuild ``module`` (None: not ours)."""

    name: str
    title: str  # e.g. "Convolution", for lists and the editor
    help: str
    fields: tuple[Field, ...]
    make: Callable[[Shape, dict, int], nn.Module]
    label: Callable[[dict], str]  # what this one is, in words: "5x5 convolution"
    module_types: tuple[str, ...] = ()  # the classes it exports, by type_name (no torchvision import)
    export: Callable[[nn.Module], dict | None] = lambda m: None
    misfit: Callable[[Shape, dict], Message | None] = lambda shape, o: None
    flat_input: bool = False  # takes a flat list: a picture is flattened on the way in (no layer needed)
    picture_input: bool = False  # needs a picture (C, H, W)
    # the output shape for an input shape, by arithmetic (fast enough for an editor's live check); None: kept
    out_shape: Callable[[Shape, dict, int], Shape] | None = None

    def options(self, given: dict) -> dict:
        """Every option, ``given`` ones over the defaults."""
        return {f.name: given.get(f.name, f.default) for f in self.fields}


LAYER_KINDS: Registry[LayerKind] = Registry("layer kind")


def register(kind: LayerKind) -> LayerKind:
    return LAYER_KINDS.add(kind.name, kind)


def type_name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def _pair(v) -> int:
    return int(v[0] if isinstance(v, (tuple, list)) else v)


def window_misfit(title: str, shape: Shape, kernel: int, padding: int) -> Message | None:
    """None when a ``kernel`` window (with ``padding``) fits the picture, else what to change. The padding
    suggested is half the kernel: it always fits, and keeps the picture's size (core.archs.network_shapes
    adds the pooling above, where there is some, as the other way out)."""
    if min(shape[1], shape[2]) + 2 * padding >= kernel:
        return None
    return shape_said.WindowTooLarge(title, kernel, shape[1], shape[2], kernel // 2)


def window_side(side: int, kernel: int, stride: int, padding: int, ceil_mode: bool = False) -> int:
    """The output side of a convolution or pooling window (PyTorch's formula, ceil_mode included)."""
    span = side + 2 * padding - kernel
    out = (-(-span // stride) if ceil_mode else span // stride) + 1
    if ceil_mode and (out - 1) * stride >= side + padding:  # the last window must start inside the picture
        out -= 1
    return out


def window_shape(channels: int, shape: Shape, kernel: int, stride: int, padding: int, ceil: bool = False) -> Shape:
    return (channels, *(window_side(d, kernel, stride, padding, ceil) for d in shape[1:]))
