"""The Data view's core: counts per part, class means and examples, balance warnings, skipped files, previews."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from core import data
from core.data_overview import EXAMPLES, PREVIEWS, BalanceWarning, augmentation_preview, balance_warnings, overview

pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def mnist(mnist):
    """A tenth of MNIST's training images (the counts, means and examples work the same): a faster test."""
    return data.LoadedData(mnist.spec, mnist.train_x[:6000], mnist.train_y[:6000], mnist.test_x, mnist.test_y)


def test_mnist_counts_follow_the_runs_validation_split_and_means_are_the_class_means(mnist):
    found = overview(mnist, "mnist", 0.1, seed=0)
    train_idx, val_idx = data.split_validation(len(mnist.train_x), 0.1, 0)
    assert found.counts["train"] == tuple(torch.bincount(mnist.train_y[train_idx]).tolist())
    assert found.counts["validation"] == tuple(torch.bincount(mnist.train_y[val_idx]).tolist())
    assert found.counts["test"] == tuple(torch.bincount(mnist.test_y).tolist())
    assert (found.total("train"), found.total("validation"), found.total("test")) == (5_400, 600, 10_000)
    ones = mnist.train_x[train_idx][mnist.train_y[train_idx] == 1].double().mean(0)
    assert np.abs(found.means[1].astype(float) - ones.numpy()).max() <= 0.5  # rounded to whole grey levels
    assert found.examples.shape == (10, EXAMPLES, 1, 28, 28) and found.example_counts == (EXAMPLES,) * 10
    seven = found.examples[7, 0]
    first_seven = train_idx[mnist.train_y[train_idx] == 7][0]
    assert np.array_equal(seven, mnist.train_x[first_seven].numpy())  # examples come from the training part
    assert found.warnings == () and found.skipped == ()
    assert overview(mnist, "mnist", 0.0, seed=0).counts["validation"] == (0,) * 10


def test_an_unbalanced_image_folder_is_flagged_and_its_skipped_files_listed(tmp_path):
    for name, count in (("cats", 20), ("dogs", 20), ("owls", 3)):
        (tmp_path / name).mkdir()
        for i in range(count):
            Image.new("L", (16, 16), 40 * len(name) + i).save(tmp_path / name / f"{i}.png")
    (tmp_path / "cats" / "notes.txt").write_text("not an image")
    (tmp_path / "dogs" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    loaded = data.load("folder", folder=tmp_path, seed=0)
    found = overview(loaded, "folder", 0.0, seed=0)
    train = {w.class_name for w in found.warnings if w.split == "train"}
    assert train == {"owls"} and all(w.kind == "few" for w in found.warnings if w.split == "train")
    assert found.example_counts[2] == found.counts["train"][2] < EXAMPLES  # fewer owls than example slots
    assert sorted((s.path.name, s.reason) for s in found.skipped) == [
        ("broken.png", "unreadable"),
        ("notes.txt", "not_image"),
    ]


def test_balance_warnings_name_missing_and_rare_classes_but_not_an_empty_part():
    counts = {"train": (100, 90, 20, 0), "validation": (0, 0, 0, 0), "test": (10, 10, 10, 10)}
    found = balance_warnings(counts, ("a", "b", "c", "d"))
    assert [(w.kind, w.split, w.class_name, w.count) for w in found] == [
        ("few", "train", "c", 20),
        ("missing", "train", "d", 0),
    ]
    assert found[0] == BalanceWarning("few", "train", "c", 20, 52.5)


def test_the_augmentation_preview_is_the_image_itself_without_augmentation_and_varies_with_one(mnist):
    image = mnist.train_x[0].numpy()
    same = augmentation_preview(image, int(mnist.train_y[0]), "none")
    assert same.shape == (PREVIEWS, 1, 28, 28) and all(np.array_equal(p, image) for p in same)
    varied = augmentation_preview(image, int(mnist.train_y[0]), "affine", seed=1)
    assert len({p.tobytes() for p in varied}) == PREVIEWS
    assert np.array_equal(varied, augmentation_preview(image, int(mnist.train_y[0]), "affine", seed=1))
    with pytest.raises(KeyError):
        augmentation_preview(image, 0, "no-such-augmentation")
