"""MNIST, Fashion-MNIST, KMNIST and CIFAR-10 through torchvision: its layout, its readers, its md5 lists.

torchvision's own ``download=True`` reports no byte progress, so files are fetched here (see download.py).
The MNIST family's IDX files are read by ``idx.read_idx`` (no torchvision import: a first run starts in
seconds); CIFAR-10 and torchvision's old processed files go through torchvision with ``download=False``.
"""

from __future__ import annotations

import gzip
import os
import shutil
import tempfile
import zlib
from functools import partial
from pathlib import Path

import torch

from core.messages import as_message
from core import messages as said

from .archive import extract
from .download import fetch
from .errors import CorruptDataset, DatasetUnavailable, corrupt
from .idx import IdxError, read_idx
from .spec import DatasetEntry, DatasetSpec, LoadedData, LoadRequest, register_dataset

DIGITS = tuple(str(i) for i in range(10))
FASHION = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
KANA = ("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo")
CIFAR = ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck")

# Read-only copies installed by the system (Debian's dataset-fashion-mnist: gzipped IDX files).
SYSTEM_COPIES: dict[str, list[Path]] = {"FashionMNIST": [Path("/usr/share/datasets/fashion-mnist")]}


def _grey(name, title, description, classes, mean, std) -> DatasetSpec:
    return DatasetSpec(name, title, description, 1, 28, classes, (mean,), (std,), "torchvision")


MNIST_SPEC = _grey(
    "mnist", "MNIST", "Handwritten digits 0-9: 60,000 train + 10,000 test, 28x28 grey.", DIGITS, 0.1307, 0.3081
)
FASHION_SPEC = _grey(
    "fashion-mnist",
    "Fashion-MNIST",
    "Clothing photos in 10 classes: 60,000 train + 10,000 test, 28x28 grey.",
    FASHION,
    0.2860,
    0.3530,
)
KMNIST_SPEC = _grey(
    "kmnist",
    "Kuzushiji-MNIST",
    "Cursive Japanese hiragana in 10 classes: 60,000 train + 10,000 test, 28x28 grey.",
    KANA,
    0.1918,
    0.3483,
)
CIFAR_SPEC = DatasetSpec(
    "cifar10",
    "CIFAR-10",
    "Small colour photos in 10 classes: 50,000 train + 10,000 test, 32x32 RGB.",
    3,
    32,
    CIFAR,
    (0.4914, 0.4822, 0.4465),
    (0.2470, 0.2435, 0.2616),
    "torchvision",
)


class _LazyDataset:
    """A torchvision dataset class imported on first real use: importing torchvision takes seconds,
    and listing datasets (at window start-up) must not pay for it."""

    def __init__(self, name: str):
        self.__name__ = name

    def _cls(self) -> type:
        from torchvision import datasets

        return getattr(datasets, self.__name__)

    def __getattr__(self, attr: str):
        return getattr(self._cls(), attr)

    def __call__(self, *args, **kwargs):
        return self._cls()(*args, **kwargs)


def check_integrity(path, md5) -> bool:
    from torchvision.datasets.utils import check_integrity as check

    return check(path, md5)


# The same four files for MNIST, Fashion-MNIST and KMNIST (torchvision's ``resources``, unpacked).
MNIST_RAW_NAMES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)
CIFAR_FOLDER = "cifar-10-batches-py"
CIFAR_FILES = tuple(f"data_batch_{i}" for i in range(1, 6)) + ("test_batch", "batches.meta")


def _not_here(title: str, root: Path) -> DatasetUnavailable:
    return DatasetUnavailable(said.NotHereNoDownload(title, str(root)))


# ---- MNIST family ------------------------------------------------------------------------------


def _raw_dir(cls: type, root: Path) -> Path:
    return Path(root) / cls.__name__ / "raw"


def _raw_names(cls: type) -> tuple[str, ...]:
    return MNIST_RAW_NAMES


def _mnist_on_disk(cls: type, root: Path) -> bool:
    processed = Path(root) / cls.__name__ / "processed"
    if (processed / "training.pt").is_file() and (processed / "test.pt").is_file():
        return True
    raw = _raw_dir(cls, root)
    return all((raw / name).is_file() for name in _raw_names(cls))


def _system_copy(cls: type) -> Path | None:
    for folder in SYSTEM_COPIES.get(cls.__name__, []):
        if all((folder / n).is_file() or (folder / f"{n}.gz").is_file() for n in _raw_names(cls)):
            return folder
    return None


def _mnist_availability(cls: type, root: Path) -> str:
    return "on disk" if _mnist_on_disk(cls, root) or _system_copy(cls) else "needs download"


def _read_split(raw: Path, shown: Path, split: str, spec: DatasetSpec) -> tuple[torch.Tensor, torch.Tensor]:
    images, labels = f"{split}-images-idx3-ubyte", f"{split}-labels-idx1-ubyte"
    try:
        x = read_idx(raw / images)
    except (IdxError, OSError) as err:
        raise corrupt(shown / images, as_message(err), spec.title) from err
    try:
        y = read_idx(raw / labels).long()
    except (IdxError, OSError) as err:
        raise corrupt(shown / labels, as_message(err), spec.title) from err
    if x.ndim != 3 or tuple(x.shape[1:]) != (spec.image_size, spec.image_size):
        raise corrupt(shown / images, said.WrongImageShape(str(tuple(x.shape[1:])), spec.image_size), spec.title)
    if y.ndim != 1 or len(x) != len(y):
        raise corrupt(shown / labels, said.LabelCountMismatch(len(y), len(x)), spec.title)
    if len(y) and (int(y.min()) < 0 or int(y.max()) >= spec.num_classes):
        raise corrupt(shown / labels, said.LabelsOutside(spec.num_classes - 1), spec.title)
    return x.unsqueeze(1).contiguous(), y


