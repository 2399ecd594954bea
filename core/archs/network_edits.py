"""Edits of a network file, as the network editor makes them: each takes a NetworkFile and gives a new one
(NetworkFile is frozen, so an undo step keeps the network before and after, nothing else).

A layer is found by its path (core.archs.network_file.Path_): (3,) the fourth layer, (3, 0) the first layer
inside the fourth (a repeat). A result that a file could not hold (an empty repeat, a repeat nested too deep)
is refused with the NetworkError that reading such a file gives.
"""

from __future__ import annotations

from dataclasses import replace

from core.archs.network_file import REPEAT, Layer, NetworkFile, Path_

Layers = tuple[Layer, ...]


def layer_at(net: NetworkFile, path: Path_) -> Layer:
    layers, layer = net.layers, None
    for i in path:
        layer = layers[i]
        layers = layer.layers
    if layer is None:
        raise IndexError("an empty path names no layer")
    return layer


def _with(layers: Layers, path: Path_, change) -> Layers:
    """``layers`` with ``change(siblings, index)`` applied to the list that holds ``path``'s layer."""
    head, *rest = path
    if not rest:
        return tuple(change(list(layers), head))
    inner = layers[head]
    return (*layers[:head], replace(inner, layers=_with(inner.layers, tuple(rest), change)), *layers[head + 1 :])


def _checked(net: NetworkFile) -> NetworkFile:
    """The edited network read back as a file would be: the same checks, the same sentences."""
    return NetworkFile.from_dict(net.to_dict())


def _edit(net: NetworkFile, path: Path_, change) -> NetworkFile:
    def apply(siblings: list, i: int) -> list:
        change(siblings, i)
        return siblings

    return _checked(replace(net, layers=_with(net.layers, path, apply)))


def insert(net: NetworkFile, path: Path_, layer: Layer) -> NetworkFile:
    """``layer`` placed at ``path`` (the layer there and those after move down); a path past the end appends."""
    if not path:
        return _checked(replace(net, layers=(*net.layers, layer)))
    return _edit(net, path, lambda s, i: s.insert(i, layer))


def remove(net: NetworkFile, path: Path_) -> NetworkFile:
    return _edit(net, path, lambda s, i: s.pop(i))


def set_layer(net: NetworkFile, path: Path_, layer: Layer) -> NetworkFile:
    """The layer at ``path`` replaced (its options changed)."""
    return _edit(net, path, lambda s, i: s.__setitem__(i, layer))


def duplicate(net: NetworkFile, path: Path_) -> NetworkFile:
    """A copy of the layer at ``path`` right under it."""
    return insert(net, (*path[:-1], path[-1] + 1), layer_at(net, path))


def move(net: NetworkFile, path: Path_, to: Path_) -> NetworkFile:
    """The layer at ``path`` taken out and put at ``to`` (a path in the network as it is after taking it out)."""
    layer = layer_at(net, path)
    return insert(remove_unchecked(net, path), to, layer)


def remove_unchecked(net: NetworkFile, path: Path_) -> NetworkFile:
    """Without the layer at ``path``, not yet checked (a move may empty a repeat that it refills)."""

    def apply(siblings: list, i: int) -> list:
        siblings.pop(i)
        return siblings

    return replace(net, layers=_with(net.layers, path, apply))


def wrap_in_repeat(net: NetworkFile, path: Path_, times: int = 2) -> NetworkFile:
    """The layer at ``path`` inside a new "repeat ``times`` times" block."""
    block = Layer(REPEAT, (), (layer_at(net, path),), times)
    return set_layer(net, path, block)


def unwrap(net: NetworkFile, path: Path_) -> NetworkFile:
    """A repeat at ``path`` replaced by its layers, once."""
    block = layer_at(net, path)
    if block.kind != REPEAT:
        return net

    def apply(siblings: list, i: int) -> list:
        siblings[i : i + 1] = list(block.layers)
        return siblings

    return _checked(replace(net, layers=_with(net.layers, path, apply)))
