""" "Your own network": a network built from a network file (core.archs.network_file) that the run carries as text.

The layers become direct children named by kind and count (conv1, relu1, maxpool1, ..., linear2), so summaries,
feature-map views and weights files read like those of the built-in networks. A linear layer that gets a picture
flattens it on the way in, as torchvision's networks do.
"""

from __future__ import annotations

from collections import Counter

import torch
from torch import nn

from core.archs._base import ArchSpec, register
from core.archs._layers import apply_init, set_feature_layers
from core.archs.network_file import NetworkError, NetworkFile
from core.messages.settings import NeedsANetworkFile
from core.archs.network_shapes import check

ARCH = "custom"
_FEATURE_KINDS = ("conv", "conv_bn_relu", "inception", "residual", "basic_block", "googlenet_inception")


class NetworkNet(nn.Module):
    """The layers of a network file in order; ``flatten_before`` names the layers whose input is flattened."""

    def __init__(self, layers: list[tuple[str, nn.Module]], flatten_before: frozenset[str]):
        super().__init__()
        for name, module in layers:
            self.add_module(name, module)
        self.flatten_before = flatten_before
        self.arch = ARCH
        self.feature_layers: list[tuple[str, nn.Module]] = []

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for name, module in self.named_children():
            if name in self.flatten_before:
                x = x.flatten(1)
            x = module(x)
        return x


def build_network(in_channels: int, image_size: int, num_classes: int, *, network: str | None = None) -> nn.Module:
    """The network written in ``network`` (a network file's text) for these images; ValueError says what
    does not fit, at which layer."""
    if not network:
        raise NetworkError(NeedsANetworkFile())
    net = NetworkFile.from_json(network)
    counts: Counter[str] = Counter()
    layers, flatten, features = [], set(), []
    pending_flatten = False  # a flatten without a layer of its own: the next layer flattens in passing
    for row in check(net, in_channels, image_size, num_classes):
        kind, options = row.layer.kind, row.layer.option_dict
        if kind == "flatten" and not options["layer"]:
            pending_flatten = True
            continue
        counts[kind] += 1
        name = f"{kind}{counts[kind]}"
        layers.append((name, row.layer.spec.make(row.in_shape, options, num_classes)))
        if row.flatten_before or pending_flatten:
            flatten.add(name)
        pending_flatten = False
        if kind in _FEATURE_KINDS:
            features.append(name)
    model = NetworkNet(layers, frozenset(flatten))
    set_feature_layers(model, features)
    return apply_init(model, net.init)


register(
    ArchSpec(
        name=ARCH,
        title="Your own network",
        description="A network you designed, layer by layer, in a network file (main.py train --network FILE).",
        native_size=None,
        min_size=1,
        channels=(1, 3),
        options=("network",),
        builder=build_network,
        from_file=True,
    )
)
