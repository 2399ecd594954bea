"""What checking a network against its images says (core.archs.network_shapes, the layer kinds' misfits): at
which layer the shapes stop fitting and what to change there."""

from __future__ import annotations

from core.messages.base import Message, said


@said("a flat list of {n:,} numbers", n=784)
class FlatList(Message):
    n: int


@said("a {h}x{w} picture with {c} channels", h=7, w=7, c=16)
class Picture(Message):
    h: int
    w: int
    c: int


@said("a {h}x{w} picture with 1 channel", h=28, w=28)
class PictureOfOneChannel(Message):
    h: int
    w: int


@said(
    "The model cannot take {c}x{size}x{size} images: {why}",
    literal=("why",),
    c=1,
    size=28,
    why="mat1 and mat2 shapes cannot be multiplied (1x400 and 256x120)",
)
class ModelCannotTake(Message):
    c: int
    size: int
    why: str  # PyTorch's own words


@said(
    'The network is empty: add layers, ending with a linear layer of "classes" units (one output per class), or '
    "start from a built-in network."
)
class EmptyNetwork(Message):
    pass


@said(
    "this {title} needs a picture (channels x height x width), but the layers above it make {shape}: move it "
    "above the flatten and linear layers.",
    title="Convolution",
    shape=FlatList(784),
    mid_sentence=("title",),
)
class NeedsAPicture(Message):
    title: str
    shape: Message


@said(
    "this {k}x{k} {title} gets a {h}x{w} picture: set its padding to {pad} or use a smaller kernel",
    title="Max pooling",
    k=5,
    h=4,
    w=4,
    pad=2,
    mid_sentence=("title",),
)
class WindowTooLarge(Message):
    title: str
    k: int
    h: int
    w: int
    pad: int


@said("its padding ({padding}) is more than half its kernel ({kernel}): set it to {half}", padding=2, kernel=3, half=1)
class PaddingOverHalf(Message):
    padding: int
    kernel: int
    half: int


@said(
    "this residual block adds its input to what its convolutions make, so both need the same channels: it gets "
    "{got} channels but is set to {set}; set its channels to {got} (or 0 to follow its input), or put a 1x1 "
    "convolution with {set} channels above it",
    got=16,
    set=32,
)
class ResidualChannels(Message):
    got: int
    set: int


@said("{misfit}.", misfit=ResidualChannels(16, 32))
class Misfit(Message):
    """A layer kind's misfit, as a sentence."""

    misfit: Message


@said("{misfit}, or remove the pooling above it.", misfit=WindowTooLarge("Convolution", 5, 2, 2, 2))
class MisfitBelowPooling(Message):
    """A misfit under a layer that shrinks the picture: removing that is the other way out."""

    misfit: Message


@said(
    "this {title} cannot take {shape} ({why}).",
    literal=("why",),
    title="Linear (fully connected)",
    shape=FlatList(0),
    why="cannot create a tensor of that size",
    mid_sentence=("title",),
)
class LayerCannotTake(Message):
    title: str
    shape: Message
    why: str  # PyTorch's own words


@said(
    "this {title} gets {shape} and leaves nothing of it: use a smaller stride or kernel, or remove the pooling "
    "above it.",
    title="Max pooling",
    shape=Picture(1, 1, 16),
    mid_sentence=("title",),
)
class LayerLeavesNothing(Message):
    title: str
    shape: Message


@said(
    'the network ends with {shape}, but it must end with one number per class: add a linear layer of "classes" '
    "units at the end.",
    shape=Picture(4, 4, 16),
)
class EndsWithAPicture(Message):
    shape: Message


@said(
    "the network ends with {n:,} outputs, but these images have {classes} classes: end with a linear layer of "
    '"classes" units (one output per class).',
    n=100,
    classes=10,
)
class WrongNumberOfOutputs(Message):
    n: int
    classes: int


@said(
    "the network has {total:,} weights ({worst:,} of them in this {title}): training it needs about {gb:,.0f} GB "
    "of memory, more than a computer has to spare (at most {most:,} weights). Use fewer channels or units, or "
    "more pooling before the linear layers.",
    total=400_000_000,
    worst=390_000_000,
    title="Linear (fully connected)",
    gb=6.4,
    most=200_000_000,
    mid_sentence=("title",),
)
class TooManyWeights(Message):
    total: int
    worst: int
    title: str
    gb: float
    most: int
