"""core.analysis, core.saliency and core.robustness: plain torch/numpy, no Qt."""

from __future__ import annotations

import csv

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from core import analysis, archs
from core.robustness import WhatIf, apply, centre_of_mass
from core.saliency import conv_layers, feature_maps, inspect, layer_geometry, to_input
from core.summary import summarize
from tests.helpers import trained_run


@pytest.fixture(scope="session")
def run(mnist, tmp_path_factory):
    return trained_run(mnist, tmp_path_factory.mktemp("runs"))


@pytest.fixture(scope="session")
def lenet(run, mnist):
    model = archs.build("lenet", 1, 28, 10).eval()
    model.load_state_dict(run[1].weights)
    return model


def _unit(mnist, i: int) -> np.ndarray:
    return mnist.test_x[i, 0].float().numpy() / 255.0


def _near_ink(img: np.ndarray, radius: int = 2) -> np.ndarray:
    ink = torch.tensor(img > 0.3, dtype=torch.float32)[None, None]
    return F.max_pool2d(ink, 2 * radius + 1, 1, radius)[0, 0].numpy() > 0


def _bar() -> np.ndarray:
    img = np.zeros((28, 28), np.float32)
    img[4:24, 13:16] = 1.0
    return img


# -- scores -------------------------------------------------------------------------------------------------
def test_confusion_matrix_counts_every_pair():
    rng = np.random.default_rng(1)
    t, p = rng.integers(0, 4, 500), rng.integers(0, 4, 500)
    cm = analysis.confusion_matrix(t, p, 4)
    expected = np.zeros((4, 4), int)
    for a, b in zip(t, p):
        expected[a, b] += 1
    assert (cm == expected).all()
    assert np.allclose(analysis.per_class_accuracy(cm), np.diag(expected) / expected.sum(1))
    with pytest.raises(ValueError):
        analysis.confusion_matrix([0, 5], [0, 1], 4)


def test_cell_members_and_mistakes_are_surest_first():
    t = np.array([0, 0, 1, 1, 1, 2])
    p = np.array([1, 0, 1, 0, 0, 0])
    c = np.array([0.5, 0.9, 0.8, 0.6, 0.95, 0.7])
    assert analysis.cell_members(t, p, c, 1, 0).tolist() == [4, 3]
    assert analysis.cell_members(t, p, c, 2, 2).tolist() == []
    assert analysis.confident_mistakes(t, p, c, 3).tolist() == [4, 5, 3]


def test_per_class_table_and_csv(tmp_path):
    cm = np.array([[8, 2, 0], [1, 9, 0], [0, 0, 0]])
    rows = analysis.per_class_table(cm, ["cat", "dog", "eel"])
    assert (rows[0].correct, rows[0].images, rows[0].confused_with, rows[0].confused_count) == (8, 10, "dog", 2)
    assert np.isnan(rows[2].accuracy) and rows[2].confused_with == ""
    path = tmp_path / "classes.csv"
    analysis.write_class_csv(path, rows)
    lines = list(csv.reader(path.open()))
    assert lines[0][0] == "class" and len(lines) == 4
    assert lines[1] == ["cat", "10", "8", "80.00", "dog", "2"]


def test_trained_confusion_diagonal_is_test_accuracy(run, mnist):
    epoch = run[1]
    cm = analysis.confusion_matrix(mnist.test_y, epoch.test_pred, 10)
    assert cm.sum() == len(mnist.test_y) == 10_000
    assert np.trace(cm) == round(epoch.metrics.test_acc * 10_000)
    assert np.trace(cm) / 10_000 == epoch.metrics.test_acc
    assert epoch.metrics.test_acc > 0.9
    assert run[0].run_dir.parent.name.startswith("runs")  # in the session's temp dir, not the data dir


