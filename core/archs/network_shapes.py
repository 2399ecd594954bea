"""Shape checks of a network file, layer by layer, for one kind of image: what each layer gets and makes, its
weights, and, where something does not fit, a sentence at that layer saying what to change.

Each layer is made on PyTorch's "meta" device, so its weights are counted but never allocated (a 1-billion-weight
layer costs nothing to check), and remembered; its output shape comes from its kind's arithmetic rule (PyTorch's
formulas; no rule: the shape is kept). The real network built from the file (core.archs.custom) must agree:
tests/core/test_network_file.py builds every built-in network's copy and runs it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import torch

from core.archs.layer_kinds import Shape
from core.archs.network_file import Layer, NetworkError, NetworkFile, Path_
from core.messages import network_shapes as said
from core.messages.base import Message

MAX_WEIGHTS = 200_000_000  # ~3 GB to train with Adam (weights, gradients, two moments): past a classroom computer
POOLINGS = ("maxpool", "avgpool")  # and any layer with a stride: what shrinks the picture above a misfit
BYTES_TO_TRAIN = 16  # per weight: float32 weights, gradients and Adam's two moments


@dataclass(frozen=True)
class LayerShape:
    path: Path_
    layer: Layer
    in_shape: Shape  # what the layer gets, after any flattening
    out_shape: Shape
    params: int
    flatten_before: bool  # a picture is flattened on the way in (a linear layer after a convolution)


def _words(shape: Shape) -> Message:
    if len(shape) == 1:
        return said.FlatList(shape[0])
    return said.PictureOfOneChannel(shape[1], shape[2]) if shape[0] == 1 else said.Picture(*shape[1:], shape[0])


def check(net: NetworkFile, in_channels: int, image_size: int, num_classes: int) -> list[LayerShape]:
    """The shape of every layer (repeats unrolled) for ``in_channels`` x ``image_size`` x ``image_size`` images
    and ``num_classes`` classes. Raises NetworkError at the first layer that does not fit, in words."""
    if not net.layers:
        raise NetworkError(said.EmptyNetwork())
    rows: list[LayerShape] = []
    shape: Shape = (in_channels, image_size, image_size)
    try:
        for path, layer in net.flat():
            rows.append(_step(path, layer, shape, num_classes, rows))
            shape = rows[-1].out_shape
        _check_end(rows, num_classes)
        _check_weights(rows)
    except NetworkError as exc:
        exc.rows = tuple(rows)  # the layers above the one at fault, which fit: an editor still shows them
        raise
    return rows


def _step(path: Path_, layer: Layer, shape: Shape, num_classes: int, above: list[LayerShape]) -> LayerShape:
    spec, options = layer.spec, layer.option_dict
    flatten = spec.flat_input and len(shape) == 3
    if flatten:
        shape = (shape[0] * shape[1] * shape[2],)
    if spec.picture_input and len(shape) == 1:
        raise NetworkError(said.NeedsAPicture(spec.title, _words(shape)), path)
    misfit = spec.misfit(shape, options)
    if misfit:
        pooled = any(r.layer.kind in POOLINGS or r.layer.option_dict.get("stride", 1) > 1 for r in above)
        raise NetworkError(said.MisfitBelowPooling(misfit) if pooled else said.Misfit(misfit), path)
    out_shape = tuple(int(d) for d in spec.out_shape(shape, options, num_classes)) if spec.out_shape else shape
    try:
        params = _weights(layer, shape, num_classes)
    except (RuntimeError, ValueError) as exc:
        raise NetworkError(
            said.LayerCannotTake(spec.title, _words(shape), str(exc).splitlines()[0][:120]), path
        ) from None
    if not all(d > 0 for d in out_shape):
        raise NetworkError(said.LayerLeavesNothing(spec.title, _words(shape)), path)
    return LayerShape(path, layer, shape, out_shape, params, flatten)


@functools.lru_cache(maxsize=4096)  # an edit changes one layer: the others' counts are remembered
def _weights(layer: Layer, shape: Shape, num_classes: int) -> int:
    """How many weights the layer has, counted on the meta device (never allocated)."""
    with torch.device("meta"):
        module = layer.spec.make(shape, layer.option_dict, num_classes)
    return sum(p.numel() for p in module.parameters())


def _check_end(rows: list[LayerShape], num_classes: int) -> None:
    last = rows[-1]
    if len(last.out_shape) != 1:
        raise NetworkError(said.EndsWithAPicture(_words(last.out_shape)), last.path)
    if last.out_shape[0] != num_classes:
        raise NetworkError(said.WrongNumberOfOutputs(last.out_shape[0], num_classes), last.path)


def _check_weights(rows: list[LayerShape]) -> None:
    total = sum(r.params for r in rows)
    if total <= MAX_WEIGHTS:
        return
    worst = max(rows, key=lambda r: r.params)
    gigabytes = total * BYTES_TO_TRAIN / 1e9
    problem = said.TooManyWeights(total, worst.params, worst.layer.spec.title, gigabytes, MAX_WEIGHTS)
    raise NetworkError(problem, worst.path)


def total_weights(rows: list[LayerShape]) -> int:
    return sum(r.params for r in rows)


def problem(net: NetworkFile, in_channels: int, image_size: int, num_classes: int) -> Message | None:
    """None when the network fits these images, else what does not fit (at its layer)."""
    try:
        check(net, in_channels, image_size, num_classes)
    except NetworkError as exc:
        return exc.msg
    return None
