"""The tr() template of each message of core.messages.network_shapes."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import network_shapes as said

TEMPLATES = {
    said.FlatList: QT_TRANSLATE_NOOP("Messages", "a flat list of {n:,} numbers"),
    said.Picture: QT_TRANSLATE_NOOP("Messages", "a {h}x{w} picture with {c} channels"),
    said.PictureOfOneChannel: QT_TRANSLATE_NOOP("Messages", "a {h}x{w} picture with 1 channel"),
    said.ModelCannotTake: QT_TRANSLATE_NOOP("Messages", "The model cannot take {c}x{size}x{size} images: {why}"),
    said.EmptyNetwork: QT_TRANSLATE_NOOP(
        "Messages",
        'The network is empty: add layers, ending with a linear layer of "classes" units (one output per '
        "class), or start from a built-in network.",
    ),
    said.NeedsAPicture: QT_TRANSLATE_NOOP(
        "Messages",
        "this {title} needs a picture (channels x height x width), but the layers above it make {shape}: move "
        "it above the flatten and linear layers.",
    ),
    said.WindowTooLarge: QT_TRANSLATE_NOOP(
        "Messages", "this {k}x{k} {title} gets a {h}x{w} picture: set its padding to {pad} or use a smaller kernel"
    ),
    said.PaddingOverHalf: QT_TRANSLATE_NOOP(
        "Messages", "its padding ({padding}) is more than half its kernel ({kernel}): set it to {half}"
    ),
    said.ResidualChannels: QT_TRANSLATE_NOOP(
        "Messages",
        "this residual block adds its input to what its convolutions make, so both need the same channels: it "
        "gets {got} channels but is set to {set}; set its channels to {got} (or 0 to follow its input), or "
        "put a 1x1 convolution with {set} channels above it",
    ),
    said.Misfit: QT_TRANSLATE_NOOP("Messages", "{misfit}."),
    said.MisfitBelowPooling: QT_TRANSLATE_NOOP("Messages", "{misfit}, or remove the pooling above it."),
    said.LayerCannotTake: QT_TRANSLATE_NOOP("Messages", "this {title} cannot take {shape} ({why})."),
    said.LayerLeavesNothing: QT_TRANSLATE_NOOP(
        "Messages",
        "this {title} gets {shape} and leaves nothing of it: use a smaller stride or kernel, or remove the "
        "pooling above it.",
    ),
    said.EndsWithAPicture: QT_TRANSLATE_NOOP(
        "Messages",
        "the network ends with {shape}, but it must end with one number per class: add a linear layer of "
        '"classes" units at the end.',
    ),
    said.WrongNumberOfOutputs: QT_TRANSLATE_NOOP(
        "Messages",
        "the network ends with {n:,} outputs, but these images have {classes} classes: end with a linear "
        'layer of "classes" units (one output per class).',
    ),
    said.TooManyWeights: QT_TRANSLATE_NOOP(
        "Messages",
        "the network has {total:,} weights ({worst:,} of them in this {title}): training it needs about "
        "{gb:,.0f} GB of memory, more than a computer has to spare (at most {most:,} weights). Use fewer "
        "channels or units, or more pooling before the linear layers.",
    ),
}