def _read_mnist(cls: type, spec: DatasetSpec, root: Path, shown: Path | None = None) -> LoadedData:
    raw, shown = _raw_dir(cls, root), shown or _raw_dir(cls, root)
    if not all((raw / name).is_file() for name in _raw_names(cls)):  # only torchvision's old processed/*.pt
        train, test = (cls(str(root), train=flag, download=False) for flag in (True, False))
        return LoadedData(
            spec,
            train.data.unsqueeze(1).contiguous(),
            train.targets.long(),
            test.data.unsqueeze(1).contiguous(),
            test.targets.long(),
        )
    return LoadedData(spec, *_read_split(raw, shown, "train", spec), *_read_split(raw, shown, "t10k", spec))


def _load_system_copy(cls: type, spec: DatasetSpec, src: Path, req: LoadRequest) -> LoadedData:
    """Read the system's (gzipped) copy through a temporary torchvision layout; no network."""
    req.report(said.ReadingFrom(spec.title, str(src)), 0, 0)
    with tempfile.TemporaryDirectory(prefix="cnn-playground-") as tmp:
        raw = _raw_dir(cls, Path(tmp))
        raw.mkdir(parents=True)
        for name in _raw_names(cls):
            plain, packed = src / name, src / f"{name}.gz"
            try:
                if plain.is_file():
                    shutil.copyfile(plain, raw / name)
                else:
                    with gzip.open(packed) as f_in, open(raw / name, "wb") as f_out:
                        shutil.copyfileobj(f_in, f_out, 1 << 20)
            except (OSError, EOFError, zlib.error) as err:
                raise CorruptDataset(said.SystemFileDamaged(str(packed), str(err), spec.title)) from err
        return _read_mnist(cls, spec, Path(tmp), shown=src)


def _download_mnist(cls: type, spec: DatasetSpec, req: LoadRequest) -> None:
    raw = _raw_dir(cls, req.root)
    todo = [(f, md5) for f, md5 in cls.resources if not (raw / os.path.splitext(f)[0]).is_file()]
    for i, (filename, md5) in enumerate(todo, 1):
        dest = raw / filename
        if not check_integrity(dest, md5):
            label = said.DownloadingFile(spec.title, i, len(todo), filename)
            fetch([m + filename for m in cls.mirrors], dest, md5, title=spec.title, label=label, req=req)
        extract(dest, raw, spec.title)


def _load_mnist_family(cls: type, spec: DatasetSpec, req: LoadRequest) -> LoadedData:
    if not _mnist_on_disk(cls, req.root):
        src = _system_copy(cls)
        if src is not None:
            return _load_system_copy(cls, spec, src, req)
        if not req.download:
            raise _not_here(spec.title, req.root)
        _download_mnist(cls, spec, req)
    req.report(said.Reading(spec.title), 0, 0)
    return _read_mnist(cls, spec, req.root)


for _name, _spec in (("MNIST", MNIST_SPEC), ("FashionMNIST", FASHION_SPEC), ("KMNIST", KMNIST_SPEC)):
    _cls = _LazyDataset(_name)
    register_dataset(DatasetEntry(_spec, partial(_load_mnist_family, _cls, _spec), partial(_mnist_availability, _cls)))


# ---- CIFAR-10 ----------------------------------------------------------------------------------

CIFAR10 = _LazyDataset("CIFAR10")


def _cifar_files(root: Path) -> list[tuple[Path, str]]:
    base = Path(root) / CIFAR10.base_folder
    listed = CIFAR10.train_list + CIFAR10.test_list + [[CIFAR10.meta["filename"], CIFAR10.meta["md5"]]]
    return [(base / name, md5) for name, md5 in listed]


def _cifar_availability(root: Path) -> str:
    return "on disk" if all((Path(root) / CIFAR_FOLDER / name).is_file() for name in CIFAR_FILES) else "needs download"


def _load_cifar(spec: DatasetSpec, req: LoadRequest) -> LoadedData:
    root = req.root
    if _cifar_availability(root) != "on disk":
        if not req.download:
            raise _not_here(spec.title, root)
        cls = CIFAR10
        dest = root / cls.filename
        if not check_integrity(dest, cls.tgz_md5):
            fetch([cls.url], dest, cls.tgz_md5, title=spec.title, label=said.Downloading(spec.title), req=req)
        req.report(said.Unpacking(spec.title), 0, 0)
        extract(dest, root, spec.title)
    req.report(said.Reading(spec.title), 0, 0)
    try:
        train, test = (CIFAR10(str(root), train=flag, download=False) for flag in (True, False))
    except Exception as err:  # noqa: BLE001 - md5 mismatch, bad pickle, ...
        for path, md5 in _cifar_files(root):
            if not check_integrity(path, md5):
                raise corrupt(path, said.ItsChecksumDiffers(), spec.title) from err
        raise corrupt(root / CIFAR10.base_folder, as_message(err), spec.title) from err
    out = []
    for ds in (train, test):
        out += [
            torch.from_numpy(ds.data).permute(0, 3, 1, 2).contiguous(),
            torch.as_tensor(ds.targets, dtype=torch.int64),
        ]
    return LoadedData(spec, *out)


register_dataset(DatasetEntry(CIFAR_SPEC, partial(_load_cifar, CIFAR_SPEC), _cifar_availability))
