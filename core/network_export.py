"""Any built-in network as a network file: "edit a copy of LeNet-5".

The built network is walked in forward order; each module that a layer kind knows (core.archs.layer_kinds,
matched by class) becomes a layer with the options that rebuild it, and containers are walked into. The last
linear layer gets "classes" units, so the copy fits any dataset. Built from the file, the copy has the same
layer table (kinds, shapes, weights, FLOPs) as the original; its layers are named by kind (conv1, relu1, ...).
"""

from __future__ import annotations

import torch
from torch import nn

from core import archs
from core.archs.layer_kinds import CLASSES, LAYER_KINDS, LayerKind, type_name
from core.archs.network_file import Layer, NetworkError, NetworkFile, make_layer
from core.messages import network_file as said

# The weight initialisation of the recipes that do not keep PyTorch's own (core.archs' builders apply them).
RECIPE_INIT = {"lenet5": "xavier", "digitnet": "kaiming"}


def _kind_of(module: nn.Module) -> LayerKind | None:
    name = type_name(type(module))
    return next((k for k in LAYER_KINDS if name in k.module_types), None)


def _walk(module: nn.Module, out: list[tuple[Layer, nn.Module]]) -> None:
    for name, child in module.named_children():
        kind = _kind_of(child)
        if kind is not None:
            options = kind.export(child)
            if options is None:
                raise NetworkError(said.LayerSettingsNotHeld(name, type(child).__name__))
            out.append((make_layer(kind.name, **options), child))
        elif next(child.children(), None) is not None:
            _walk(child, out)
        else:
            raise NetworkError(said.LayerKindNotKnown(name, type(child).__name__))


def _input_dims(model: nn.Module, modules: list[nn.Module], in_channels: int, image_size: int) -> list[int]:
    """How many dimensions the input of each of ``modules`` has in a forward pass (in ``modules``' order)."""
    dims: dict[int, int] = {}

    def note(mod: nn.Module, args: tuple) -> None:  # returns None: the input passes unchanged
        dims.setdefault(id(mod), args[0].dim())

    hooks = [m.register_forward_pre_hook(note) for m in modules]
    try:
        with torch.no_grad():
            model.eval()(torch.zeros(1, in_channels, image_size, image_size))
    finally:
        for h in hooks:
            h.remove()
    return [dims.get(id(m), 0) for m in modules]


def from_model(
    model: nn.Module, in_channels: int, image_size: int, name: str = "", init: str = "default"
) -> NetworkFile:
    """The layers of ``model`` (a feed-forward net of known layers) as a network file. A picture flattened
    in ``forward`` itself (torchvision's torch.flatten) becomes a flatten without a layer of its own."""
    found: list[tuple[Layer, nn.Module]] = []
    _walk(model, found)
    dims = _input_dims(model, [m for _, m in found], in_channels, image_size)
    layers: list[Layer] = []
    for i, (layer, _) in enumerate(found):
        made_picture = i > 0 and dims[i - 1] == 4 and found[i - 1][0].kind != "flatten"
        if made_picture and dims[i] == 2 and layer.kind != "linear":
            layers.append(make_layer("flatten", layer=False))
        layers.append(layer)
    last = max((i for i, la in enumerate(layers) if la.kind == "linear"), default=None)
    if last is not None:
        layers[last] = make_layer("linear", **{**layers[last].option_dict, "units": CLASSES})
    return NetworkFile(tuple(layers), name, init)


def from_arch(arch: str, in_channels: int = 1, image_size: int = 28, **options) -> NetworkFile:
    """A copy of the built-in network ``arch`` (with its options) as a network file."""
    spec = archs.get_arch(arch)
    if spec.from_file:
        raise NetworkError(said.AlreadyANetworkFile(spec.title))
    model = archs.build(arch, in_channels, image_size, 10, **options)
    init = options.get("init") or RECIPE_INIT.get(arch, "default")
    return from_model(model, in_channels, image_size, f"{spec.title} (copy)", init)
