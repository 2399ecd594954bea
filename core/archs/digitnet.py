"""DigitNet: the small network behind the bundled digit reader.

Five 3x3 convs with batch norm (24-24-48-48-96 channels, two max-pools) and global average pooling:
~80k parameters, ~25 MFLOPs per 28x28 image, so it trains on a laptop CPU in minutes and predicts a
drawing in about a millisecond. Global pooling makes it care less *where* the digit sits, which helps
with real handwriting that MNIST's centring never saw.
"""

from __future__ import annotations

from collections import OrderedDict

from torch import nn

from core.archs._base import ArchSpec, register
from core.archs._layers import ArchNet, apply_init, conv_unit, make_activation, set_feature_layers

WIDTHS = (24, 24, 48, 48, 96)
POOL_AFTER = {2, 4}


def build_digitnet(in_channels, image_size, num_classes, *, activation=None, init=None, dropout=None, batch_norm=None):
    layers, width = [], in_channels
    for i, out in enumerate(WIDTHS, start=1):
        pool = nn.MaxPool2d(2) if i in POOL_AFTER else None
        conv = nn.Conv2d(width, out, 3, padding=1, bias=batch_norm is False)
        layers += conv_unit(i, conv, make_activation(activation or "relu"), batch_norm is not False, pool)
        width = out
    features = nn.Sequential(OrderedDict(layers))
    head = nn.Sequential(
        OrderedDict(drop=nn.Dropout(0.2 if dropout is None else dropout), fc=nn.Linear(width, num_classes))
    )
    net = ArchNet(
        OrderedDict(features=features, pool=nn.AdaptiveAvgPool2d(1), flatten=nn.Flatten(), classifier=head), "digitnet"
    )
    set_feature_layers(net, [f"features.conv{i}" for i in range(1, len(WIDTHS) + 1)])
    return apply_init(net, init or "kaiming")


register(
    ArchSpec(
        "digitnet",
        "DigitNet (bundled digit reader)",
        "Five small 3x3 conv layers with batch norm and global pooling: accurate, fast, robust to position.",
        native_size=28,
        min_size=8,
        channels=(1, 3),
        options=("activation", "init", "dropout", "batch_norm"),
        builder=build_digitnet,
    )
)
