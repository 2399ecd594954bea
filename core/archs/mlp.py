"""A baseline with no convolutions: flatten, two hidden layers, classes."""

from __future__ import annotations

from collections import OrderedDict

from torch import nn

from core.archs._base import ArchSpec, register
from core.archs._layers import ArchNet, apply_init, dense_head, make_activation

HIDDEN = (256, 128)


def build_mlp(in_channels, image_size, num_classes, *, activation=None, init=None, dropout=None, batch_norm=None):
    acts = [make_activation(activation or "relu") for _ in HIDDEN]
    head = dense_head(
        in_channels * image_size * image_size, HIDDEN, num_classes, acts, dropout or 0.0, bool(batch_norm)
    )
    net = ArchNet(OrderedDict(flatten=nn.Flatten(), classifier=head), "mlp")
    return apply_init(net, init or "default")  # feature_layers stays []: no conv layers


register(
    ArchSpec(
        name="mlp",
        title="MLP (no convolutions)",
        description="A baseline without convolutions: the image becomes one long list of pixels fed to "
        "two hidden layers (256 and 128 units).",
        native_size=None,
        min_size=1,
        channels=(1, 3),
        options=("activation", "init", "dropout", "batch_norm"),
        builder=build_mlp,
    )
)
