"""Dataset layer: real MNIST/Fashion-MNIST, corrupt files, image folders, shapes, splits."""

from __future__ import annotations

import ast
import gzip
import os
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from core.data import (
    CorruptDataset,
    DatasetError,
    DatasetUnavailable,
    availability,
    get_spec,
    list_datasets,
    load,
    split_validation,
)
from core.data import torchvision_sets
from core.data.stats import channel_mean_std

MNIST_FILES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")


def test_registry_names_and_specs():
    assert [s.name for s in list_datasets()] == [
        "mnist",
        "fashion-mnist",
        "kmnist",
        "cifar10",
        "shapes",
        "folder",
        "my-digits",
        "class-digits",
    ]
    assert get_spec("fashion-mnist").class_names[0] == "T-shirt/top"
    assert get_spec("kmnist").class_names == ("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo")
    cifar = get_spec("cifar10")
    assert (cifar.channels, cifar.image_size, len(cifar.mean), cifar.source) == (3, 32, 3, "torchvision")
    with pytest.raises(DatasetError, match="no dataset called 'nope'"):
        get_spec("nope")


def test_availability(tmp_path, data_root):
    assert availability("mnist", data_root) == "on disk"
    assert availability("mnist", tmp_path) == "needs download"
    assert availability("cifar10", tmp_path) == "needs download"
    assert availability("shapes", tmp_path) == "built-in"
    assert availability("folder", tmp_path) == "choose a folder"


@pytest.mark.parametrize(
    "name, first_labels", [("mnist", [5, 0, 4, 1, 9, 2, 1, 3, 1, 4]), ("fashion-mnist", [9, 0, 0, 3, 0, 2, 7, 2, 5, 5])]
)
def test_real_data_loads_right(data_root, name, first_labels):
    data = load(name, data_root, download=False)
    assert data.train_x.shape == (60000, 1, 28, 28) and data.test_x.shape == (10000, 1, 28, 28)
    assert data.train_x.dtype == torch.uint8 and data.train_x.is_contiguous() and data.test_x.is_contiguous()
    assert data.train_y.dtype == torch.int64 and data.train_y.shape == (60000,)
    assert data.train_y[:10].tolist() == first_labels
    assert torch.bincount(data.test_y).tolist() == [1000] * 10 if name == "fashion-mnist" else True
    assert set(data.train_y.unique().tolist()) == set(range(10))
    mean, std = channel_mean_std(data.train_x)
    assert mean[0] == pytest.approx(data.spec.mean[0], abs=2e-3)
    assert std[0] == pytest.approx(data.spec.std[0], abs=2e-3)
    assert data.skipped == 0


def test_fashion_from_system_copy(tmp_path, data_root, monkeypatch):
    """Debian's dataset-fashion-mnist keeps gzipped IDX files in /usr/share/datasets/fashion-mnist."""
    system = tmp_path / "system"
    system.mkdir()
    for name in MNIST_FILES:
        (system / f"{name}.gz").write_bytes(gzip.compress((data_root / "FashionMNIST/raw" / name).read_bytes(), 1))
    monkeypatch.setitem(torchvision_sets.SYSTEM_COPIES, "FashionMNIST", [system])
    empty_root = tmp_path / "root"
    assert availability("fashion-mnist", empty_root) == "on disk"
    data = load("fashion-mnist", empty_root, download=False)
    direct = load("fashion-mnist", data_root, download=False)
    assert torch.equal(data.test_x, direct.test_x) and torch.equal(data.train_y, direct.train_y)
    assert not empty_root.exists(), "reading the system copy must not write into the data dir"


def _mnist_copy(tmp_path: Path, data_root: Path, damaged: str, content: bytes) -> Path:
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for name in MNIST_FILES:
        if name == damaged:
            (raw / name).write_bytes(content)
        else:
            os.symlink(data_root / "MNIST/raw" / name, raw / name)
    return raw


