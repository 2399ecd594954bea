"""The LeNet family and the simple CNN: small conv stacks for 28x28 digits.

Every net is ``features`` (convs) -> ``flatten`` -> ``classifier`` (fully
connected); the flatten width comes from a dry run at the real image size, so
the same recipe works on 28x28 (MNIST), 32x32 (CIFAR) and 64x64 folders.
"""

from __future__ import annotations

from collections import OrderedDict

from torch import nn

from core.archs._base import ArchSpec, register
from core.archs._layers import (
    LEAKY_SLOPE,
    apply_init,
    assemble,
    conv_names,
    conv_unit,
    dense_head,
    flat_size,
    make_activation,
)

ALL_OPTIONS = ("activation", "init", "dropout", "batch_norm")


def _acts(activation: str | None, recipe: list[str]) -> list[nn.Module]:
    """The recipe's activations, or ``activation`` everywhere when one is chosen."""
    return [make_activation(activation or name) for name in recipe]


def _finish(arch, features, in_channels, image_size, num_classes, head_acts, hidden, dropout, batch_norm, init):
    width = flat_size(features, in_channels, image_size)
    head = dense_head(width, hidden, num_classes, head_acts, dropout or 0.0, bool(batch_norm))
    net = assemble(arch, features, head, conv_names(features))
    return apply_init(net, init)


def build_lenet5(in_channels, image_size, num_classes, *, activation=None, init=None, dropout=None, batch_norm=None):
    """d2l LeNet-5 (seed 003): sigmoid, average pooling, Xavier init."""
    a = _acts(activation, ["sigmoid"] * 4)
    bn = bool(batch_norm)
    features = nn.Sequential(
        OrderedDict(
            conv_unit(1, nn.Conv2d(in_channels, 6, 5, padding=2), a[0], bn, nn.AvgPool2d(2, 2))
            + conv_unit(2, nn.Conv2d(6, 16, 5), a[1], bn, nn.AvgPool2d(2, 2))
        )
    )
    return _finish(
        "lenet5",
        features,
        in_channels,
        image_size,
        num_classes,
        a[2:],
        (120, 84),
        dropout,
        batch_norm,
        init or "xavier",
    )


_MODERN_HEAD = ["leakyrelu", "relu"]  # seed 000: LeakyReLU(0.1) after fc1, ReLU after fc2


def build_lenet(in_channels, image_size, num_classes, *, activation=None, init=None, dropout=None, batch_norm=None):
    """Modern LeNet (seed 000): 5x5 convs without padding, LeakyReLU(0.1), max pooling."""
    a = _acts(activation, ["leakyrelu"] * 2 + _MODERN_HEAD)
    bn = bool(batch_norm)
    features = nn.Sequential(
        OrderedDict(
            conv_unit(1, nn.Conv2d(in_channels, 6, 5), a[0], bn, nn.MaxPool2d(2, 2))
            + conv_unit(2, nn.Conv2d(6, 16, 5), a[1], bn, nn.MaxPool2d(2, 2))
        )
    )
    return _finish(
        "lenet",
        features,
        in_channels,
        image_size,
        num_classes,
        a[2:],
        (120, 84),
        dropout,
        batch_norm,
        init or "default",
    )


def build_lenet3x3(in_channels, image_size, num_classes, *, activation=None, init=None, dropout=None, batch_norm=None):
    """Deeper LeNet (seed 000): each 5x5 conv becomes two 3x3 convs, channels in-2-4-8-16."""
    a = _acts(activation, ["leakyrelu"] * 4 + _MODERN_HEAD)
    bn = bool(batch_norm)
    features = nn.Sequential(
        OrderedDict(
            conv_unit(1, nn.Conv2d(in_channels, 2, 3), a[0], bn)
            + conv_unit(2, nn.Conv2d(2, 4, 3), a[1], bn, nn.MaxPool2d(2, 2))
            + conv_unit(3, nn.Conv2d(4, 8, 3), a[2], bn)
            + conv_unit(4, nn.Conv2d(8, 16, 3), a[3], bn, nn.MaxPool2d(2, 2))
        )
    )
    return _finish(
        "lenet3x3",
        features,
        in_channels,
        image_size,
        num_classes,
        a[4:],
        (120, 84),
        dropout,
        batch_norm,
        init or "default",
    )


def build_simplecnn(in_channels, image_size, num_classes, *, activation=None, init=None, dropout=None, batch_norm=None):
    """Basic CNN (seed 002): relu(pool(conv 10@5x5)), relu(pool(conv 20@5x5)), one Linear.

    There is no hidden fully connected layer, so dropout (if chosen) sits
    right before the single Linear.
    """
    a = _acts(activation, ["relu"] * 2)
    bn = bool(batch_norm)
    features = nn.Sequential(
        OrderedDict(
            conv_unit(1, nn.Conv2d(in_channels, 10, 5), a[0], bn, nn.MaxPool2d(2), pool_first=True)
            + conv_unit(2, nn.Conv2d(10, 20, 5), a[1], bn, nn.MaxPool2d(2), pool_first=True)
        )
    )
    width = flat_size(features, in_channels, image_size)
    head_layers = [("drop1", nn.Dropout(dropout))] if dropout else []
    head = nn.Sequential(OrderedDict(head_layers + [("fc1", nn.Linear(width, num_classes))]))
    net = assemble("simplecnn", features, head, conv_names(features))
    return apply_init(net, init or "default")


register(
    ArchSpec(
        name="lenet5",
        title="LeNet-5 (classic)",
        description="LeCun's 1998 digit reader as taught in d2l: two 5x5 convolutions with sigmoid and "
        "average pooling, then three fully connected layers.",
        native_size=28,
        min_size=12,
        channels=(1, 3),
        options=ALL_OPTIONS,
        builder=build_lenet5,
    )
)
register(
    ArchSpec(
        name="lenet",
        title="LeNet (modern)",
        description=f"LeNet with LeakyReLU({LEAKY_SLOPE}) and max pooling: the same small network, "
        "but it learns much faster than the sigmoid original.",
        native_size=28,
        min_size=16,
        channels=(1, 3),
        options=ALL_OPTIONS,
        builder=build_lenet,
    )
)
register(
    ArchSpec(
        name="lenet3x3",
        title="LeNet, deeper 3x3",
        description="Each 5x5 convolution of LeNet replaced by two 3x3 ones (2-4-8-16 filters): "
        "same view of the image, more layers, fewer weights.",
        native_size=28,
        min_size=16,
        channels=(1, 3),
        options=ALL_OPTIONS,
        builder=build_lenet3x3,
    )
)
register(
    ArchSpec(
        name="simplecnn",
        title="Simple CNN",
        description="Two 5x5 convolutions (10 and 20 filters) with max pooling and a single fully "
        "connected layer: the smallest real CNN here.",
        native_size=28,
        min_size=16,
        channels=(1, 3),
        options=ALL_OPTIONS,
        builder=build_simplecnn,
    )
)
