"""Block layer kinds for network files: the tutorials' Inception and residual blocks (core.archs.blocks), and
torchvision's conv-bn-relu, residual and Inception blocks that ResNet-18 and GoogLeNet are made of.

torchvision is imported only when one of its blocks is built (it takes seconds to import).
"""

from __future__ import annotations

from torch import nn

from core.archs.blocks import InceptionA, ResidualBlock
from core.messages.base import Message
from core.messages.network_shapes import ResidualChannels
from core.archs.layer_spec import Field, LayerKind, Shape, _pair, register, type_name, window_misfit, window_shape

_CHANNELS = Field("channels", int, 64, "How many output channels.", 1, 4096)


def _residual_misfit(shape: Shape, o: dict) -> Message | None:
    return None if o["channels"] in (0, shape[0]) else ResidualChannels(shape[0], o["channels"])


register(
    LayerKind(
        "inception",
        "Inception block (small)",
        "1x1, 3x3 and 5x5 filters and a pooling side by side, their 16 + 24 + 24 + 24 = 88 channels stacked "
        "(the tutorials' block).",
        (),
        lambda s, o, n: InceptionA(s[0]),
        lambda o: "Inception block",
        (type_name(InceptionA),),
        lambda m: {},
        picture_input=True,
        out_shape=lambda s, o, n: (InceptionA.out_channels, *s[1:]),
    )
)
register(
    LayerKind(
        "residual",
        "Residual block (small)",
        "Two 3x3 convolutions that keep the shape, with a shortcut that adds the block's input to their "
        "output (the tutorials' block).",
        (Field("channels", int, 0, "Its channels: the same as its input's (0 follows the input).", 0, 4096),),
        lambda s, o, n: ResidualBlock(s[0]),
        lambda o: "residual block",
        (type_name(ResidualBlock),),
        lambda m: dict(channels=m.conv1.in_channels),
        _residual_misfit,
        picture_input=True,
    )
)


def _basic_conv(s: Shape, o: dict, n: int) -> nn.Module:
    from torchvision.models.googlenet import BasicConv2d

    return BasicConv2d(s[0], o["channels"], kernel_size=o["kernel"], stride=o["stride"], padding=o["padding"])


def _basic_conv_options(m) -> dict | None:
    conv = m.conv
    return dict(
        channels=conv.out_channels,
        kernel=_pair(conv.kernel_size),
        stride=_pair(conv.stride),
        padding=_pair(conv.padding),
    )


register(
    LayerKind(
        "conv_bn_relu",
        "Conv + batch norm + ReLU",
        "A convolution without bias, batch norm and ReLU in one block (torchvision's BasicConv2d, GoogLeNet's stem).",
        (
            _CHANNELS,
            Field("kernel", int, 3, "The side of the square window.", 1, 31),
            Field("stride", int, 1, "How far the window moves each step.", 1, 16),
            Field("padding", int, 0, "Zero pixels added around the picture.", 0, 15),
        ),
        _basic_conv,
        lambda o: f"{o['kernel']}x{o['kernel']} conv + batch norm + ReLU",
        ("torchvision.models.googlenet.BasicConv2d",),
        _basic_conv_options,
        lambda s, o: window_misfit("Convolution", s, o["kernel"], o["padding"]),
        picture_input=True,
        out_shape=lambda s, o, n: window_shape(o["channels"], s, o["kernel"], o["stride"], o["padding"]),
    )
)


def _basic_block(s: Shape, o: dict, n: int) -> nn.Module:
    from torchvision.models.resnet import BasicBlock, conv1x1

    planes, stride = o["channels"], o["stride"]
    down = None
    if stride != 1 or s[0] != planes:  # the shortcut needs a 1x1 projection to the new shape, as in ResNet-18
        down = nn.Sequential(conv1x1(s[0], planes, stride), nn.BatchNorm2d(planes))
    return BasicBlock(s[0], planes, stride, down)


register(
    LayerKind(
        "basic_block",
        "Residual block (ResNet)",
        "ResNet-18's block: two 3x3 convolutions with batch norm and a shortcut; a 1x1 convolution on the "
        "shortcut when the channels or the size change.",
        (_CHANNELS, Field("stride", int, 1, "2 halves the picture (the first block of a new stage).", 1, 2)),
        _basic_block,
        lambda o: f"ResNet block of {o['channels']} channels" + (f", stride {o['stride']}" if o["stride"] > 1 else ""),
        ("torchvision.models.resnet.BasicBlock",),
        lambda m: dict(channels=m.conv1.out_channels, stride=_pair(m.conv1.stride)),
        picture_input=True,
        out_shape=lambda s, o, n: window_shape(o["channels"], s, 3, o["stride"], 1),
    )
)

_BRANCHES = ("ch1x1", "ch3x3red", "ch3x3", "ch5x5red", "ch5x5", "pool_proj")


def _googlenet_inception(s: Shape, o: dict, n: int) -> nn.Module:
    from torchvision.models.googlenet import Inception

    return Inception(s[0], *(o[b] for b in _BRANCHES))


def _googlenet_inception_options(m) -> dict:
    convs = [
        m.branch1.conv,
        m.branch2[0].conv,
        m.branch2[1].conv,
        m.branch3[0].conv,
        m.branch3[1].conv,
        m.branch4[1].conv,
    ]
    return {b: c.out_channels for b, c in zip(_BRANCHES, convs)}


_BRANCH_HELP = {
    "ch1x1": "Channels of the 1x1 branch.",
    "ch3x3red": "Channels of the 1x1 reduction before the 3x3 branch.",
    "ch3x3": "Channels of the 3x3 branch.",
    "ch5x5red": "Channels of the 1x1 reduction before the second branch.",
    "ch5x5": "Channels of the second branch (3x3 in torchvision, named 5x5 after the paper).",
    "pool_proj": "Channels of the 1x1 convolution after the 3x3 max pooling.",
}
register(
    LayerKind(
        "googlenet_inception",
        "Inception block (GoogLeNet)",
        "GoogLeNet's block: four branches with batch norm side by side, their channels stacked.",
        tuple(Field(b, int, 32, _BRANCH_HELP[b], 1, 4096) for b in _BRANCHES),
        _googlenet_inception,
        lambda o: "GoogLeNet Inception block",
        ("torchvision.models.googlenet.Inception",),
        _googlenet_inception_options,
        picture_input=True,
        out_shape=lambda s, o, n: (o["ch1x1"] + o["ch3x3"] + o["ch5x5"] + o["pool_proj"], *s[1:]),
    )
)