# -- weights ------------------------------------------------------------------------------------------------
def test_filters_histograms_and_weight_change():
    model = archs.build("lenet", 3, 32, 10)
    w0 = {k: v.clone() for k, v in model.state_dict().items()}
    filters = analysis.conv_filters(w0)
    assert list(filters) == ["features.conv1", "features.conv2"]
    k2 = filters["features.conv2"]
    imgs = analysis.filter_images(k2)
    assert imgs.shape == (16, 5, 5) and np.allclose(imgs[3], k2[3].mean(0).numpy())
    rgb = analysis.filter_images(filters["features.conv1"], rgb=True)
    assert rgb.shape == (6, 5, 5, 3) and rgb.min() >= 0 and rgb.max() <= 1 and np.isclose(rgb[0].max(), 1)

    w1 = {k: v * 1.1 if k.endswith("weight") else v for k, v in w0.items()}
    change = analysis.weight_change(w0, w1)
    assert list(change) == analysis.layer_names(w0)
    assert all(abs(v - 0.1) < 1e-5 for v in change.values())
    assert all(v == 0 for v in analysis.weight_change(w0, w0).values())

    hists = analysis.weight_histograms(w1, w0, bins=30)
    h = hists["classifier.fc1"]
    assert h.counts.sum() == w0["classifier.fc1.weight"].numel() == h.initial.sum()
    assert len(h.edges) == 31 and h.edges[0] <= float(w1["classifier.fc1.weight"].min())
    assert not np.array_equal(h.counts, h.initial)


# -- feature maps and saliency ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [spec.name for spec in archs.list_archs()])
def test_feature_maps_match_summary(name):
    torch.manual_seed(0)
    spec = archs.get_arch(name)
    size = max(28, spec.min_size)
    model = archs.build(name, 1, size, 10).eval()
    rows = {r.name: r.out_shape for r in summarize(model, 1, size).rows}
    maps, probs = feature_maps(model, torch.randn(1, 1, size, size))
    expected = [n for n, _ in conv_layers(model)]
    assert list(maps) == expected
    assert probs.shape == (10,) and abs(float(probs.sum()) - 1) < 1e-5
    for layer, m in maps.items():
        assert tuple(m.shape) == rows[layer], layer
    if name == "mlp":
        assert expected == []
    else:
        assert len(expected) >= 2


def test_layer_geometry_puts_map_pixels_on_their_receptive_field():
    model = archs.build("lenet", 1, 28, 10).eval()
    # conv2 pixel i sees input rows 2i .. 2i+13 (5x5 conv, 2x2 pool, 5x5 conv): centre 2i + 6.5
    y0, sy, x0, sx = layer_geometry(model, model.features.conv2, torch.zeros(1, 1, 28, 28))
    assert (y0, sy, x0, sx) == pytest.approx((6.5, 2.0, 6.5, 2.0))
    y0, sy, _, _ = layer_geometry(model, model.features.conv1, torch.zeros(1, 1, 28, 28))
    assert (y0, sy) == pytest.approx((2.0, 1.0))


def test_saliency_of_a_one_lies_on_its_ink(lenet, mnist):
    """Most of the heat of a '1' lies within 2 px of its ink (HiResCAM on the last conv layer)."""
    mean, std = (0.1307,), (0.3081,)
    blank = to_input(np.zeros((28, 28)), mean, std)
    ones = (mnist.test_y == 1).nonzero().flatten()[:12].tolist()
    shares = []
    for i in ones:
        img = _unit(mnist, i)
        s = inspect(lenet, to_input(img, mean, std), [1], method="hires", blank=blank)
        assert s.layer == "features.conv2" and s.method == "hires"
        heat = s.heat[1]
        assert heat.shape == (28, 28) and heat.max() == pytest.approx(1.0)
        shares.append(heat[_near_ink(img)].sum() / heat.sum())
    assert np.mean(shares) > 0.6, shares
    bar = _bar()
    s = inspect(lenet, to_input(bar, mean, std), method="hires", blank=blank)
    assert s.predicted == 1
    heat = s.heat[1]
    assert heat[_near_ink(bar)].sum() / heat.sum() > 0.6


def test_grad_cam_follows_the_ink_of_other_digits(lenet, mnist):
    """Classic Grad-CAM (channel-averaged gradients) on 0s and 4s: the heat sits on or next to the strokes."""
    mean, std = (0.1307,), (0.3081,)
    blank = to_input(np.zeros((28, 28)), mean, std)
    for digit in (0, 4):
        shares = []
        for i in (mnist.test_y == digit).nonzero().flatten()[:6].tolist():
            img = _unit(mnist, i)
            s = inspect(lenet, to_input(img, mean, std), [digit, 9 - digit], method="grad-cam", blank=blank)
            assert set(s.heat) >= {digit, 9 - digit, s.predicted}
            shares.append(s.heat[digit][_near_ink(img)].sum() / s.heat[digit].sum())
        assert np.mean(shares) > 0.6, (digit, shares)


