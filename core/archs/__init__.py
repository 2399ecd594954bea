"""Architecture registry: name -> ArchSpec, and ``build`` to make a model.

Plain PyTorch (no Qt). Each family lives in its own module and registers
itself on import. Every built model has ``feature_layers``: (name, module)
pairs of its conv layers / blocks in forward order, named as in
``model.named_modules()``, for views that hook feature maps (empty for the MLP).
"""

from __future__ import annotations

from torch import nn

from core.messages import Message, MessageError
from core.messages import settings as said

from core.archs._base import ACTIVATIONS, ARCHS, INITS, OPTIONS, ArchSpec

# Registration happens on import; the order here is the order in the UI.
from core.archs import lenet, blocks, alexnet, mlp, torchvision_nets, digitnet, custom  # noqa: E402,F401

__all__ = ["ACTIVATIONS", "ARCHS", "INITS", "OPTIONS", "ArchSpec", "build", "fit_problem", "get_arch", "list_archs"]


def list_archs() -> list[ArchSpec]:
    """The built-in networks, which build from their name alone (not "custom", which needs a network file)."""
    return [spec for spec in ARCHS if not spec.from_file]


def get_arch(name: str) -> ArchSpec:
    """The spec for ``name``; KeyError listing the known names otherwise."""
    return ARCHS.get(name)


class NetworkMisfit(MessageError, ValueError):
    """A network that cannot take these images; ``msg`` says why and what to pick instead."""


def fit_problem(name: str, in_channels: int, image_size: int) -> Message | None:
    """None when ``name`` can take these images, else a message saying why not and what to do."""
    spec = get_arch(name)
    if in_channels not in spec.channels:
        return said.WrongChannels(spec.title, tuple(spec.channels), in_channels)
    if image_size < spec.min_size:
        return said.ImagesTooSmallForNet(spec.title, spec.min_size, image_size)
    return None


def _check_options(activation, init, dropout) -> None:
    if activation is not None and activation not in ACTIVATIONS:
        raise ValueError(f"Unknown activation {activation!r}: choose one of {', '.join(ACTIVATIONS)}.")
    if init is not None and init not in INITS:
        raise ValueError(f"Unknown init {init!r}: choose one of {', '.join(INITS)}.")
    if dropout is not None and not 0.0 <= dropout < 1.0:
        raise ValueError(f"Dropout must be at least 0 and below 1, not {dropout}.")


def build(
    name: str,
    in_channels: int,
    image_size: int,
    num_classes: int,
    *,
    activation: str | None = None,
    init: str | None = None,
    dropout: float | None = None,
    batch_norm: bool | None = None,
    network: str | None = None,
) -> nn.Module:
    """Build ``name`` for images of ``in_channels`` x ``image_size`` x ``image_size``.

    A None option means the recipe's own default; ``network`` is a network
    file's text, for "custom". Options the architecture
    does not honour (not in ``spec.options``) are ignored. Raises ValueError
    with ``fit_problem``'s sentence when the images do not fit, or when an
    option or ``num_classes`` is invalid.
    """
    spec = get_arch(name)
    problem = fit_problem(name, in_channels, image_size)
    if problem:
        raise NetworkMisfit(problem)
    if num_classes < 1:
        raise ValueError(f"A classifier needs at least one class, not {num_classes}.")
    _check_options(activation, init, dropout)
    given = {"activation": activation, "init": init, "dropout": dropout, "batch_norm": batch_norm, "network": network}
    options = {k: v for k, v in given.items() if k in spec.options}
    return spec.builder(in_channels, image_size, num_classes, **options)
