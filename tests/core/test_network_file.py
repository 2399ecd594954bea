"""Network files: every built-in network round-trips through one, shapes are checked at the right layer in words,
and crafted or damaged files are refused in words."""

from __future__ import annotations

import json

import pytest
import torch

from core import archs
from core.archs.custom import build_network
from core.network_export import from_arch
from core.archs.network_file import FORMAT, NetworkError, NetworkFile, kind_names, make_layer, repeat
from core.archs.network_shapes import MAX_WEIGHTS, check
from core import messages as said
from core.summary import summarize

pytestmark = pytest.mark.usefixtures("one_torch_thread")

BUILT_IN = [spec.name for spec in archs.list_archs()]
# (channels, size, classes): grey and colour, 28 to 227 px, few and many classes
DATASET_SHAPES = [(1, 28, 10), (3, 32, 7), (3, 64, 26), (1, 100, 2), (3, 227, 100)]


def table(model: torch.nn.Module, channels: int, size: int) -> list[tuple]:
    """The layer table without the names (a copy names its layers conv1, relu1 ... by kind)."""
    summary = summarize(model, channels, size)
    return [(r.kind, r.out_shape, r.params, r.flops, r.receptive_field) for r in summary.rows]


@pytest.mark.parametrize("arch", BUILT_IN)
def test_every_built_in_network_rebuilds_from_its_file_with_the_same_layer_table(arch):
    shapes = [(1, 28, 10)] if arch == "alexnet" else [(1, 28, 10), (3, 32, 7)]  # AlexNet: ~5 s a summary
    for channels, size, classes in shapes:
        copy = NetworkFile.from_json(from_arch(arch, channels, size).to_json())  # through the text, as saved
        original = archs.build(arch, channels, size, classes)
        rebuilt = build_network(channels, size, classes, network=copy.canonical())
        assert table(rebuilt, channels, size) == table(original, channels, size)
        assert sum(p.numel() for p in rebuilt.parameters()) == sum(p.numel() for p in original.parameters())


@pytest.mark.parametrize("arch", BUILT_IN)
def test_a_copy_fits_every_dataset_shape_its_original_fits(arch):
    copy = from_arch(arch)
    for channels, size, classes in DATASET_SHAPES:
        if archs.fit_problem(arch, channels, size) is None:
            rows = check(copy, channels, size, classes)
            assert rows[-1].out_shape == (classes,)


def test_the_classifier_input_follows_the_layers_above_it():
    net = NetworkFile((make_layer("conv", channels=8, kernel=3), make_layer("maxpool"), make_layer("linear")))
    for size, width in [(28, 8 * 13 * 13), (32, 8 * 15 * 15), (64, 8 * 31 * 31)]:
        model = build_network(1, size, 5, network=net.canonical())
        assert model.linear1.in_features == width
        assert model(torch.zeros(2, 1, size, size)).shape == (2, 5)


def test_repeat_and_a_small_residual_net_train_a_step():
    net = NetworkFile(
        (
            make_layer("conv", channels=8, kernel=3, padding=1),
            make_layer("relu"),
            repeat(2, make_layer("residual")),
            make_layer("global_avgpool"),
            make_layer("flatten"),
            make_layer("linear"),
        )
    )
    model = build_network(3, 32, 4, network=net.canonical()).train()
    assert [n for n, _ in model.named_children()][2:4] == ["residual1", "residual2"]
    assert [n for n, _ in model.feature_layers] == ["conv1", "residual1", "residual2"]
    loss = torch.nn.functional.cross_entropy(model(torch.rand(4, 3, 32, 32)), torch.tensor([0, 1, 2, 3]))
    loss.backward()
    assert model.conv1.weight.grad is not None


def _bad(*layers, size=28, channels=1, classes=10) -> NetworkError:
    with pytest.raises(NetworkError) as caught:
        check(NetworkFile(tuple(layers)), channels, size, classes)
    return caught.value


def test_too_small_names_the_layer_and_the_padding_that_fits():
    error = _bad(
        make_layer("conv", channels=6, kernel=5),
        make_layer("maxpool"),
        make_layer("conv", channels=16, kernel=5),
        make_layer("maxpool"),
        make_layer("conv", channels=32, kernel=5),
        make_layer("linear"),
    )
    assert error.path == (4,)
    misfit = said.WindowTooLarge("Convolution", k=5, h=4, w=4, pad=2)
    assert error.msg == said.AtLayer("5", said.MisfitBelowPooling(misfit))  # typed: the window says it in its words
    assert str(error.msg.what) == (
        "this 5x5 convolution gets a 4x4 picture: set its padding to 2 or use a smaller kernel, "
        "or remove the pooling above it."
    )
    assert str(error).startswith("Layer 5: ")


def test_too_small_inside_a_repeat_points_into_it():
    error = _bad(make_layer("conv"), repeat(5, make_layer("maxpool"), make_layer("relu")), make_layer("linear"))
    assert error.path == (1, 0) and str(error).startswith("Layer 2.1: this 2x2 max pooling gets a 1x1 picture")


