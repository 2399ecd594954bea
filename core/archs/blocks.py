"""The small Inception net and the small residual net often used on MNIST (seed 004).

Both keep the recipe's layer order; the flatten width comes from the image size
(1408 and 512 on 28x28, as in the recipe).
"""

from __future__ import annotations

from collections import OrderedDict

import torch
from torch import nn

from core.archs._base import ArchSpec, register
from core.archs._layers import apply_init, assemble, dense_head, flat_size


class InceptionA(nn.Module):
    """Four branches side by side, concatenated: 16 + 24 + 24 + 24 = 88 channels."""

    out_channels = 88

    def __init__(self, in_channels: int):
        super().__init__()
        self.branch1x1 = nn.Conv2d(in_channels, 16, kernel_size=1)
        self.branch5x5_1 = nn.Conv2d(in_channels, 16, kernel_size=1)
        self.branch5x5_2 = nn.Conv2d(16, 24, kernel_size=5, padding=2)
        self.branch3x3_1 = nn.Conv2d(in_channels, 16, kernel_size=1)
        self.branch3x3_2 = nn.Conv2d(16, 24, kernel_size=3, padding=1)
        self.branch3x3_3 = nn.Conv2d(24, 24, kernel_size=3, padding=1)
        self.branch_pool_avg = nn.AvgPool2d(kernel_size=3, stride=1, padding=1)
        self.branch_pool = nn.Conv2d(in_channels, 24, kernel_size=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b1 = self.branch1x1(x)
        b5 = self.branch5x5_2(self.branch5x5_1(x))
        b3 = self.branch3x3_3(self.branch3x3_2(self.branch3x3_1(x)))
        bp = self.branch_pool(self.branch_pool_avg(x))
        return torch.cat([b1, b5, b3, bp], dim=1)


class ResidualBlock(nn.Module):
    """relu(x + conv2(relu(conv1(x)))) with two 3x3 convs that keep the shape."""

    def __init__(self, channels: int):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, kernel_size=3, padding=1)
        self.relu1 = nn.ReLU()
        self.conv2 = nn.Conv2d(channels, channels, kernel_size=3, padding=1)
        self.relu2 = nn.ReLU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.conv2(self.relu1(self.conv1(x)))
        return self.relu2(x + y)


def _finish(arch, features, in_channels, image_size, num_classes, init, feature_names):
    width = flat_size(features, in_channels, image_size)
    head = dense_head(width, (), num_classes, [], 0.0, False)
    return apply_init(assemble(arch, features, head, feature_names), init or "default")


def build_inception(in_channels, image_size, num_classes, *, init=None):
    """relu(pool(conv 10@5x5)), InceptionA, relu(pool(conv 20@5x5)), InceptionA, fc."""
    features = nn.Sequential(
        OrderedDict(
            [
                ("conv1", nn.Conv2d(in_channels, 10, kernel_size=5)),
                ("pool1", nn.MaxPool2d(2)),
                ("act1", nn.ReLU()),
                ("incep1", InceptionA(10)),
                ("conv2", nn.Conv2d(InceptionA.out_channels, 20, kernel_size=5)),
                ("pool2", nn.MaxPool2d(2)),
                ("act2", nn.ReLU()),
                ("incep2", InceptionA(20)),
            ]
        )
    )
    return _finish(
        "inception", features, in_channels, image_size, num_classes, init, ["conv1", "incep1", "conv2", "incep2"]
    )


def build_resnet(in_channels, image_size, num_classes, *, init=None):
    """pool(relu(conv 16@5x5)), residual block, pool(relu(conv 32@5x5)), residual block, fc."""
    features = nn.Sequential(
        OrderedDict(
            [
                ("conv1", nn.Conv2d(in_channels, 16, kernel_size=5)),
                ("act1", nn.ReLU()),
                ("pool1", nn.MaxPool2d(2)),
                ("rblock1", ResidualBlock(16)),
                ("conv2", nn.Conv2d(16, 32, kernel_size=5)),
                ("act2", nn.ReLU()),
                ("pool2", nn.MaxPool2d(2)),
                ("rblock2", ResidualBlock(32)),
            ]
        )
    )
    return _finish(
        "resnet", features, in_channels, image_size, num_classes, init, ["conv1", "rblock1", "conv2", "rblock2"]
    )


register(
    ArchSpec(
        name="inception",
        title="Small Inception net",
        description="Looks through 1x1, 3x3 and 5x5 filters side by side and stacks what they find "
        "(the GoogLeNet idea), sized for 28x28 digits.",
        native_size=28,
        min_size=16,
        channels=(1, 3),
        options=("init",),
        builder=build_inception,
    )
)
register(
    ArchSpec(
        name="resnet",
        title="Small residual net",
        description="Adds shortcuts that skip over pairs of 3x3 convolutions so learning signals pass "
        "easily (the ResNet idea), sized for 28x28 digits.",
        native_size=28,
        min_size=16,
        channels=(1, 3),
        options=("init",),
        builder=build_resnet,
    )
)
