"""AlexNet as in seed 001 (five convs, three fully connected layers with dropout).

Size choice: the recipe was made for 227x227 images. Smaller images (MNIST,
CIFAR) are enlarged to 227 inside the model (``resize``, first layer), which is
what the classic d2l "AlexNet on Fashion-MNIST" exercise does; it keeps every
layer's shape faithful (96x55x55 ... 256x6x6 -> 9216 -> 4096 -> 4096). An
adaptive average pool to 6x6 before the classifier lets larger images through
too (it does nothing at 227). The cost: ~58M weights and ~1.4 GFLOPs per
image, so training is slow without a GPU.
"""

from __future__ import annotations

from collections import OrderedDict

from torch import nn

from core.archs._base import ArchSpec, register
from core.archs._layers import (
    ArchNet,
    ResizeInput,
    apply_init,
    conv_names,
    conv_unit,
    dense_head,
    make_activation,
    set_feature_layers,
)

NATIVE = 227


def build_alexnet(in_channels, image_size, num_classes, *, activation=None, init=None, dropout=None, batch_norm=None):
    act = activation or "relu"
    bn = bool(batch_norm)

    def a():
        return make_activation(act)

    features = nn.Sequential(
        OrderedDict(
            conv_unit(1, nn.Conv2d(in_channels, 96, 11, stride=4), a(), bn, nn.MaxPool2d(3, 2))
            + conv_unit(2, nn.Conv2d(96, 256, 5, padding=2), a(), bn, nn.MaxPool2d(3, 2))
            + conv_unit(3, nn.Conv2d(256, 384, 3, padding=1), a(), bn)
            + conv_unit(4, nn.Conv2d(384, 384, 3, padding=1), a(), bn)
            + conv_unit(5, nn.Conv2d(384, 256, 3, padding=1), a(), bn, nn.MaxPool2d(3, 2))
        )
    )
    head = dense_head(256 * 6 * 6, (4096, 4096), num_classes, [a(), a()], 0.5 if dropout is None else dropout, bn)
    net = ArchNet(
        OrderedDict(
            resize=ResizeInput(NATIVE),
            features=features,
            avgpool=nn.AdaptiveAvgPool2d(6),
            flatten=nn.Flatten(),
            classifier=head,
        ),
        "alexnet",
    )
    set_feature_layers(net, [f"features.{n}" for n in conv_names(features)])
    return apply_init(net, init or "default")


register(
    ArchSpec(
        name="alexnet",
        title="AlexNet",
        description="The 2012 ImageNet winner: five convolutions and three large fully connected layers "
        "(58M weights); small images are enlarged to 227 px, so it is slow without a GPU.",
        native_size=NATIVE,
        min_size=1,
        channels=(1, 3),
        options=("activation", "init", "dropout", "batch_norm"),
        builder=build_alexnet,
        resize=True,
    )
)
