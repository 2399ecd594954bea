"""Collected digits: saved in ImageFolder layout with the raw drawing, listed and loaded as a dataset."""

import json

import numpy as np
import pytest

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
    assert len(loaded.train_x) + len(loaded.test_x) == 40 and len(loaded.test_x) == 8
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
