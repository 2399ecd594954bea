"""What core says about your own network: its file, its layers' shapes, and a card that carries one."""

from __future__ import annotations

from core.messages.base import Message, MessageError, RawText, said


@said("it is your own network but carries no network file")
class NoNetworkFile(Message):
    pass


@said("its network file cannot be used ({why})", why=RawText("Layer 2: unknown kind 'conv3d'"))
class NetworkFileUnusable(Message):
    why: Message


@said("its network does not fit its images ({why})", why=RawText("Layer 2: the image is 1x1 pixels"))
class NetworkDoesNotFit(Message):
    why: Message


@said(
    "{size}x{size} images are too small for these layers: choose a larger image size, or a network with fewer "
    "poolings.",
    size=8,
)
class ImagesTooSmallForLayers(Message):
    size: int


class LayersTooBig(MessageError, ValueError):
    """The images shrink to nothing inside the network (a ValueError, as callers of ``flat_size`` expect)."""


@said("This network has no final Linear layer, so it has no last hidden layer to map.")
class NoLastHiddenLayer(Message):
    pass


@said(
    "The code can be written for torchvision's datasets ({datasets}), not for {dataset}.",
    literal=("datasets", "dataset"),
    datasets="mnist, fashion-mnist, kmnist, cifar10",
    dataset="'my-digits'",
)
class CodeOnlyForTorchvisionData(Message):
    datasets: str  # their names, as the settings write them
    dataset: str
