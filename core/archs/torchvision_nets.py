"""ResNet-18 and GoogLeNet from torchvision, trained from scratch (weights=None).

For 1-channel images the first convolution is swapped for a 1-channel one
(initialised as torchvision does); nothing else changes. Images are not
resized: both end in an adaptive average pool, so 28x28 works (the last
feature maps are 1x1). ReLU modules are made non-in-place so forward hooks see
each layer's own output.
"""

from __future__ import annotations

from torch import nn

from core.archs._base import ArchSpec, register
from core.archs._layers import set_feature_layers


def _no_inplace(model: nn.Module) -> nn.Module:
    for m in model.modules():
        if isinstance(m, nn.ReLU):
            m.inplace = False
    return model


def build_resnet18(in_channels, image_size, num_classes):
    from torchvision import models  # imported on use: torchvision takes seconds to import

    model = models.resnet18(weights=None, num_classes=num_classes)
    if in_channels != 3:
        model.conv1 = nn.Conv2d(in_channels, 64, kernel_size=7, stride=2, padding=3, bias=False)
        nn.init.kaiming_normal_(model.conv1.weight, mode="fan_out", nonlinearity="relu")
    blocks = [f"layer{i}.{j}" for i in range(1, 5) for j in range(2)]
    return set_feature_layers(_no_inplace(model), ["conv1", *blocks])


def build_googlenet(in_channels, image_size, num_classes):
    from torchvision import models  # imported on use: torchvision takes seconds to import
    from torchvision.models.googlenet import BasicConv2d

    model = models.googlenet(weights=None, num_classes=num_classes, aux_logits=False, init_weights=True)
    if in_channels != 3:
        model.conv1 = BasicConv2d(in_channels, 64, kernel_size=7, stride=2, padding=3)
        nn.init.trunc_normal_(model.conv1.conv.weight, mean=0.0, std=0.01, a=-2, b=2)
    names = [
        "conv1",
        "conv2",
        "conv3",
        "inception3a",
        "inception3b",
        *[f"inception4{c}" for c in "abcde"],
        "inception5a",
        "inception5b",
    ]
    return set_feature_layers(_no_inplace(model), names)


register(
    ArchSpec(
        name="resnet18",
        title="ResNet-18 (torchvision)",
        description="torchvision's 18-layer residual network (11M weights), trained from scratch; "
        "made for 224 px photos but fine on small images.",
        native_size=224,
        min_size=1,
        channels=(1, 3),
        options=(),
        builder=build_resnet18,
    )
)
register(
    ArchSpec(
        name="googlenet",
        title="GoogLeNet (torchvision)",
        description="torchvision's 22-layer Inception network (6M weights), trained from scratch; "
        "made for 224 px photos but fine on small images.",
        native_size=224,
        min_size=15,
        channels=(1, 3),
        options=(),
        builder=build_googlenet,
    )
)
