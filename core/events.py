"""What a training run reports, as plain frozen dataclasses (no Qt, no tensors in metrics)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Union

import numpy as np

from core.card import ModelCard
from core.config import TrainConfig
from core.knobs import KnobChange, KnobIgnored
from core.messages import Message


@dataclass(frozen=True)
class Progress:
    """Work before the first batch: loading or downloading data ("done"/"total" counted in ``unit``)."""

    message: Message  # e.g. Loading("MNIST"), Downloading(...): the gui says it in the user's language
    done: int = 0
    total: int = 0
    unit: str = "items"  # "bytes" while downloading, else "items" (images, files)


@dataclass(frozen=True)
class RunStarted:
    run_dir: Path
    config: TrainConfig
    card: ModelCard  # the network being trained, at the epoch it starts from
    num_train: int
    num_val: int
    num_test: int
    batches_per_epoch: int
    device: str
    params: int
    start_epoch: int = 1  # > 1 when resuming
    weights: dict[str, Any] = field(default_factory=dict, repr=False)  # CPU copy before the first batch
    test_x: Any = field(default=None, repr=False)  # uint8 [N,C,H,W] CPU test images, shared: read, never write
    test_y: Any = field(default=None, repr=False)
    data_notes: tuple[Message, ...] = ()  # what loading left out, e.g. skipped files (core.data.skip_summary)


@dataclass(frozen=True)
class BatchEnd:
    epoch: int
    batch: int  # 1-based within the epoch
    batches: int
    step: int  # global batch count since the run began
    loss: float
    accuracy: float
    lr: float
    images_per_s: float
    elapsed: float
    eta: float


@dataclass(frozen=True)
class EpochMetrics:
    epoch: int
    train_loss: float
    train_acc: float
    val_loss: float | None
    val_acc: float | None
    test_loss: float
    test_acc: float
    lr: float
    images_per_s: float  # training throughput of this epoch
    seconds: float  # wall time of this epoch, evaluation included


@dataclass(frozen=True)
class EpochEnd:
    epochs: int
    metrics: EpochMetrics
    elapsed: float
    eta: float
    is_best: bool
    weights: dict[str, Any] = field(repr=False)  # CPU copy of the state dict, safe to use anywhere
    test_pred: np.ndarray = field(repr=False)  # predicted class per test image
    test_conf: np.ndarray = field(repr=False)  # probability of that prediction
    grad_norms: dict[str, float] = field(default_factory=dict)  # layer -> mean gradient norm this epoch
    card: ModelCard | None = field(default=None, repr=False)  # the network, with epoch = this epoch
    # share of this epoch's training time the host spent making batches (gather, augment, normalise); exact on
    # the CPU, where the work is done as it is asked for; on a GPU the host only queues it, so it reads low
    input_share: float = 0.0


@dataclass(frozen=True)
class Paused:
    epoch: int
    batch: int


@dataclass(frozen=True)
class RunFinished:
    run_dir: Path
    history: tuple[EpochMetrics, ...]
    seconds: float


@dataclass(frozen=True)
class RunFailed:
    kind: str  # "stopped" | "nan" | "oom" | "data" | "checkpoint" | "disk" | "error"
    message: Message  # what happened (core.messages; str() is the English sentence)
    hint: Message  # what to do
    run_dir: Path | None = None
    epoch: int | None = None
    batch: int | None = None
    history: tuple[EpochMetrics, ...] = ()  # every finished epoch, saved or not
    saved_epoch: int = 0  # the last epoch whose weights and metrics are on disk (0: none)


Event = Union[Progress, RunStarted, BatchEnd, EpochEnd, Paused, KnobChange, KnobIgnored, RunFinished, RunFailed]
EventHandler = Callable[[Event], None]
