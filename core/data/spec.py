"""What a dataset is (spec), what loading gives (LoadedData) and the registry tying names to loaders."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import torch

from core.messages import Message
from core import messages as said
from core.registry import Registry

from .errors import DownloadCancelled
from .skips import SkippedFile

# (message, done, total, unit): unit "bytes" while downloading, else "items"; total 0 if unknown
ProgressFn = Callable[[Message, int, int, str], None]


@dataclass(frozen=True)
class DatasetSpec:
    name: str
    title: str
    description: str
    channels: int
    image_size: int
    class_names: tuple[str, ...]
    mean: tuple[float, ...]  # per channel, 0..1 units
    std: tuple[float, ...]
    source: str  # "torchvision" | "builtin" | "folder"

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


@dataclass
class LoadedData:
    spec: DatasetSpec
    train_x: torch.Tensor  # uint8 [N, C, H, W], contiguous, CPU
    train_y: torch.Tensor  # int64 [N]
    test_x: torch.Tensor
    test_y: torch.Tensor
    skipped: int = 0
    notes: tuple[Message, ...] = ()
    skipped_files: tuple[SkippedFile, ...] = ()  # why each left-out file was left out (see skips.skip_summary)


@dataclass(frozen=True)
class LoadRequest:
    """The arguments of :func:`core.data.load`, handed to a dataset's loader."""

    root: Path
    folder: Path | None = None
    image_size: int | None = None
    channels: int | None = None
    download: bool = True
    progress: ProgressFn | None = None
    cancel: threading.Event | None = None
    seed: int = 0

    def report(self, message: Message, done: int, total: int, unit: str = "items") -> None:
        if self.progress is not None:
            self.progress(message, done, total, unit)

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def check_cancel(self, what: Message | None = None) -> None:
        if self.cancelled():
            raise DownloadCancelled(said.Cancelled(what or said.LoadingWork()))


@dataclass(frozen=True)
class DatasetEntry:
    spec: DatasetSpec
    load: Callable[[LoadRequest], LoadedData]
    availability: Callable[[Path], str]  # root -> "on disk" | "needs download" | "built-in" | "choose a folder"


DATASETS: Registry[DatasetEntry] = Registry("dataset")


def register_dataset(entry: DatasetEntry) -> DatasetEntry:
    return DATASETS.add(entry.spec.name, entry)
