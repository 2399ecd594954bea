"""Fooling the tiny trained LeNet on real MNIST test digits."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from core.adversarial import Attacker
from tests.helpers import MNIST_MEAN, MNIST_STD


@pytest.fixture
def attacker(tiny_model):
    return Attacker(tiny_model, (MNIST_MEAN,), (MNIST_STD,))


def _confident_digit(attacker, mnist) -> tuple[torch.Tensor, int]:
    for i in range(50):
        image = mnist.test_x[i].float() / 255
        label, conf = attacker.answer(image)
        if label == int(mnist.test_y[i]) and conf > 0.99:
            return image, label
    raise AssertionError("no confident test digit among the first 50")


@pytest.mark.parametrize("method", ["fgsm", "pgd"])
def test_smallest_change_flips_a_confident_digit_within_the_strength(attacker, mnist, method, one_torch_thread):
    image, label = _confident_digit(attacker, mnist)
    found = attacker.smallest_change(image, method)
    assert found is not None and found.predicted != label
    assert np.abs(found.image - image.numpy()).max() <= found.strength + 1e-6
    assert found.image.min() >= 0 and found.image.max() <= 1
    np.testing.assert_allclose(found.change, found.image - image.numpy(), atol=1e-6)
    # the grid step below it did not flip the answer: it is the smallest on the grid
    weaker = attacker.attack(image, found.strength - 0.01, method) if found.strength > 0.011 else None
    assert weaker is None or weaker.predicted == label


def test_pgd_needs_no_more_strength_than_fgsm(attacker, mnist, one_torch_thread):
    image, _ = _confident_digit(attacker, mnist)
    assert attacker.smallest_change(image, "pgd").strength <= attacker.smallest_change(image, "fgsm").strength


def test_targeted_attack_makes_it_say_the_target(attacker, mnist, one_torch_thread):
    image, label = _confident_digit(attacker, mnist)
    target = (label + 3) % 10
    found = attacker.smallest_change(image, "pgd", target=target)
    assert found is not None and found.predicted == target
    assert np.abs(found.change).max() <= found.strength + 1e-6


def test_sweep_confidence_in_the_answer_falls_as_strength_grows(attacker, mnist, one_torch_thread):
    image, label = _confident_digit(attacker, mnist)
    attempts = attacker.sweep(image, [0.0, 0.05, 0.1, 0.2], "fgsm")
    assert [a.strength for a in attempts] == pytest.approx([0.0, 0.05, 0.1, 0.2])
    assert attempts[0].predicted == label and np.abs(attempts[0].change).max() == 0
    own = [a.probabilities[label] for a in attempts]
    assert own[-1] < own[0]


def test_out_of_range_image_is_refused_with_a_message(attacker):
    with pytest.raises(ValueError, match="from 0 to 1"):
        attacker.attack(torch.full((28, 28), 255.0), 0.1)
