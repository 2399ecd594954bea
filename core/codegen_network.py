"""A network file written out as a plain ``nn.Module`` class, layer by layer, for the code behind a run.

Every layer kind has a writer (``LAYER_CODE``) that gives the PyTorch expression making it, with its input size
filled in from the shape checks. The tutorials' blocks (Inception, residual, the enlarging layer) are copied into
the script as classes; torchvision's blocks are imported from torchvision. Layers are created in the same order
as the app creates them, so the same seed gives the same starting weights.
"""

from __future__ import annotations

import inspect
from typing import Callable

from core.archs._layers import LEAKY_SLOPE, ResizeInput
from core.archs.blocks import InceptionA, ResidualBlock
from core.archs.layer_kinds import CLASSES, Shape
from core.archs.network_file import NetworkFile
from core.archs.network_shapes import LayerShape, check

Writer = Callable[[Shape, dict, int], str]


def _window(name: str, s: Shape, o: dict) -> str:
    args = [f"kernel_size={o['kernel']}", f"stride={o['stride']}"]
    args += [f"padding={o['padding']}"] if o["padding"] else []
    args += ["ceil_mode=True"] if o.get("ceil_mode") else []
    return f"nn.{name}({', '.join(args)})"


def _conv(s: Shape, o: dict, n: int) -> str:
    args = [str(s[0]), str(o["channels"]), f"kernel_size={o['kernel']}"]
    args += [f"stride={o['stride']}"] if o["stride"] != 1 else []
    args += [f"padding={o['padding']}"] if o["padding"] else []
    args += [] if o["bias"] else ["bias=False"]
    return f"nn.Conv2d({', '.join(args)})"


def _linear(s: Shape, o: dict, n: int) -> str:
    units = n if o["units"] == CLASSES else o["units"]
    return f"nn.Linear({s[0]}, {units}{'' if o['bias'] else ', bias=False'})"


LAYER_CODE: dict[str, Writer] = {
    "conv": _conv,
    "maxpool": lambda s, o, n: _window("MaxPool2d", s, o),
    "avgpool": lambda s, o, n: _window("AvgPool2d", s, o),
    "sigmoid": lambda s, o, n: "nn.Sigmoid()",
    "tanh": lambda s, o, n: "nn.Tanh()",
    "relu": lambda s, o, n: "nn.ReLU()",
    "leakyrelu": lambda s, o, n: f"nn.LeakyReLU({LEAKY_SLOPE})",
    "batchnorm": lambda s, o, n: f"nn.BatchNorm{2 if len(s) == 3 else 1}d({s[0]})",
    "dropout": lambda s, o, n: f"nn.Dropout({o['p']})",
    "flatten": lambda s, o, n: "nn.Flatten()",
    "linear": _linear,
    "global_avgpool": lambda s, o, n: f"nn.AdaptiveAvgPool2d({o['size']})",
    "resize": lambda s, o, n: f"ResizeInput({o['size']})",
    "inception": lambda s, o, n: f"InceptionA({s[0]})",
    "residual": lambda s, o, n: f"ResidualBlock({s[0]})",
    "conv_bn_relu": lambda s, o, n: (
        f"BasicConv2d({s[0]}, {o['channels']}, kernel_size={o['kernel']}, stride={o['stride']}, padding={o['padding']})"
    ),
    "basic_block": lambda s, o, n: f"resnet_block({s[0]}, {o['channels']}, stride={o['stride']})",
    "googlenet_inception": lambda s, o, n: "Inception({}, {})".format(
        s[0], ", ".join(str(o[k]) for k in ("ch1x1", "ch3x3red", "ch3x3", "ch5x5red", "ch5x5", "pool_proj"))
    ),
}

_RESNET_BLOCK = '''
def resnet_block(in_channels, channels, stride=1):
    """torchvision's ResNet block; a 1x1 convolution on the shortcut when the shape changes (as in ResNet-18)."""
    shortcut = None
    if stride != 1 or in_channels != channels:
        shortcut = nn.Sequential(conv1x1(in_channels, channels, stride), nn.BatchNorm2d(channels))
    return BasicBlock(in_channels, channels, stride, shortcut)
'''

# What a kind needs in the script besides torch.nn: (imports, helper code), each written once.
NEEDS: dict[str, tuple[str, str]] = {
    "resize": ("import torch.nn.functional as F", inspect.getsource(ResizeInput)),
    "inception": ("", inspect.getsource(InceptionA)),
    "residual": ("", inspect.getsource(ResidualBlock)),
    "conv_bn_relu": ("from torchvision.models.googlenet import BasicConv2d", ""),
    "googlenet_inception": ("from torchvision.models.googlenet import Inception", ""),
    "basic_block": ("from torchvision.models.resnet import BasicBlock, conv1x1", _RESNET_BLOCK),
}


def _shape_words(shape: Shape) -> str:
    return " x ".join(str(d) for d in shape)


def network_code(net: NetworkFile, in_channels: int, image_size: int, num_classes: int) -> tuple[list[str], str]:
    """(the imports the network needs, the code of its helper classes and of ``class Net``)."""
    rows = check(net, in_channels, image_size, num_classes)
    kinds = dict.fromkeys(r.layer.kind for r in rows)
    imports = [NEEDS[k][0] for k in kinds if k in NEEDS and NEEDS[k][0]]
    helpers = [NEEDS[k][1].strip() for k in kinds if k in NEEDS and NEEDS[k][1]]
    body, forward = _layers(rows, num_classes)
    title = net.name or "Your own network"
    code = "\n\n\n".join(
        [
            *helpers,
            f'class Net(nn.Module):\n    """{title}: {len(rows)} layers, for {in_channels} x {image_size} x '
            f'{image_size} images and {num_classes} classes."""\n\n'
            "    def __init__(self):\n        super().__init__()\n" + "\n".join(body) + "\n\n"
            "    def forward(self, x):\n" + "\n".join(forward) + "\n        return x",
        ]
    )
    return imports, code


def _layers(rows: list[LayerShape], num_classes: int) -> tuple[list[str], list[str]]:
    """The lines of ``__init__`` (one module a layer, its output shape as a comment) and of ``forward``."""
    counts: dict[str, int] = {}
    body, forward, pending_flatten = [], [], False
    for row in rows:
        kind, options = row.layer.kind, row.layer.option_dict
        if kind == "flatten" and not options["layer"]:
            pending_flatten = True
            continue
        if row.flatten_before or pending_flatten:
            forward.append("        x = torch.flatten(x, 1)  # the picture as one list of numbers")
            pending_flatten = False
        counts[kind] = counts.get(kind, 0) + 1
        name = f"{kind}{counts[kind]}"
        expression = LAYER_CODE[kind](row.in_shape, options, num_classes)
        body.append(f"        self.{name} = {expression}  # -> {_shape_words(row.out_shape)}")
        forward.append(f"        x = self.{name}(x)")
    return body, forward
