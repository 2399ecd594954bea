"""The tr() template of each message of core.messages.networks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import networks as said

TEMPLATES = {
    said.NoNetworkFile: QT_TRANSLATE_NOOP("Messages", "it is your own network but carries no network file"),
    said.NetworkFileUnusable: QT_TRANSLATE_NOOP("Messages", "its network file cannot be used ({why})"),
    said.NetworkDoesNotFit: QT_TRANSLATE_NOOP("Messages", "its network does not fit its images ({why})"),
    said.ImagesTooSmallForLayers: QT_TRANSLATE_NOOP(
        "Messages",
        "{size}x{size} images are too small for these layers: choose a larger image size, or a network with fewer "
        "poolings.",
    ),
    said.NoLastHiddenLayer: QT_TRANSLATE_NOOP(
        "Messages", "This network has no final Linear layer, so it has no last hidden layer to map."
    ),
    said.CodeOnlyForTorchvisionData: QT_TRANSLATE_NOOP(
        "Messages", "The code can be written for torchvision's datasets ({datasets}), not for {dataset}."
    ),
}
