"""Building blocks shared by the architecture families."""

from __future__ import annotations

from collections import OrderedDict
from typing import Iterable

import torch
import torch.nn.functional as F
from torch import nn

from core.messages.networks import ImagesTooSmallForLayers, LayersTooBig

LEAKY_SLOPE = 0.1  # the slope used in the LeNet recipe (seed 000)


def make_activation(name: str) -> nn.Module:
    """A fresh activation module (never in-place: hooks read layer outputs)."""
    if name == "sigmoid":
        return nn.Sigmoid()
    if name == "tanh":
        return nn.Tanh()
    if name == "relu":
        return nn.ReLU()
    if name == "leakyrelu":
        return nn.LeakyReLU(LEAKY_SLOPE)
    raise ValueError(f"Unknown activation {name!r}")


def apply_init(model: nn.Module, init: str) -> nn.Module:
    """Re-draw the weights of every Conv2d and Linear layer.

    "default" keeps PyTorch's own initialisation. "xavier" is Glorot uniform
    (the d2l LeNet-5 recipe) and "kaiming" is He normal for ReLU-like layers.
    Only weights change; biases keep PyTorch's default, as in the d2l recipe.
    """
    if init == "default":
        return model
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            if init == "xavier":
                nn.init.xavier_uniform_(m.weight)
            elif init == "kaiming":
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            else:
                raise ValueError(f"Unknown init {init!r}")
    return model


def set_feature_layers(model: nn.Module, names: Iterable[str]) -> nn.Module:
    """Attach ``model.feature_layers``: (name, module) pairs in forward order.

    Names are the ones ``model.named_modules()`` uses, so a view can hook them
    and match them to summary rows.
    """
    model.feature_layers = [(n, model.get_submodule(n)) for n in names]
    return model


class ArchNet(nn.Sequential):
    """A named Sequential (features -> flatten -> classifier) with ``feature_layers``."""

    def __init__(self, parts: OrderedDict, arch: str):
        super().__init__(parts)
        self.arch = arch
        self.feature_layers: list[tuple[str, nn.Module]] = []


class ResizeInput(nn.Module):
    """Enlarge images whose shorter side is below ``size`` (bilinear, keeps aspect)."""

    def __init__(self, size: int):
        super().__init__()
        self.size = size

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h, w = x.shape[-2:]
        short = min(h, w)
        if short >= self.size:
            return x
        scale = self.size / short
        out = (max(self.size, round(h * scale)), max(self.size, round(w * scale)))
        return F.interpolate(x, size=out, mode="bilinear", align_corners=False)

    def extra_repr(self) -> str:
        return f"size={self.size}"


def flat_size(features: nn.Module, in_channels: int, image_size: int) -> int:
    """How many numbers ``features`` produces per image (a dry run of one zero image).

    Raises ValueError when the image is too small for the layers.
    """
    was_training = features.training
    features.eval()  # no BatchNorm statistics update
    try:
        with torch.no_grad():
            out = features(torch.zeros(1, in_channels, image_size, image_size))
    except RuntimeError as exc:
        raise LayersTooBig(ImagesTooSmallForLayers(image_size)) from exc
    finally:
        features.train(was_training)
    if out.numel() == 0:
        raise LayersTooBig(ImagesTooSmallForLayers(image_size))
    return out[0].numel()


def conv_unit(
    i: int,
    conv: nn.Conv2d,
    activation: nn.Module,
    batch_norm: bool,
    pool: nn.Module | None = None,
    pool_first: bool = False,
) -> list[tuple[str, nn.Module]]:
    """``conv{i}`` [+ ``bn{i}``] + ``act{i}`` [+ ``pool{i}``], named for hooks and summaries."""
    layers: list[tuple[str, nn.Module]] = [(f"conv{i}", conv)]
    if batch_norm:
        layers.append((f"bn{i}", nn.BatchNorm2d(conv.out_channels)))
    act = [(f"act{i}", activation)]
    if pool is not None and pool_first:
        layers += [(f"pool{i}", pool)] + act
    else:
        layers += act + ([(f"pool{i}", pool)] if pool is not None else [])
    return layers


def dense_head(
    in_features: int,
    hidden: Iterable[int],
    num_classes: int,
    activations: list[nn.Module],
    dropout: float,
    batch_norm: bool,
) -> nn.Sequential:
    """fc1, [bn], act, [drop], ..., then the last Linear to ``num_classes``."""
    layers: list[tuple[str, nn.Module]] = []
    width = in_features
    i = 0
    for i, (h, act) in enumerate(zip(hidden, activations), start=1):
        layers.append((f"fc{i}", nn.Linear(width, h)))
        if batch_norm:
            layers.append((f"bn{i}", nn.BatchNorm1d(h)))
        layers.append((f"act{i}", act))
        if dropout > 0:
            layers.append((f"drop{i}", nn.Dropout(dropout)))
        width = h
    layers.append((f"fc{i + 1}", nn.Linear(width, num_classes)))
    return nn.Sequential(OrderedDict(layers))


def assemble(arch: str, features: nn.Sequential, head: nn.Sequential, feature_names: Iterable[str]) -> ArchNet:
    net = ArchNet(OrderedDict(features=features, flatten=nn.Flatten(), classifier=head), arch)
    return set_feature_layers(net, [f"features.{n}" for n in feature_names])


def conv_names(features: nn.Sequential) -> list[str]:
    return [n for n, m in features.named_children() if isinstance(m, nn.Conv2d)]
