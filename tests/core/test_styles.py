"""The writing-styles augmentation (core.styles) on real MNIST digits, and the pen-path styles set."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest
import torch

from core.augment import AUGMENTATIONS
from core.config import ConfigError, TrainConfig
from core.pen_digits import PEN_STYLES, styles_set
from core.pen_styles import HARD_STYLES
from core.predict_files import BUNDLED_MODEL, load_predictor
from core.presets import PRESETS
from core.style_geometry import measure
from core.styles import RANDOMS, STYLES, _flag, add_styles

HARD_NAMES = {s.name for s in HARD_STYLES}

MNIST_ONLY = Path(__file__).resolve().parents[1] / "fixtures" / "digit_model_mnist_only.pt"


def always(style):
    return (dataclasses.replace(style, rate=1.0),)


@pytest.fixture(scope="module")
def digits(mnist):
    return mnist.test_x[:3000].float() / 255, mnist.test_y[:3000]


def test_styles_touch_only_digits_of_their_class_and_are_seeded(digits):
    x, y = digits
    a = add_styles(x, y, torch.Generator().manual_seed(1))
    b = add_styles(x, y, torch.Generator().manual_seed(1))
    assert torch.equal(a, b)
    changed = (a != x).flatten(1).any(1)
    styled_classes = {s.digit for s in STYLES}
    assert set(y[changed].tolist()) == styled_classes
    for digit in styled_classes:  # each style's share of its class, roughly (some digits are unusable)
        share = changed[y == digit].float().mean().item()
        rates = [s.rate for s in STYLES if s.digit == digit]
        assert 0.5 * max(rates) < share <= 1 - np.prod([1 - r for r in rates]) + 0.1, (digit, share)


def test_styled_digits_stay_mnist_shaped(digits):
    x, y = digits
    for style in STYLES:
        keep = y == style.digit
        before = x[keep]
        after = add_styles(before, y[keep], torch.Generator().manual_seed(0), styles=always(style))
        changed = (after != before).flatten(1).any(1)
        # narrowed zeros keep a slash or bar only where a hole is left and the ink is not a blob: about a third
        assert changed.float().mean() > (0.25 if style.reshape else 0.5), style.name
        g = measure(after[changed, 0])
        assert (torch.maximum(g.bottom - g.top, g.right - g.left) <= 21).all(), style.name  # 20 px box
        ink = after[changed, 0]
        idx = torch.arange(28, dtype=torch.float32)
        cx = (ink.sum(1) * idx).sum(1) / ink.sum((1, 2))
        cy = (ink.sum(2) * idx).sum(1) / ink.sum((1, 2))
        assert (cx - 14).abs().max() < 1.5 and (cy - 14).abs().max() < 1.5, style.name  # centre of mass at 14
        moved = (ink - before[changed, 0]).abs().sum((1, 2))  # strokes worth a few pixels, not a speck
        assert (moved > 3).float().mean() > 0.9, style.name


def test_a_slash_crosses_the_hole_of_the_zero(digits):
    x, y = digits
    zeros = x[y == 0]
    slashed = add_styles(
        zeros, torch.zeros(len(zeros), dtype=torch.long), torch.Generator().manual_seed(0), styles=always(STYLES[0])
    )
    changed = (slashed != zeros).flatten(1).any(1)

    def centre(t):  # mean ink of the 3x3 pixels in the middle of each ink box
        g = measure(t[:, 0])
        cy, cx = ((g.top + g.bottom) / 2).round().long(), ((g.left + g.right) / 2).round().long()
        return torch.stack([t[i, 0, cy[i] - 1 : cy[i] + 2, cx[i] - 1 : cx[i] + 2].mean() for i in range(len(t))])

    assert (centre(zeros[changed]) < 0.5).all()  # slashed only where there is a hole
    assert (centre(slashed[changed]) > 0.3).float().mean() > 0.9  # and the slash runs through it


def test_styles_keep_the_class_for_a_reader_that_never_saw_them(digits):
    """Honesty check by a reader trained on MNIST alone: serifed and long-based ones, crossed or ticked sevens
    and hooked nines are still read as their class almost always (so the strokes did not make another digit).
    Slashed zeros and long flags are what the issue is about: such a reader takes them for 8s and 7s, as it
    does real writers' (the flags' honesty is their angle: the next test)."""
    x, y = digits
    predictor, card = load_predictor(MNIST_ONLY)
    judged = [s for s in STYLES if s.digit != 0 and s.draw is not _flag]
    assert {s.name for s in judged} == {"based-1", "long-based-1", "crossed-7", "ticked-7", "hooked-9"}
    for style in judged:
        keep = y == style.digit
        after = add_styles(x[keep], y[keep], torch.Generator().manual_seed(0), styles=always(style))
        probs = predictor.predict_batch((after - card.mean[0]) / card.std[0])
        right = (probs.argmax(1) == style.digit).float().mean().item()
        assert right > 0.93, (style.name, right)


def test_a_ones_flag_is_steeper_than_a_sevens_bar_and_long(digits):
    """Every flag drawn (on a leant stem too) is at least 28 degrees above the horizontal, where a 7's bar is
    within about 25; the flags run from a fifth to 70 % of the stem, the long bases half to all of its height."""
    x, y = digits
    ink = x[y == 1, 0]
    u = torch.rand(len(ink), RANDOMS, generator=torch.Generator().manual_seed(3))
    lengths = []
    for style in (s for s in STYLES if s.digit == 1 and s.name != "based-1"):
        shaped = style.reshape(ink, measure(ink), u) if style.reshape else ink
        g = measure(shaped)
        segments, usable = style.draw(shaped, g, u)
        flag = segments[usable, 0]
        assert usable.float().mean() > 0.8, style.name
        dx, dy = (flag[:, 1] - flag[:, 0]).unbind(-1)
        assert (torch.rad2deg(torch.atan2(dy, dx.abs())) >= 27.9).all(), style.name  # y down: the flag falls left
        assert (dx < 0).all(), style.name
        lengths.append(torch.hypot(dx, dy) / torch.hypot(g.bottom_x - g.top_x, g.height)[usable])
        if style.reshape:  # leant 10-25 degrees (measured on whole pixels: a few degrees either way)
            tilt = torch.rad2deg(g.tilt[usable])
            assert tilt.median() > 12 and (tilt > 4).float().mean() > 0.95, style.name
        if segments.shape[1] == 2:
            base = segments[usable, 1, 1, 0] - segments[usable, 1, 0, 0]
            assert ((base / g.height[usable] >= 0.49) & (base / g.height[usable] <= 1.01)).all()
    lengths = torch.cat(lengths)
    assert lengths.min() >= 0.21 and lengths.max() <= 0.71 and lengths.max() > 0.6


def test_the_shipped_model_reads_every_style_at_least_as_well_as_the_mnist_only_one():
    """On the digits drawn on the real canvas (every pen style, hard ones included), per style; and the set is
    not saturated: the MNIST-only reader misses many of the hard styles, the issue's zeros read as 8, ones as 7."""
    canvas = np.load(Path(__file__).resolve().parents[1] / "fixtures" / "canvas_styles.npz")
    unit = torch.from_numpy(canvas["images"]).float().unsqueeze(1) / 255
    reads = {}
    for name, path in (("mnist-only", MNIST_ONLY), ("shipped", BUNDLED_MODEL)):
        predictor, card = load_predictor(path)
        reads[name] = predictor.predict_batch((unit - card.mean[0]) / card.std[0]).argmax(1).numpy()
    right = {name: pred == canvas["labels"] for name, pred in reads.items()}
    for i, style in enumerate(canvas["style_names"]):
        mine = canvas["styles"] == i
        assert right["shipped"][mine].sum() >= right["mnist-only"][mine].sum(), style
    hard = np.isin(canvas["styles"], [i for i, n in enumerate(canvas["style_names"]) if n in HARD_NAMES])
    assert right["mnist-only"][hard].mean() < 0.85
    assert right["shipped"].mean() > right["mnist-only"].mean()


