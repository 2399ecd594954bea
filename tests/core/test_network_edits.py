"""The network editor's edits (core.archs.network_edits): each gives a new network, checked as a file is."""

from __future__ import annotations

import pytest

from core.archs import network_edits as edits
from core.archs.network_file import NetworkError, NetworkFile, make_layer, repeat

CONV, RELU, LINEAR = make_layer("conv", channels=8), make_layer("relu"), make_layer("linear")


def kinds(net: NetworkFile) -> list:
    return [la.kind if la.kind != "repeat" else [la.times, *(x.kind for x in la.layers)] for la in net.layers]


def test_insert_remove_duplicate_move_and_set():
    net = NetworkFile((CONV, LINEAR))
    net = edits.insert(net, (1,), RELU)
    assert kinds(net) == ["conv", "relu", "linear"]
    assert kinds(edits.insert(net, (), make_layer("flatten"))) == ["conv", "relu", "linear", "flatten"]
    assert kinds(edits.duplicate(net, (0,))) == ["conv", "conv", "relu", "linear"]
    assert kinds(edits.move(net, (2,), (0,))) == ["linear", "conv", "relu"]
    assert kinds(edits.remove(net, (1,))) == ["conv", "linear"]
    wider = edits.set_layer(net, (0,), make_layer("conv", channels=32))
    assert edits.layer_at(wider, (0,)).option_dict["channels"] == 32
    assert edits.layer_at(net, (0,)).option_dict["channels"] == 8  # the network before is untouched


def test_repeat_wraps_unwraps_and_edits_inside():
    net = edits.wrap_in_repeat(NetworkFile((CONV, RELU, LINEAR)), (1,), 3)
    assert kinds(net) == ["conv", [3, "relu"], "linear"]
    net = edits.insert(net, (1, 0), CONV)
    assert kinds(net) == ["conv", [3, "conv", "relu"], "linear"]
    assert edits.layer_at(net, (1, 1)).kind == "relu"
    assert kinds(edits.unwrap(net, (1,))) == ["conv", "conv", "relu", "linear"]
    assert kinds(edits.move(net, (2,), (1, 2))) == ["conv", [3, "conv", "relu", "linear"]]


def test_an_edit_a_file_cannot_hold_is_refused_in_words():
    net = NetworkFile((repeat(2, RELU), LINEAR))
    with pytest.raises(NetworkError, match="no layers to repeat") as refused:
        edits.remove(net, (0, 0))
    assert refused.value.path == (0,)
    deep = NetworkFile((RELU,))
    for _ in range(4):  # repeats inside repeats, 4 deep: what a file may hold
        deep = edits.wrap_in_repeat(deep, (0,))
    with pytest.raises(NetworkError, match="nested more than"):
        edits.wrap_in_repeat(deep, (0,))
