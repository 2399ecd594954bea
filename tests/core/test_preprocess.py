"""mnist_style, normalize, load_image_file and Predictor, on synthetic drawings and real MNIST."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image, ImageDraw
from torch import nn

from core.predict import Prediction, Predictor
from core.preprocess import EmptyDrawing, load_image_file, mnist_style, normalize
from tests.helpers import DIGITS, MNIST_MEAN, MNIST_STD


@pytest.fixture(scope="session")
def mnist_test(data_root):
    import torchvision

    ds = torchvision.datasets.MNIST(str(data_root), train=False, download=False)
    return ds.data[:2000].numpy(), ds.targets[:2000].numpy()


# ----- synthetic drawings ----------------------------------------------------------------------
def draw(size=(280, 280), lines=(), ellipses=(), dots=(), width=22, ink=255, paper=0, mode="L"):
    """Shapes in normalised coordinates (0..1 across width/height) drawn with PIL."""
    w, h = size
    im = Image.new(mode, size, paper)
    d = ImageDraw.Draw(im)
    sc = lambda pts: [(x * w, y * h) for x, y in pts]  # noqa: E731
    for pts in lines:
        d.line(sc(pts), fill=ink, width=width, joint="curve")
        for x, y in sc(pts):
            d.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=ink)
    for cx, cy, rx, ry in ellipses:
        d.ellipse((((cx - rx) * w), (cy - ry) * h, (cx + rx) * w, (cy + ry) * h), outline=ink, width=width)
    for cx, cy, r in dots:
        d.ellipse(((cx * w - r), cy * h - r, cx * w + r, cy * h + r), fill=ink)
    return np.array(im)


SEVEN = [[(0.3, 0.25), (0.7, 0.25), (0.45, 0.8)]]
ONE = [[(0.5, 0.15), (0.5, 0.85)]]


def ink_box(img: np.ndarray) -> tuple[int, int]:
    rows, cols = np.flatnonzero(img.max(1) > 0), np.flatnonzero(img.max(0) > 0)
    return rows[-1] - rows[0] + 1, cols[-1] - cols[0] + 1


def centre_of_mass(img: np.ndarray) -> tuple[float, float]:
    m = img.sum()
    return (img.sum(1) @ np.arange(28)) / m, (img.sum(0) @ np.arange(28)) / m


def check_mnist_like(out: np.ndarray, box: int | tuple[int, int] = 20) -> None:
    assert out.shape == (28, 28) and out.dtype == np.float32
    assert 0.0 <= out.min() and out.max() == pytest.approx(1.0)
    lo, hi = (box - 1, box) if isinstance(box, int) else box
    assert lo <= max(ink_box(out)) <= hi, ink_box(out)
    cy, cx = centre_of_mass(out)
    assert abs(cy - 14) <= 1 and abs(cx - 14) <= 1, (cy, cx)


def _rgba_seven() -> np.ndarray:
    rgba = np.zeros((280, 280, 4), np.uint8)  # transparent black paper, opaque black ink
    rgba[..., 3] = draw(lines=SEVEN)
    return rgba


def _photo_like_seven() -> np.ndarray:
    rng = np.random.default_rng(1)
    digit = draw((400, 300), lines=SEVEN, width=18).astype(np.float32) / 255
    paper = 0.8 + 0.1 * np.linspace(0, 1, 400)[None, :].repeat(300, 0)  # uneven light
    img = paper * (1 - digit) + 0.15 * digit + rng.normal(0, 0.02, paper.shape)
    rgb = np.stack([img, img * 0.97, img * 0.9], -1)  # warm paper
    return (np.clip(rgb, 0, 1) * 255).astype(np.uint8)


CASES = {
    "centred seven": lambda: draw(lines=SEVEN),
    "off-centre": lambda: draw(lines=[[(0.05, 0.05), (0.4, 0.05), (0.2, 0.45)]], width=14),
    "tiny": lambda: draw((40, 40), lines=[[(0.45, 0.35), (0.45, 0.65)], [(0.35, 0.4), (0.45, 0.35)]], width=2),
    "huge": lambda: draw((2000, 1500), lines=SEVEN, width=150),
    "thick": lambda: draw(lines=SEVEN, width=60),
    "thin": lambda: draw(lines=SEVEN, width=2),
    "inverted polarity": lambda: draw(lines=SEVEN, ink=0, paper=255),
    "RGBA on transparent": _rgba_seven,
    "RGB photo-like": _photo_like_seven,
    "float grey": lambda: draw(lines=ONE).astype(np.float32) / 255,
    "wide zero": lambda: draw(ellipses=[(0.5, 0.5, 0.45, 0.2)]),
}


@pytest.mark.parametrize("name", CASES)
def test_drawings_become_mnist_like(name):
    check_mnist_like(mnist_style(CASES[name]()))


def test_position_and_polarity_do_not_matter():
    a = mnist_style(draw(lines=SEVEN))
    assert np.abs(mnist_style(draw(lines=[[(x - 0.2, y + 0.1) for x, y in SEVEN[0]]])) - a).mean() < 0.01
    np.testing.assert_allclose(mnist_style(draw(lines=SEVEN, ink=0, paper=255)), a, atol=1e-5)


def test_aspect_ratio_is_kept():
    assert ink_box(mnist_style(draw(lines=ONE)))[0] == 20 and ink_box(mnist_style(draw(lines=ONE)))[1] <= 4


@pytest.mark.parametrize(
    "image",
    [
        np.zeros((280, 280), np.uint8),
        np.full((280, 280), 255, np.uint8),
        np.full((50, 60, 4), 0, np.uint8),  # fully transparent
        (np.random.default_rng(0).normal(0.5, 0.02, (200, 200))).astype(np.float32),  # flat noise
    ],
    ids=["black", "white", "transparent", "faint noise"],
)
def test_blank_images_raise_empty_drawing(image):
    with pytest.raises(EmptyDrawing, match="Draw a digit"):
        mnist_style(image)


def test_a_few_stray_pixels_are_no_digit():
    img = np.zeros((280, 280), np.uint8)
    img[[10, 100, 250], [30, 200, 90]] = 255
    img[150:152, 40] = 255
    with pytest.raises(EmptyDrawing):
        mnist_style(img)


def test_stray_speck_does_not_move_the_digit():
    clean = draw(lines=SEVEN)
    specked = clean.copy()
    specked[270, 5] = specked[5, 270] = 255
    np.testing.assert_allclose(mnist_style(specked), mnist_style(clean), atol=1e-5)


def test_single_dot_is_centred_and_not_blown_up():
    # Rule (core.preprocess._scale_for): scale <= 3 x (28 / shorter image side), so a dot
    # 23 px wide on a 280 px canvas becomes round(23 * 0.3) = 7 px, not a 20 px blob.
    out = mnist_style(draw(dots=[(0.8, 0.2, 11.5)]))
    check_mnist_like(out, box=(6, 8))
    assert abs(ink_box(out)[0] - ink_box(out)[1]) <= 1


def test_normalize_shape_and_values():
    img = np.zeros((28, 28), np.float32)
    img[5, 5] = 1.0
    x = normalize(img, MNIST_MEAN, MNIST_STD)
    assert x.shape == (1, 1, 28, 28) and x.dtype == torch.float32
    assert x[0, 0, 0, 0].item() == pytest.approx(-MNIST_MEAN / MNIST_STD)
    assert x[0, 0, 5, 5].item() == pytest.approx((1 - MNIST_MEAN) / MNIST_STD)


def test_load_image_file(tmp_path):
    Image.fromarray(_rgba_seven(), "RGBA").save(tmp_path / "seven.png")
    Image.fromarray(draw(lines=SEVEN, ink=0, paper=255)).convert("RGB").save(tmp_path / "seven.jpg", quality=85)
    png, jpg = load_image_file(tmp_path / "seven.png"), load_image_file(str(tmp_path / "seven.jpg"))
    assert png.shape == (280, 280, 4) and jpg.shape == (280, 280, 3) and jpg.dtype == np.uint8  # colour kept
    assert np.abs(mnist_style(png) - mnist_style(jpg)).mean() < 0.03
    (tmp_path / "notes.png").write_text("not an image")
    with pytest.raises(ValueError, match="Could not read notes.png"):
        load_image_file(tmp_path / "notes.png")
    with pytest.raises(ValueError, match="no file"):
        load_image_file(tmp_path / "missing.png")


def test_core_imports_no_qt():
    code = "import sys, core.preprocess, core.predict; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


# ----- real MNIST ------------------------------------------------------------------------------
def test_mnist_digits_come_back_nearly_unchanged(mnist_test):
    images, _ = mnist_test
    out = np.stack([mnist_style(im) for im in images])
    mad = np.abs(out - images / 255.0).mean(axis=(1, 2))
    print(f"\nMNIST roundtrip: mean abs diff {mad.mean():.5f}, worst image {mad.max():.4f}")
    assert mad.mean() < 0.002 and np.quantile(mad, 0.99) < 0.05


def test_model_accuracy_barely_changes_on_mnist_style_inputs(tiny_model, mnist_test):
    images, labels = mnist_test
    pred = Predictor(tiny_model, DIGITS, (MNIST_MEAN,), (MNIST_STD,))
    raw = (torch.as_tensor(images).float().div(255).unsqueeze(1) - MNIST_MEAN) / MNIST_STD
    styled = (torch.as_tensor(np.stack([mnist_style(im) for im in images])).unsqueeze(1) - MNIST_MEAN) / MNIST_STD
    acc_raw = (pred.predict_batch(raw).argmax(1).numpy() == labels).mean()
    acc_styled = (pred.predict_batch(styled).argmax(1).numpy() == labels).mean()
    print(f"\ntiny LeNet accuracy: raw {acc_raw:.4f}, mnist_style {acc_styled:.4f}")
    assert acc_raw > 0.95
    assert abs(acc_raw - acc_styled) <= 0.005


# ----- Predictor -------------------------------------------------------------------------------
def test_predictor_reads_drawn_digits(tiny_model):
    pred = Predictor(tiny_model, DIGITS, (MNIST_MEAN,), (MNIST_STD,))
    for label, image in [
        (1, draw(lines=ONE)),
        (0, draw(ellipses=[(0.5, 0.5, 0.25, 0.35)])),
        (7, draw(lines=SEVEN, ink=0, paper=255)),
    ]:
        p, seen = pred.predict_drawing(image)
        assert isinstance(p, Prediction) and seen.shape == (28, 28)
        assert p.label == label and p.class_name == str(label), p
        assert sum(p.probabilities) == pytest.approx(1.0, abs=1e-5) and len(p.probabilities) == 10
        assert p.confidence == max(p.probabilities)
    with pytest.raises(EmptyDrawing):
        pred.predict_drawing(np.zeros((280, 280), np.uint8))


def test_predictor_keeps_model_in_eval_mode_and_handles_channels():
    model = nn.Sequential(nn.Flatten(), nn.Dropout(0.5), nn.Linear(3 * 28 * 28, 4)).train()
    pred = Predictor(model, ["a", "b", "c", "d"], (0.5, 0.5, 0.5), (0.25, 0.25, 0.25))
    assert not model.training
    model.train()  # someone flips it back: predictions must still be deterministic
    p1, _ = pred.predict_drawing(draw(lines=SEVEN))
    p2, _ = pred.predict_drawing(draw(lines=SEVEN))
    assert p1 == p2 and p1.class_name in "abcd"
    assert pred.predict_batch(torch.zeros(5, 3, 28, 28)).shape == (5, 4)
    with pytest.raises(ValueError):
        pred.predict_tensor(torch.zeros(2, 3, 28, 28))
