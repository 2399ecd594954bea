"""The architecture registry: every net builds, trains a step, and follows its recipe."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest
import torch
from torch import nn

from core.archs import ACTIVATIONS, ARCHS, INITS, build, fit_problem, get_arch, list_archs
from core.archs._layers import ResizeInput

NAMES = ["lenet5", "lenet", "lenet3x3", "simplecnn", "inception", "resnet", "alexnet", "mlp", "resnet18", "googlenet"]
ALL = [s.name for s in list_archs()]  # the promised names plus any added later ("custom" needs a network file)
SHAPES = [(1, 28), (3, 32), (1, 64)]


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@functools.lru_cache(maxsize=None)
def _built(name: str, channels: int, size: int, classes: int) -> nn.Module:
    return build(name, channels, size, classes)


def built(name: str, channels: int, size: int, classes: int = 10) -> nn.Module:
    """Default-option models, shared by tests that do not change them (AlexNet takes ~1 s to build)."""
    return _built(name, channels, size, classes)


def count(model: nn.Module, kind: type) -> int:
    return sum(isinstance(m, kind) for m in model.modules())


def test_registry_holds_the_promised_names():
    assert set(NAMES) <= set(ARCHS.names())
    assert [s.name for s in list_archs()] == [n for n in ARCHS.names() if n != "custom"]
    assert get_arch("custom").from_file  # built from a network file: tests/core/test_network_file.py
    assert ACTIVATIONS == ("sigmoid", "tanh", "relu", "leakyrelu")
    assert INITS == ("default", "xavier", "kaiming")
    with pytest.raises(KeyError, match="lenet5"):
        get_arch("lenet6")


@pytest.mark.parametrize("spec", list_archs(), ids=lambda s: s.name)
def test_spec_is_well_formed(spec):
    assert spec.title and spec.description and "\n" not in spec.description
    assert set(spec.options) <= {"activation", "init", "dropout", "batch_norm"}
    assert spec.native_size is None or spec.min_size <= spec.native_size
    assert spec.channels == (1, 3)


@pytest.mark.parametrize("name", ALL)
@pytest.mark.parametrize("channels,size", SHAPES)
def test_builds_and_trains_one_step(name, channels, size):
    assert fit_problem(name, channels, size) is None
    classes = 7 if channels == 3 else 10
    torch.manual_seed(0)
    model = built(name, channels, size, classes)
    model.zero_grad(set_to_none=True)
    model.train()
    out = model(torch.randn(2, channels, size, size))
    assert out.shape == (2, classes)
    nn.functional.cross_entropy(out, torch.tensor([0, 1])).backward()
    grads = [p.grad for p in model.parameters() if p.requires_grad]
    assert grads and all(g is not None for g in grads)
    assert any(g.abs().sum() > 0 for g in grads)


@pytest.mark.parametrize("name", ALL)
def test_unsupported_channels_are_explained(name):
    problem = str(fit_problem(name, 4, 28))
    assert problem and "4" in problem and "channels" in problem
    with pytest.raises(ValueError) as err:
        build(name, 4, 28, 10)
    assert str(err.value) == problem


def test_too_small_images_are_explained():
    problem = str(fit_problem("lenet5", 1, 8))
    assert problem and "12x12" in problem and "8x8" in problem
    with pytest.raises(ValueError, match="12x12"):
        build("lenet5", 1, 8, 10)
    assert fit_problem("alexnet", 1, 8) is None  # enlarged inside the model
    assert fit_problem("mlp", 3, 2) is None


@pytest.mark.parametrize("spec", list_archs(), ids=lambda s: s.name)
def test_min_size_works_and_is_tight(spec):
    size = spec.min_size
    model = build(spec.name, 1, size, 10)
    with torch.no_grad():
        assert model(torch.randn(2, 1, size, size)).shape == (2, 10)
    if size > 1 and spec.name in NAMES:
        assert fit_problem(spec.name, 1, size - 1)
        with pytest.raises((ValueError, RuntimeError)):  # the raw builder really fails one pixel lower
            spec.builder(1, size - 1, 10)(torch.randn(2, 1, size - 1, size - 1))


@pytest.mark.parametrize(
    "name,size,width",
    [
        ("lenet", 28, 16 * 4 * 4),
        ("lenet", 32, 16 * 5 * 5),
        ("lenet", 64, 16 * 13 * 13),
        ("lenet5", 28, 16 * 5 * 5),
        ("lenet3x3", 28, 16 * 4 * 4),
        ("simplecnn", 28, 320),
        ("inception", 28, 1408),
        ("resnet", 28, 512),
        ("alexnet", 28, 9216),
        ("mlp", 32, 1024),
    ],
)
def test_flatten_width_follows_image_size(name, size, width):
    model = built(name, 1, size)
    first_fc = next(m for m in model.modules() if isinstance(m, nn.Linear))
    assert first_fc.in_features == width


@pytest.mark.parametrize(
    "name,expected",
    [
        # conv 1*6*25+6, conv 6*16*25+16, fc 256*120+120, 120*84+84, 84*10+10
        ("lenet", 156 + 2416 + 30840 + 10164 + 850),
        ("lenet5", 156 + 2416 + 48120 + 10164 + 850),  # 61706, as d2l reports
        ("simplecnn", 260 + 5020 + 3210),
        # conv1, two 16-ch 3x3 convs, conv2, two 32-ch 3x3 convs, fc 512->10
        ("resnet", 416 + 2 * 2320 + 12832 + 2 * 9248 + 5130),
        ("mlp", 784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10),
    ],
)
def test_param_counts_by_hand(name, expected):
    model = built(name, 1, 28)
    assert sum(p.numel() for p in model.parameters()) == expected


def test_lenet5_is_the_d2l_recipe_and_options_change_it():
    model = build("lenet5", 1, 28, 10)
    assert count(model, nn.Sigmoid) == 4 and count(model, nn.AvgPool2d) == 2
    assert count(model, nn.ReLU) == 0 and count(model, nn.Dropout) == 0
    assert model.features.conv1.padding == (2, 2)
    relu = build("lenet5", 1, 28, 10, activation="relu")
    assert count(relu, nn.ReLU) == 4 and count(relu, nn.Sigmoid) == 0
    bn = build("lenet5", 1, 28, 10, batch_norm=True, dropout=0.3)
    assert count(bn, nn.BatchNorm2d) == 2 and count(bn, nn.BatchNorm1d) == 2
    drops = [m for m in bn.modules() if isinstance(m, nn.Dropout)]
    assert len(drops) == 2 and all(d.p == 0.3 for d in drops)
    assert bn(torch.randn(2, 1, 28, 28)).shape == (2, 10)


def test_modern_lenet_keeps_the_seed_activations():
    model = build("lenet", 1, 28, 10)
    leaky = [m for m in model.modules() if isinstance(m, nn.LeakyReLU)]
    assert len(leaky) == 3 and all(m.negative_slope == 0.1 for m in leaky)
    assert count(model, nn.ReLU) == 1 and count(model, nn.MaxPool2d) == 2
    tanh = build("lenet3x3", 1, 28, 10, activation="tanh")
    assert count(tanh, nn.Tanh) == 6 and count(tanh, nn.LeakyReLU) == 0
    convs = [m for m in tanh.modules() if isinstance(m, nn.Conv2d)]
    assert [(c.in_channels, c.out_channels, c.kernel_size) for c in convs] == [
        (1, 2, (3, 3)),
        (2, 4, (3, 3)),
        (4, 8, (3, 3)),
        (8, 16, (3, 3)),
    ]


def test_options_an_arch_does_not_honour_are_ignored():
    assert "activation" not in get_arch("resnet").options
    model = build("resnet", 1, 28, 10, activation="sigmoid", batch_norm=True, dropout=0.5)
    assert count(model, nn.Sigmoid) == 0 and count(model, nn.BatchNorm2d) == 0
    assert count(model, nn.Dropout) == 0


@pytest.mark.parametrize("kwargs", [{"activation": "swish"}, {"init": "he"}, {"dropout": 1.0}, {"dropout": -0.1}])
def test_bad_options_raise(kwargs):
    with pytest.raises(ValueError):
        build("lenet", 1, 28, 10, **kwargs)


def test_bad_class_count_raises():
    with pytest.raises(ValueError, match="class"):
        build("lenet", 1, 28, 0)


def _std(model) -> float:
    return model.classifier.fc1.weight.std().item()  # 400x120 (lenet5) or 256x120 (lenet)


def test_init_options():
    torch.manual_seed(0)
    xavier = (2 / (400 + 120)) ** 0.5  # Glorot uniform: bound sqrt(6/(in+out)), std bound/sqrt(3)
    default = (1 / 400) ** 0.5 / 3**0.5  # PyTorch Linear: uniform(+-1/sqrt(in))
    assert _std(build("lenet5", 1, 28, 10)) == pytest.approx(xavier, rel=0.05)  # recipe default
    assert _std(build("lenet5", 1, 28, 10, init="default")) == pytest.approx(default, rel=0.05)
    assert _std(build("lenet", 1, 28, 10, init="kaiming")) == pytest.approx((2 / 256) ** 0.5, rel=0.05)
    assert _std(build("lenet", 1, 28, 10, init="xavier")) == pytest.approx((2 / 376) ** 0.5, rel=0.05)


@pytest.mark.parametrize("name", ALL)
def test_feature_layers_name_conv_layers_in_forward_order(name):
    model = built(name, 1, 28)
    layers = model.feature_layers
    if name == "mlp":
        assert layers == []
        return
    modules = dict(model.named_modules())
    assert layers and all(modules[n] is m for n, m in layers)
    for _, m in layers:
        assert isinstance(m, nn.Conv2d) or any(isinstance(c, nn.Conv2d) for c in m.modules())
    seen: list[str] = []
    handles = [m.register_forward_hook(lambda *_a, n=n: seen.append(n)) for n, m in layers]
    model.eval()
    with torch.no_grad():
        model(torch.zeros(1, 1, 28, 28))
    for h in handles:
        h.remove()
    assert seen == [n for n, _ in layers]


def test_lenet_family_feature_layers_are_every_conv():
    model = build("lenet3x3", 3, 32, 10)
    assert [n for n, _ in model.feature_layers] == [f"features.conv{i}" for i in range(1, 5)]


def test_resize_input_enlarges_only_small_images():
    resize = ResizeInput(227)
    assert resize(torch.zeros(1, 1, 28, 28)).shape == (1, 1, 227, 227)
    assert resize(torch.zeros(1, 3, 28, 56)).shape == (1, 3, 227, 454)
    big = torch.zeros(1, 3, 300, 300)
    assert resize(big) is big
    assert get_arch("alexnet").resize and not get_arch("lenet").resize


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.split(".")[0])
    return names


def test_archs_and_summary_import_only_torch_and_core():
    """No Qt (or gui) anywhere in core/archs and core/summary.py (tests/core/test_core_has_no_qt
    checks the whole import chain in a subprocess)."""
    core = Path(__file__).resolve().parents[2] / "core"
    files = [*sorted((core / "archs").glob("*.py")), core / "summary.py"]
    allowed = {
        "__future__",
        "ast",
        "collections",
        "dataclasses",
        "difflib",  # network files: "did you mean ...?"
        "functools",
        "json",
        "pathlib",
        "math",
        "typing",
        "torch",
        "torchvision",
        "core",
    }
    for path in files:
        assert _imports(path) <= allowed, (path.name, _imports(path) - allowed)
