"""The map of what a network sees, on real MNIST with the tiny trained LeNet."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from core import embedding
from core.evaluate import Normalizer
from core.tasks import TaskCancelled
from tests.helpers import MNIST_MEAN, MNIST_STD

NORM = Normalizer.of((MNIST_MEAN,), (MNIST_STD,))


def _map(tiny_model, mnist, method="pca", size=300, **kw):
    return embedding.build_map(tiny_model, mnist.test_x, mnist.test_y, NORM, method, size=size, **kw)


def test_sample_is_deterministic_sorted_and_distinct():
    a, b = embedding.sample_indices(10_000, 2000), embedding.sample_indices(10_000, 2000)
    assert np.array_equal(a, b) and len(np.unique(a)) == 2000 and np.all(np.diff(a) > 0)
    assert not np.array_equal(a, embedding.sample_indices(10_000, 2000, seed=1))
    assert len(embedding.sample_indices(50, 2000)) == 50


def test_pca_map_is_deterministic_and_separates_classes(tiny_model, mnist, one_torch_thread):
    first, second = _map(tiny_model, mnist), _map(tiny_model, mnist)
    assert first.points.shape == (300, 2) and first.features.values.shape == (300, 64)
    assert np.array_equal(first.points, second.points)
    assert np.array_equal(first.labels, mnist.test_y[first.indices].numpy())
    # a trained network puts images of one class together: class centres lie further apart than the spread
    centres = np.stack([first.points[first.labels == c].mean(0) for c in range(10)])
    spread = np.mean([first.points[first.labels == c].std(0).mean() for c in range(10)])
    gaps = np.linalg.norm(centres[:, None] - centres[None], axis=-1)[np.triu_indices(10, 1)]
    assert np.median(gaps) > spread
    assert first.misclassified.mean() < 0.1


def test_pca_places_a_map_image_on_its_own_point(tiny_model, mnist, one_torch_thread):
    fmap = _map(tiny_model, mnist, size=200)
    placed = fmap.place(fmap.features.values[:3])
    np.testing.assert_allclose(placed, fmap.points[:3], atol=1e-4)


def test_tsne_map_and_placing_a_drawing(tiny_model, mnist, one_torch_thread):
    fmap = _map(tiny_model, mnist, "tsne", size=200)
    assert fmap.points.shape == (200, 2) and np.isfinite(fmap.points).all() and fmap.projection is None
    # a map image's own features land among its neighbours (itself included): near its own point
    placed = fmap.place(fmap.features.values[5])
    typical = np.linalg.norm(fmap.points - fmap.points.mean(0), axis=1).mean()
    assert np.linalg.norm(placed[0] - fmap.points[5]) < typical / 2


def test_cancelled_map_stops(tiny_model, mnist):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TaskCancelled):
        _map(tiny_model, mnist, cancel=cancel)


def test_unknown_method_names_the_known_ones(tiny_model, mnist):
    with pytest.raises(KeyError, match="pca, tsne"):
        _map(tiny_model, mnist, "umap")
