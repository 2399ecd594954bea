"""The one description of a training run: a frozen, validated dataclass."""
from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, fields
from typing import Any

OPTIMIZERS = ("sgd", "adam", "adamw", "rmsprop")
SCHEDULES = ("none", "step", "cosine", "onecycle")
AUGMENTATIONS = ("none", "shift", "affine", "handwriting", "handwriting-styles")


class ConfigError(ValueError):
    """Invalid settings. ``problems`` maps each field to a sentence saying what to change."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__(" ".join(problems.values()))


@dataclass(frozen=True)
class TrainConfig:
    arch: str = "lenet"
    dataset: str = "mnist"
    folder: str | None = None          # image folder, for dataset "folder"
    image_size: int | None = None      # folder images are resized to this (default 64)
    epochs: int = 5
    batch_size: int = 64
    lr: float = 1e-3
    optimizer: str = "adam"
    momentum: float = 0.9              # SGD and RMSprop
    nesterov: bool = False
    weight_decay: float = 0.0
    schedule: str = "none"
    step_every: int = 3                # "step" schedule: epochs between lr drops
    step_gamma: float = 0.1            # "step" schedule: lr multiplier at each drop
    label_smoothing: float = 0.0
    grad_clip: float = 0.0             # max gradient norm; 0 = off
    augment: str = "none"
    val_fraction: float = 0.1
    train_subset: int = 0              # use only this many training images; 0 = all
    seed: int = 0
    device: str = "auto"
    mixed_precision: bool = False      # CUDA only
    threads: int = 0                   # CPU threads; 0 = PyTorch's default
    activation: str | None = None      # model options; None = the recipe's own
    init: str | None = None
    dropout: float | None = None
    batch_norm: bool | None = None

    def __post_init__(self) -> None:
        found = problems(self)
        if found:
            raise ConfigError(found)

    def replace(self, **changes: Any) -> "TrainConfig":
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TrainConfig":
        """Ignores unknown keys, so run folders from other versions still open."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def _positive_finite(value: float) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


def problems(cfg: TrainConfig) -> dict[str, str]:
    """Every invalid field with a sentence that says what to do. Empty when the config is fine."""
    from core import archs, data  # registries; imported late to keep config light

    out: dict[str, str] = {}
    if cfg.arch not in archs.ARCHS:
        out["arch"] = f"Unknown network {cfg.arch!r}: pick one of {', '.join(archs.ARCHS.names())}."
    dataset_names = [spec.name for spec in data.list_datasets()]
    if cfg.dataset not in dataset_names:
        out["dataset"] = f"Unknown dataset {cfg.dataset!r}: pick one of {', '.join(dataset_names)}."
    elif cfg.dataset == "folder" and not cfg.folder:
        out["folder"] = "Choose an image folder (one sub-folder of images per class)."
    if not isinstance(cfg.epochs, int) or cfg.epochs < 1:
        out["epochs"] = "Epochs must be at least 1."
    if not isinstance(cfg.batch_size, int) or cfg.batch_size < 1:
        out["batch_size"] = "Batch size must be at least 1 (64 or 256 are good starts)."
    if not _positive_finite(cfg.lr):
        out["lr"] = "The learning rate must be a number above 0 (try 0.001 for Adam, 0.01-0.1 for SGD)."
    if cfg.optimizer not in OPTIMIZERS:
        out["optimizer"] = f"Optimizer must be one of {', '.join(OPTIMIZERS)}."
    if not 0 <= cfg.momentum < 1:
        out["momentum"] = "Momentum must be between 0 and 1 (0.9 is usual)."
    if cfg.nesterov and (cfg.optimizer != "sgd" or cfg.momentum <= 0):
        out["nesterov"] = "Nesterov needs the SGD optimizer with momentum above 0."
    if cfg.weight_decay < 0:
        out["weight_decay"] = "Weight decay cannot be negative (0 or 1e-4 are usual)."
    if cfg.schedule not in SCHEDULES:
        out["schedule"] = f"Schedule must be one of {', '.join(SCHEDULES)}."
    if cfg.step_every < 1 or not 0 < cfg.step_gamma <= 1:
        out["step_every"] = "The step schedule needs a step of at least 1 epoch and a factor in (0, 1]."
    if not 0 <= cfg.label_smoothing < 1:
        out["label_smoothing"] = "Label smoothing must be between 0 and 1 (0.1 is usual)."
    if cfg.grad_clip < 0:
        out["grad_clip"] = "Gradient clipping must be 0 (off) or a positive norm such as 1.0."
    if cfg.augment not in AUGMENTATIONS:
        out["augment"] = f"Augmentation must be one of {', '.join(AUGMENTATIONS)}."
    elif cfg.augment == "handwriting-styles" and cfg.dataset not in ("mnist", "my-digits"):
        out["augment"] = "Writing styles (slashed zeros, crossed sevens ...) are for digits: pick 'handwriting'."
    if not 0 <= cfg.val_fraction < 0.9:
        out["val_fraction"] = "The validation share must be between 0 and 0.9 (0.1 keeps 10 % aside)."
    if cfg.train_subset < 0:
        out["train_subset"] = "The training subset must be 0 (all images) or a positive count."
    if cfg.threads < 0:
        out["threads"] = "CPU threads must be 0 (automatic) or a positive count."
    if cfg.image_size is not None and not 8 <= cfg.image_size <= 512:
        out["image_size"] = "Image size must be between 8 and 512 pixels."
    if cfg.dropout is not None and not 0 <= cfg.dropout < 1:
        out["dropout"] = "Dropout must be between 0 and 1 (0.5 is the classic value)."
    if cfg.activation is not None and cfg.activation not in archs.ACTIVATIONS:
        out["activation"] = f"Activation must be one of {', '.join(archs.ACTIVATIONS)}."
    if cfg.init is not None and cfg.init not in archs.INITS:
        out["init"] = f"Initialisation must be one of {', '.join(archs.INITS)}."
    if "arch" not in out and "dataset" not in out and "image_size" not in out:
        spec = data.get_spec(cfg.dataset)
        # A folder's channels are known only once loaded (the trainer checks again then).
        channels = archs.get_arch(cfg.arch).channels[0] if cfg.dataset == "folder" else spec.channels
        misfit = archs.fit_problem(cfg.arch, channels, cfg.image_size or spec.image_size)
        if misfit:
            out["arch"] = misfit
    return out