def test_network_without_convolutions_gets_input_gradient():
    model = archs.build("mlp", 1, 28, 10).eval()
    s = inspect(model, to_input(_bar(), (0.5,), (0.5,)), [3])
    assert s.method == "input-gradient" and s.layer is None and s.maps == {}
    assert s.heat[3].shape == (28, 28) and s.heat[3].max() == pytest.approx(1.0)


def test_to_input_fits_grey_drawings_to_colour_networks():
    x = to_input(_bar(), (0.5, 0.4, 0.3), (0.2, 0.2, 0.2), image_size=32)
    assert tuple(x.shape) == (1, 3, 32, 32)
    assert torch.allclose(x[0, 0] * 0.2 + 0.5, x[0, 2] * 0.2 + 0.3, atol=1e-6)


# -- robustness ---------------------------------------------------------------------------------------------
def _extent(img: np.ndarray) -> tuple[int, int]:
    ys, xs = np.nonzero(img > 0.5)
    return xs.max() - xs.min() + 1, ys.max() - ys.min() + 1  # width, height


def test_rotating_a_vertical_bar_by_90_degrees_makes_it_horizontal():
    bar = _bar()
    assert _extent(bar) == (3, 20)
    for angle in (90, -90):
        w, h = _extent(apply(bar, WhatIf(rotate=angle)))
        assert (w, h) == (20, 3) or (abs(w - 20) <= 1 and abs(h - 3) <= 1)
    w, h = _extent(apply(bar, WhatIf(rotate=45)))
    assert 10 < w < 20 and 10 < h < 20
    top = np.zeros((28, 28), np.float32)
    top[2:6, 13:15] = 1  # a blob at the top: a counter-clockwise turn takes it to the left
    cx, cy = centre_of_mass(apply(top, WhatIf(rotate=90)))
    assert cx < 8 and abs(cy - 13.5) < 1


@pytest.mark.parametrize("dx,dy", [(3, 0), (0, -4), (-6, 4)])
def test_shift_moves_the_centre_of_mass_by_the_slider_value(dx, dy):
    bar = _bar()
    x0, y0 = centre_of_mass(bar)
    x1, y1 = centre_of_mass(apply(bar, WhatIf(shift_x=dx, shift_y=dy)))
    assert (x1 - x0, y1 - y0) == pytest.approx((dx, dy))


def test_thicker_and_thinner_change_the_ink_area(mnist):
    img = _unit(mnist, 0)
    area = lambda a: int((a > 0.5).sum())  # noqa: E731
    assert area(apply(img, WhatIf(thickness=2))) > area(apply(img, WhatIf(thickness=1))) > area(img)
    assert area(apply(img, WhatIf(thickness=-1))) < area(img)
    assert np.array_equal(apply(img, WhatIf()), img)


def test_noise_is_seeded():
    bar = _bar()
    a, b = apply(bar, WhatIf(noise=0.2, seed=3)), apply(bar, WhatIf(noise=0.2, seed=3))
    c = apply(bar, WhatIf(noise=0.2, seed=4))
    assert np.array_equal(a, b) and not np.array_equal(a, c)
    assert (a != bar).mean() > 0.3 and a.min() >= 0 and a.max() <= 1
    rgb = np.stack([bar] * 3)
    assert apply(rgb, WhatIf(noise=0.1, rotate=10)).shape == (3, 28, 28)


@pytest.mark.parametrize("module", ["analysis", "saliency", "robustness"])
def test_core_analysis_modules_import_no_qt(module):
    """Static check (cheap): no Qt, pyqtgraph or gui import anywhere in the module."""
    import ast
    from pathlib import Path

    tree = ast.parse((Path(__file__).resolve().parents[2] / "core" / f"{module}.py").read_text())
    imported = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    imported += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert imported and not [m for m in imported if m.split(".")[0] in ("PySide6", "pyqtgraph", "gui")]