@pytest.mark.parametrize(
    "damaged, how",
    [
        ("train-images-idx3-ubyte", "truncated"),
        ("t10k-labels-idx1-ubyte", "truncated"),
        ("t10k-images-idx3-ubyte", "garbage"),
        ("train-labels-idx1-ubyte", "empty"),
    ],
)
def test_corrupt_idx_gives_corrupt_dataset(tmp_path, data_root, damaged, how):
    original = (data_root / "MNIST/raw" / damaged).read_bytes()
    content = {"truncated": original[: len(original) // 2], "garbage": b"\x89PNG not an idx file" * 50, "empty": b""}[
        how
    ]
    raw = _mnist_copy(tmp_path, data_root, damaged, content)
    with pytest.raises(CorruptDataset) as info:
        load("mnist", tmp_path, download=False)
    message = str(info.value)
    assert str(raw / damaged) in message and "Delete it" in message
    assert "Traceback" not in message


def test_label_count_mismatch_is_corrupt(tmp_path, data_root):
    original = (data_root / "MNIST/raw/t10k-labels-idx1-ubyte").read_bytes()
    shorter = original[:4] + (9000).to_bytes(4, "big") + original[8:9008]  # a valid file with too few labels
    raw = _mnist_copy(tmp_path, data_root, "t10k-labels-idx1-ubyte", shorter)
    with pytest.raises(CorruptDataset, match="9000 labels for 10000 images") as info:
        load("mnist", tmp_path, download=False)
    assert str(raw / "t10k-labels-idx1-ubyte") in str(info.value)


def test_missing_without_download_is_unavailable(tmp_path):
    with pytest.raises(DatasetUnavailable, match="shapes"):
        load("kmnist", tmp_path, download=False)
    assert not any(tmp_path.iterdir())


# ---- image folders ----------------------------------------------------------------------------


def _write_images(folder: Path, rng: np.random.Generator) -> None:
    """Class 'red': RGB PNGs and JPEGs of various sizes; class 'grey': grey PNGs; plus a note file."""
    (folder / "red").mkdir(parents=True)
    (folder / "grey").mkdir(parents=True)
    for i in range(5):
        img = np.zeros((20 + 7 * i, 30 + 3 * i, 3), np.uint8)
        img[..., 0] = 255
        Image.fromarray(img).save(folder / "red" / f"r{i}.png")
        Image.fromarray(img).save(folder / "red" / f"r{i}.jpg", quality=95)
        Image.fromarray(np.full((50 + i, 17, 1), 100 + i, np.uint8)[..., 0], "L").save(folder / "grey" / f"g{i}.png")
    Image.fromarray(rng.integers(0, 255, (12, 12), dtype=np.uint8)).save(folder / "grey" / "tiny.jpeg")
    (folder / "red" / "readme.txt").write_text("not an image")


def test_folder_mixed_images(tmp_path):
    _write_images(tmp_path, np.random.default_rng(0))
    data = load("folder", folder=tmp_path, seed=3)
    assert data.skipped == 1 and "readme.txt" in str(data.notes[0])
    assert data.spec.class_names == ("grey", "red") and data.spec.source == "folder"
    assert data.spec.channels == 3 and data.spec.image_size == 64 and len(data.spec.mean) == 3
    # 6 grey + 10 red images, 20 % of each class held out
    assert (len(data.train_x), len(data.test_x)) == (13, 3)
    assert torch.bincount(data.test_y).tolist() == [1, 2]
    assert data.train_x.shape[1:] == (3, 64, 64) and data.train_x.dtype == torch.uint8
    red = data.train_x[data.train_y == 1].float()
    assert red[:, 0].mean() > 250 and red[:, 1:].mean() < 5
    grey = data.train_x[data.train_y == 0]
    assert torch.equal(grey[:, 0], grey[:, 1]) and torch.equal(grey[:, 1], grey[:, 2])
    assert data.spec.mean == channel_mean_std(data.train_x)[0]
    # same seed, same split; other seed, other split
    again = load("folder", folder=tmp_path, seed=3)
    assert torch.equal(again.test_x, data.test_x)
    other = [load("folder", folder=tmp_path, seed=s).test_x for s in range(4, 8)]
    assert any(not torch.equal(x, data.test_x) for x in other)


def test_folder_overrides_and_bad_files(tmp_path):
    _write_images(tmp_path, np.random.default_rng(1))
    (tmp_path / "grey" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    data = load("folder", folder=tmp_path, channels=1, image_size=32)
    assert data.skipped == 2 and any("broken.png" in str(n) for n in data.notes)
    assert data.train_x.shape[1:] == (1, 32, 32) and data.spec.channels == 1 and len(data.spec.std) == 1


def test_folder_grey_only_gives_one_channel_and_uses_train_test(tmp_path):
    for split, count in (("train", 4), ("test", 2)):
        for cls in ("a", "b", "c"):
            (tmp_path / split / cls).mkdir(parents=True)
            for i in range(count):
                Image.new("L", (40, 40), 80 * "abc".index(cls)).save(tmp_path / split / cls / f"{i}.png")
    data = load("folder", folder=tmp_path)
    assert data.spec.class_names == ("a", "b", "c") and data.spec.channels == 1
    assert (len(data.train_x), len(data.test_x)) == (12, 6)
    assert data.test_x[data.test_y == 2].float().mean() == 160


@pytest.mark.parametrize(
    "make, expected",
    [
        (lambda p: None, "at least 2 classes"),
        (lambda p: (p / "only").mkdir(), "at least 2 classes"),
        (lambda p: [(p / c).mkdir() for c in "ab"], "at least 2 classes"),
    ],
)
def test_folder_errors(tmp_path, make, expected):
    make(tmp_path)
    with pytest.raises(DatasetError, match=expected) as info:
        load("folder", folder=tmp_path)
    assert "sub-folder" in str(info.value)


def test_folder_missing_or_not_given(tmp_path):
    with pytest.raises(DatasetError, match="does not exist"):
        load("folder", folder=tmp_path / "nowhere")
    with pytest.raises(DatasetError, match="No image folder"):
        load("folder")


# ---- shapes -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def shapes0():
    return load("shapes", seed=0), None


def test_shapes_balanced_and_stats(shapes0):
    data, _ = shapes0
    assert data.train_x.shape == (12000, 1, 28, 28) and data.test_x.shape == (2000, 1, 28, 28)
    assert data.train_x.dtype == torch.uint8 and data.train_y.dtype == torch.int64
    assert torch.bincount(data.train_y).tolist() == [1200] * 10
    assert len(data.spec.class_names) == 10 and data.spec.source == "builtin"
    mean, std = channel_mean_std(data.train_x)
    assert mean[0] == pytest.approx(data.spec.mean[0], abs=1e-3) and std[0] == pytest.approx(data.spec.std[0], abs=1e-3)
    ink = data.train_x.flatten(1).amax(1)
    assert (ink >= 200).all(), "every image has a drawn shape"
    border = torch.cat(
        [data.train_x[..., 0, :], data.train_x[..., -1, :], data.train_x[..., :, 0], data.train_x[..., :, -1]], -1
    )
    assert border.float().mean() < 2, "shapes stay inside the frame"


def test_shapes_deterministic_per_seed(shapes0):
    data, _ = shapes0
    again = load("shapes", seed=0)
    assert torch.equal(again.train_x, data.train_x) and torch.equal(again.test_y, data.test_y)
    other = load("shapes", seed=1)
    assert not torch.equal(other.train_x[:100], data.train_x[:100])
    assert not torch.equal(data.test_x, data.train_x[:2000]), "test is not a copy of train"


def test_shapes_classes_are_distinct(shapes0):
    data, _ = shapes0
    x = data.train_x.flatten(1).float() / 255
    centroids = torch.stack([x[data.train_y == k].mean(0) for k in range(10)])
    distances = torch.cdist(centroids, centroids) + torch.eye(10) * 100
    assert distances.min() > 0.8
    predicted = torch.cdist(data.test_x.flatten(1).float() / 255, centroids).argmin(1)
    accuracy = (predicted == data.test_y).float().mean().item()
    assert accuracy > 0.4, f"nearest-centroid accuracy {accuracy:.2f} (chance 0.10)"


def test_shapes_other_size_and_channels():
    data = load("shapes", image_size=20, channels=3)
    assert data.train_x.shape == (12000, 3, 20, 20) and data.spec.image_size == 20 and len(data.spec.mean) == 3
    assert torch.equal(data.train_x[:, 0], data.train_x[:, 2])


# ---- validation split -------------------------------------------------------------------------


def test_split_validation():
    train, val = split_validation(1000, 0.2, seed=7)
    assert (len(train), len(val)) == (800, 200)
    assert train.dtype == torch.int64
    assert torch.equal(torch.cat([train, val]).sort().values, torch.arange(1000))
    again = split_validation(1000, 0.2, seed=7)
    assert torch.equal(again[1], val)
    assert not torch.equal(split_validation(1000, 0.2, seed=8)[1], val)
    assert len(split_validation(10, 0.0, 0)[1]) == 0
    assert split_validation(1, 0.5, 0)[0].tolist() == [0]
    with pytest.raises(ValueError):
        split_validation(10, 1.0, 0)


def test_core_data_imports_no_qt():
    """core/ never imports Qt (checked on the source: a subprocess importing torch takes too long here)."""
    qt = ("PySide6", "PySide2", "PyQt5", "PyQt6", "qtpy", "pyqtgraph", "shiboken6")
    package = Path(__file__).resolve().parents[2] / "core" / "data"
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(n.split(".")[0] in qt for n in names), f"{path.name} imports Qt"