def test_wrong_channels_and_wrong_order_say_what_to_change():
    error = _bad(make_layer("conv", channels=16), make_layer("residual", channels=8), make_layer("linear"))
    assert error.path == (1,) and "it gets 16 channels but is set to 8; set its channels to 16" in str(error.msg.what)
    error = _bad(make_layer("flatten"), make_layer("conv"), make_layer("linear"))
    assert error.path == (1,) and "move it above the flatten and linear layers" in str(error.msg.what)


def test_empty_network_and_wrong_ending():
    assert "The network is empty" in str(_bad())
    error = _bad(make_layer("conv"), make_layer("relu"))
    assert error.path == (1,) and 'add a linear layer of "classes" units at the end' in str(error.msg.what)
    error = _bad(make_layer("linear", units=12), classes=10)
    assert "12 outputs, but these images have 10 classes" in str(error.msg.what)


def test_too_many_weights_points_at_the_biggest_layer_without_allocating_it():
    error = _bad(make_layer("linear", units=1_000_000), make_layer("linear", units=1_000_000), make_layer("linear"))
    assert error.path == (1,) and f"at most {MAX_WEIGHTS:,} weights" in str(error.msg.what)
    assert "GB of memory" in str(error.msg.what)


def _file(**changes) -> str:
    return json.dumps({"format": FORMAT, "version": 1, "layers": [{"kind": "linear"}], **changes})


@pytest.mark.parametrize(
    "text, words",
    [
        (_file(version=2), "written by a newer CNN Playground (network file version 2)"),
        ("", "not valid JSON"),
        ("[1, 2, 3]", "is not a network file"),
        ('{"format": "cnn-playground-network", "version": 1, "layers": [{"kind": "relu", "x": NaN}]}', "NaN"),
        (_file(layers=[{"kind": "convv"}]), "did you mean 'conv'?"),
        (_file(layers=[{"kind": "conv", "chanels": 3}]), "unknown option 'chanels' (did you mean 'channels'?)"),
        (_file(layers=[{"kind": "conv", "channels": 10**40}]), "from 1 up to 4096"),
        (_file(layers=[{"kind": "conv", "channels": "16"}]), "must be a whole number"),
        (
            _file(
                layers=[{"kind": "repeat", "times": 100, "layers": [{"kind": "repeat", "times": 100, "layers": [{}]}]}]
            ),
            "unknown layer kind",
        ),
        (
            _file(
                layers=[
                    {
                        "kind": "repeat",
                        "times": 100,
                        "layers": [{"kind": "repeat", "times": 100, "layers": [{"kind": "relu"}]}],
                    }
                ]
            ),
            "more than 2000 layers",
        ),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
        (_file(init="magic"), "choose one of default, xavier, kaiming"),
        (_file(code="import os"), "unknown option 'code'"),
    ],
)
def test_crafted_or_damaged_files_are_refused_in_words(text, words):
    with pytest.raises(NetworkError, match=None) as caught:
        NetworkFile.from_json(text, "net.json")
    assert words in str(caught.value)


def test_file_round_trip_and_layer_kinds(tmp_path):
    path = tmp_path / "net.json"
    copy = from_arch("inception")
    copy.write(path)
    assert NetworkFile.read(path) == copy
    assert json.loads(path.read_text())["layers"][0] == {
        "kind": "conv",
        "channels": 10,
        "kernel": 5,
        "stride": 1,
        "padding": 0,
        "bias": True,
    }
    kinds = set(kind_names())
    assert {"conv", "maxpool", "avgpool", "batchnorm", "dropout", "flatten", "linear", "global_avgpool"} <= kinds
    assert {"inception", "residual", "repeat"} <= kinds and set(archs.ACTIVATIONS) <= kinds
    with pytest.raises(NetworkError, match="Could not read the network file"):
        NetworkFile.read(tmp_path / "missing.json")


@pytest.mark.parametrize("kind", ["conv", "maxpool", "avgpool", "conv_bn_relu", "basic_block"])
def test_the_arithmetic_shapes_are_pytorchs(kind):
    """The live check computes shapes by formula; a real forward pass must agree, edges included."""
    spec = make_layer(kind).spec
    names = {f.name for f in spec.fields}
    for side in (5, 7, 28):
        for kernel, stride, padding, ceil in [(2, 2, 0, False), (3, 2, 1, True), (3, 3, 0, True), (5, 1, 2, False)]:
            options = {"kernel": kernel, "stride": stride, "padding": padding, "ceil_mode": ceil, "channels": 4}
            shape = (3, side, side)
            try:
                layer = make_layer(kind, **{k: v for k, v in options.items() if k in names})
                rows = check(NetworkFile((layer, make_layer("linear"))), 3, side, 2)
            except NetworkError:
                continue  # refused in words; whether PyTorch would refuse too is not the point here
            module = spec.make(shape, layer.option_dict, 2).eval()
            with torch.no_grad():
                assert rows[0].out_shape == tuple(module(torch.zeros(1, *shape)).shape[1:]), (layer, side)
            assert rows[0].params == sum(p.numel() for p in module.parameters())
