"""What core says about a network file (core.archs.network_file, network_shapes, layer_kinds) in the user's
language: the sentences the network editor shows at the layer at fault, as templates for gui.core_texts.core_tr,
and the layer kinds' titles, help and option help for its static texts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

NETWORK_TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "core",
        "Layer {layer}: this {k}x{k} {what} gets a {h}x{w} picture: set its padding to {pad} or use a smaller "
        "kernel, or remove the pooling above it.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Layer {layer}: this {k}x{k} {what} gets a {h}x{w} picture: set its padding to {pad} or use a smaller kernel.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Layer {layer}: this residual block adds its input to what its convolutions make, so both need the same "
        "channels: it gets {got} channels but is set to {set}; set its channels to {got} (or 0 to follow its "
        "input), or put a 1x1 convolution with {set} channels above it.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        'The network is empty: add layers, ending with a linear layer of "classes" units (one output per class), '
        "or start from a built-in network.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Layer {layer}: the network has {total} weights ({worst} of them in this {label}): training it needs about "
        "{gb} GB of memory, more than a computer has to spare (at most {most} weights).",
    ),
    QT_TRANSLATE_NOOP("core", "Use fewer channels or units, or more pooling before the linear layers."),
    QT_TRANSLATE_NOOP(
        "core",
        "{source} was written by a newer CNN Playground (network file version {newer}); this one reads version {ours}.",
    ),
    QT_TRANSLATE_NOOP("core", "Update CNN Playground, or save the network from the newer one as version {ours}."),
    QT_TRANSLATE_NOOP(
        "core",
        "Layer {layer}: this {label} needs a picture (channels x height x width), but the layers above it make "
        "{what}: move it above the flatten and linear layers.",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Layer {layer}: the network ends with {what}, but it must end with one number per class: add a linear "
        'layer of "classes" units at the end.',
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "Layer {layer}: the network ends with {n} outputs, but these images have {classes} classes: end with a "
        'linear layer of "classes" units (one output per class).',
    ),
    QT_TRANSLATE_NOOP("core", "Layer {layer}: this repeat has no layers to repeat: add some, or remove it."),
    QT_TRANSLATE_NOOP("core", "a flat list of {n} numbers"),
    QT_TRANSLATE_NOOP("core", "a {h}x{w} picture with {c} channels"),
    QT_TRANSLATE_NOOP("core", "a {h}x{w} picture with {c} channel"),
    QT_TRANSLATE_NOOP("core", "convolution"),
    QT_TRANSLATE_NOOP("core", "max pooling"),
    QT_TRANSLATE_NOOP("core", "average pooling"),
)


def layer_texts() -> list[str]:
    """Every layer kind's title and help, and each option's help (core.archs.layer_kinds)."""
    from core.archs.layer_kinds import LAYER_KINDS

    return [w for kind in LAYER_KINDS for w in (kind.title, kind.help, *(f.help for f in kind.fields))]
