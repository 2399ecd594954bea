"""Datasets: a registry of specs, loaded whole into memory as uint8 tensors (no Qt).

    data = load("mnist", root, progress=fn, cancel=event)
    data.train_x  # uint8 [N, C, H, W]; normalise with data.spec.mean/std on the batch, on the device

Errors are DatasetError subclasses whose message tells the user what to do.
"""

from __future__ import annotations

import threading
from pathlib import Path

from core.paths import data_dir

# Import order is menu order: each module registers its datasets.
from . import torchvision_sets, shapes, folder as _folder_sets, my_digits, class_digits  # noqa: F401,I001
from core import messages as said

from .errors import CorruptDataset, DatasetError, DatasetUnavailable, DownloadCancelled
from .skips import SkippedFile, notes_with_skips, skip_summary
from .spec import DATASETS, DatasetEntry, DatasetSpec, LoadedData, LoadRequest, ProgressFn, register_dataset
from .stats import channel_mean_std, split_validation

__all__ = [
    "CorruptDataset",
    "DATASETS",
    "DatasetEntry",
    "DatasetError",
    "DatasetSpec",
    "DatasetUnavailable",
    "DownloadCancelled",
    "LoadRequest",
    "LoadedData",
    "ProgressFn",
    "SkippedFile",
    "availability",
    "channel_mean_std",
    "get_spec",
    "list_datasets",
    "load",
    "register_dataset",
    "notes_with_skips",
    "skip_summary",
    "split_validation",
]


def _entry(name: str) -> DatasetEntry:
    try:
        return DATASETS.get(name)
    except KeyError:
        known = ", ".join(DATASETS.names())
        raise DatasetError(said.NoSuchDataset(repr(name), known)) from None


def list_datasets() -> list[DatasetSpec]:
    """Specs of all registered datasets, in menu order."""
    return [entry.spec for entry in DATASETS]


def get_spec(name: str) -> DatasetSpec:
    return _entry(name).spec


def availability(name: str, root: Path) -> str:
    """ "on disk" | "needs download" | "built-in" | "choose a folder". Cheap: only looks for files."""
    return _entry(name).availability(Path(root))


def load(
    name: str,
    root: Path | None = None,
    *,
    folder: Path | None = None,
    image_size: int | None = None,
    channels: int | None = None,
    download: bool = True,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    seed: int = 0,
) -> LoadedData:
    """Load both splits of ``name`` into memory, downloading first if needed and allowed.

    ``root`` defaults to the data dir. ``folder``, ``image_size`` and ``channels`` are for the
    'folder' set (``image_size``/``channels`` also re-render 'shapes'); the torchvision sets keep
    their own size and channels. Blocking: call it off the GUI thread.
    """
    entry = _entry(name)
    if channels not in (None, 1, 3):
        raise DatasetError(said.BadChannelCount(channels))
    if image_size is not None and not 8 <= image_size <= 512:
        raise DatasetError(said.BadImageSize(image_size))
    request = LoadRequest(
        root=Path(root) if root is not None else data_dir(),
        folder=Path(folder) if folder is not None else None,
        image_size=image_size,
        channels=channels,
        download=download,
        progress=progress,
        cancel=cancel,
        seed=seed,
    )
    request.check_cancel()
    return entry.load(request)