def test_the_styles_augmentation_is_registered_for_digits_only():
    aug = AUGMENTATIONS.get("handwriting-styles")
    assert aug.styles and aug.thickness
    cfg = PRESETS.get("digits-styles").apply()
    assert cfg.augment == "handwriting-styles" and cfg.arch == "digitnet"
    with pytest.raises(ConfigError) as err:
        TrainConfig(dataset="fashion-mnist", augment="handwriting-styles")
    assert "augment" in err.value.problems


def test_augmentation_without_labels_draws_no_styles(digits):
    x, y = digits
    aug = dataclasses.replace(
        AUGMENTATIONS.get("handwriting-styles"), shift=0, rotate=0, scale=0, shear=0, thickness=False
    )
    assert torch.equal(aug(x[:50], torch.Generator()), x[:50])
    assert not torch.equal(aug(x[:50], torch.Generator(), y[:50]), x[:50])


def test_styles_set_has_every_style_and_class():
    images, labels, which = styles_set(2, seed=0)
    assert images.shape == (2 * len(PEN_STYLES), 28, 28) and images.dtype == np.uint8
    assert set(labels.tolist()) == set(range(10))
    assert [PEN_STYLES[i].digit for i in which] == labels.tolist()
    assert (images.reshape(len(images), -1).max(1) == 255).all()


def test_canvas_fixture_holds_30_or_more_of_each_style():
    canvas = np.load(Path(__file__).resolve().parents[1] / "fixtures" / "canvas_styles.npz")
    assert list(canvas["style_names"]) == [s.name for s in PEN_STYLES]
    assert np.bincount(canvas["styles"], minlength=len(PEN_STYLES)).min() >= 30
    assert canvas["images"].shape[1:] == (28, 28) and canvas["images"].dtype == np.uint8
