"""Collected digits: saved in ImageFolder layout with the raw drawing, listed and loaded as a dataset."""

import json

import numpy as np
import pytest
import torch

from core import data
from core.data import my_digits


def test_saved_digits_load_back_as_a_dataset_with_their_labels(mnist, tmp_path):
    images, labels = mnist.test_x[:40, 0].numpy(), mnist.test_y[:40].tolist()
    for img, label in zip(images, labels):
        my_digits.save_sample(tmp_path, label, img / 255.0, drawing=255 - img, strokes=[[[0.1, 0.2], [0.3, 0.4]]])
    counts = my_digits.counts(tmp_path)
    assert sum(counts.values()) == 40 and counts["7"] == labels.count(7)
    assert data.availability("my-digits", tmp_path) == "on disk"
    raw = sorted((tmp_path / "my-digits-raw" / "7").glob("*.json"))
    assert json.loads(raw[0].read_text())["label"] == 7
    loaded = data.load("my-digits", tmp_path)
    assert len(loaded.train_x) + len(loaded.test_x) == 40 and len(loaded.test_x) == 18  # 2 of each of 9 digits
    assert loaded.train_x.shape[1:] == (1, 28, 28)
    stored = {tuple(x.flatten().tolist()): int(y) for x, y in zip(loaded.train_x, loaded.train_y)}
    for img, label in zip(images, labels):  # each image kept its own label, pixels intact
        if tuple(img.flatten().tolist()) in stored:
            assert stored[tuple(img.flatten().tolist())] == label


def test_no_digits_yet_says_how_to_collect_them(tmp_path):
    assert data.availability("my-digits", tmp_path) == "draw some first"
    with pytest.raises(data.DatasetError, match="Collect"):
        data.load("my-digits", tmp_path)


def test_a_label_outside_0_to_9_is_refused(tmp_path):
    with pytest.raises(ValueError):
        my_digits.save_sample(tmp_path, 12, np.zeros((28, 28)))


def test_held_out_digits_are_a_fifth_of_each_digit_and_at_least_two():
    labels = torch.tensor([0] * 3 + [1] * 10 + [2] * 15 + [7] * 21)
    learn, held = my_digits.held_out_split(labels, seed=0)
    per_digit = torch.bincount(labels[held], minlength=10).tolist()
    assert per_digit == [2, 2, 3, 0, 0, 0, 0, 5, 0, 0]  # max(2, a fifth rounded up)
    assert sorted(learn.tolist() + held.tolist()) == list(range(len(labels)))  # disjoint, all used
    again_learn, again_held = my_digits.held_out_split(labels, seed=0)
    assert torch.equal(held, again_held) and torch.equal(learn, again_learn)  # deterministic
    assert not torch.equal(held, my_digits.held_out_split(labels, seed=1)[1])


def test_too_few_of_a_digit_to_hold_two_out_is_said_not_measured(data_root):
    """The class's collection in the shared data: 21 digits, 3 zeros and 2 of every other digit."""
    labels = torch.tensor([0, 0, 0] + [d for d in range(1, 10) for _ in range(2)])
    too_few = my_digits.held_out_split(labels)
    assert too_few == my_digits.TooFewToMeasure(3, tuple((d, 2) for d in range(1, 10)))
    loaded = data.load("my-digits", data_root)  # nothing held out: no test score to fake
    assert len(loaded.train_x) == 21 and len(loaded.test_x) == 0
    assert loaded.notes == (too_few.message(),) and "at least 3 of each digit" in str(loaded.notes[0])
