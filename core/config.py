"""The one description of a training run: a frozen, validated dataclass, and the valid range of every field.

``SETTINGS`` is the single definition of each field's type, range, choices and help: the CLI's ``--help``,
the window's controls and the settings restore all read it, so none of them can accept what another refuses.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, fields
from typing import Any

from core.setting import Setting

from core.messages import Message, MessageError, Sentences
from core.messages import settings as said

OPTIMIZERS = ("sgd", "adam", "adamw", "rmsprop")
SCHEDULES = ("none", "step", "cosine", "onecycle")
MAX_SEED = 2**31 - 1  # fits a 32-bit spin box, numpy and torch alike
MAX_THREADS = 256  # far past any desktop; 100000 makes libgomp crash without a word


class ConfigError(MessageError, ValueError):
    """Invalid settings. ``problems`` maps each field to a message saying what to change."""

    def __init__(self, problems: dict[str, Message]):
        self.problems = problems
        super().__init__(Sentences(tuple(problems.values())))


@dataclass(frozen=True)
class TrainConfig:
    arch: str = "lenet"
    dataset: str = "mnist"
    folder: str | None = None  # image folder, for dataset "folder"
    image_size: int | None = None  # folder images are resized to this (default 64)
    epochs: int = 5
    batch_size: int = 64
    lr: float = 1e-3
    optimizer: str = "adam"
    momentum: float = 0.9  # SGD and RMSprop
    nesterov: bool = False
    weight_decay: float = 0.0
    schedule: str = "none"
    step_every: int = 3  # "step" schedule: epochs between lr drops
    step_gamma: float = 0.1  # "step" schedule: lr multiplier at each drop
    label_smoothing: float = 0.0
    grad_clip: float = 0.0  # max gradient norm; 0 = off
    augment: str = "none"
    val_fraction: float = 0.1
    train_subset: int = 0  # use only this many training images; 0 = all
    steps_per_epoch: int = 0  # weight updates per epoch; 0 = one pass over the training images
    mix_dataset: str | None = None  # a second dataset in every batch (core.data_mix), e.g. MNIST under my digits
    mix_share: float = 0.5  # its share of each batch
    seed: int = 0
    device: str = "auto"
    mixed_precision: bool = False  # CUDA only
    threads: int = 0  # CPU threads; 0 = PyTorch's default
    activation: str | None = None  # model options; None = the recipe's own
    init: str | None = None
    dropout: float | None = None
    batch_norm: bool | None = None
    timeline_mb: float = 20.0  # disk for per-epoch weight snapshots (core.timeline); 0 keeps none
    network: str | None = None  # your own network: a network file's text, for arch "custom"

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


# -- the valid range of every field ---------------------------------------------------------------------------
def _archs() -> tuple[str, ...]:
    from core import archs

    return tuple(archs.ARCHS.names())


def _datasets() -> tuple[str, ...]:
    from core import data

    return tuple(spec.name for spec in data.list_datasets())


def _activations() -> tuple[str, ...]:
    from core import archs

    return archs.ACTIVATIONS


def _inits() -> tuple[str, ...]:
    from core import archs

    return archs.INITS


def _augmentations() -> tuple[str, ...]:
    from core import augment  # the registry is the one list: config imports it lazily (it pulls in torch)

    return tuple(augment.AUGMENTATIONS.names())


def _S(name: str, *args: Any, **kwargs: Any) -> Setting:
    return Setting(name, *args, default=TrainConfig.__dataclass_fields__[name].default, **kwargs)


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        _S("arch", str, "The network to train.", choices=_archs),
        _S("dataset", str, "The images to learn from.", choices=_datasets),
        _S("folder", str, "The image folder (one sub-folder per class), for dataset 'folder'.", optional=True),
        _S(
            "image_size",
            int,
            "Folder and built-in images are resized to this many pixels square.",
            8,
            512,
            optional=True,
        ),
        _S("epochs", int, "Passes over all training images.", 1, 10_000),
        _S("batch_size", int, "Images per weight update (64 or 256 are good starts).", 1, 65_536),
        _S(
            "lr",
            float,
            "The learning rate (try 0.001 for Adam, 0.01-0.1 for SGD).",
            0,
            100,
            low_open=True,
            message="The learning rate must be a number above 0 and up to 100 (try 0.001 for Adam, 0.01-0.1 for SGD).",
        ),
        _S("optimizer", str, "The optimizer.", choices=lambda: OPTIMIZERS),
        _S("momentum", float, "Momentum of SGD and RMSprop (0.9 is usual).", 0, 1, high_open=True),
        _S("nesterov", bool, "Nesterov momentum (SGD with momentum only)."),
        _S("weight_decay", float, "Weight decay (0 or 1e-4 are usual).", 0, 1),
        _S("schedule", str, "The learning-rate schedule.", choices=lambda: SCHEDULES),
        _S("step_every", int, "Step schedule: epochs between learning-rate drops.", 1, 1000),
        _S("step_gamma", float, "Step schedule: the learning-rate factor at each drop.", 0, 1, low_open=True),
        _S("label_smoothing", float, "Label smoothing (0.1 is usual).", 0, 1, high_open=True),
        _S("grad_clip", float, "Gradient clipping: the largest gradient norm, 0 for off (1.0 is usual).", 0, 1000),
        _S("augment", str, "Random changes to each training batch.", choices=_augmentations),
        _S(
            "val_fraction",
            float,
            "Share of training images kept aside for validation (0.1 = 10 %).",
            0,
            0.9,
            high_open=True,
        ),
        _S("train_subset", int, "Train on only this many images; 0 uses all.", 0, 10**8),
        _S("steps_per_epoch", int, "Weight updates per epoch; 0 makes one pass over the training images.", 0, 10**7),
        _S(
            "mix_dataset",
            str,
            "A dataset mixed into every batch, so that the network keeps what it learnt.",
            choices=_datasets,
            optional=True,
        ),
        _S("mix_share", float, "The mixed-in dataset's share of each batch.", 0, 1, low_open=True, high_open=True),
        _S("seed", int, "The random seed: the same seed repeats a run.", 0, MAX_SEED),
        _S("device", str, "Where to train: auto, cpu, cuda, cuda:1, mps."),
        _S("mixed_precision", bool, "16-bit arithmetic on an NVIDIA GPU."),
        _S("threads", int, "CPU threads; 0 lets PyTorch choose.", 0, MAX_THREADS),
        _S(
            "activation",
            str,
            "The network's activation; unset keeps the recipe's own.",
            choices=_activations,
            optional=True,
        ),
        _S("init", str, "How weights start; unset keeps the recipe's own.", choices=_inits, optional=True),
        _S(
            "dropout",
            float,
            "Dropout share; unset keeps the recipe's own (0.5 is classic).",
            0,
            1,
            high_open=True,
            optional=True,
        ),
        _S("batch_norm", bool, "Batch normalisation; unset keeps the recipe's own.", optional=True),
        _S(
            "timeline_mb",
            float,
            "Disk space for the training timeline (the weights after each epoch), in MB; 0 keeps none.",
            0,
            100_000,
        ),
        _S("network", str, "Your own network, from a network file (for the network 'custom').", optional=True),
    )
}
assert set(SETTINGS) == {f.name for f in fields(TrainConfig)}, "every TrainConfig field needs a Setting"


def clean_value(name: str, raw: Any) -> Any:
    """The value to use for field ``name`` given ``raw`` from anywhere: ``raw`` if valid, else the default."""
    return SETTINGS[name].clean(raw)


def problems(cfg: TrainConfig) -> dict[str, Message]:
    """Every invalid field with a sentence that says what to do. Empty when the config is fine."""
    from core import archs, data  # registries; imported late to keep config light

    out: dict[str, Message] = {}
    for name, setting in SETTINGS.items():
        problem = setting.problem(getattr(cfg, name))
        if problem:
            out[name] = problem
    if "dataset" not in out and cfg.dataset == "folder" and not cfg.folder:
        out["folder"] = said.ChooseAFolder()
    if "nesterov" not in out and cfg.nesterov and (cfg.optimizer != "sgd" or not cfg.momentum):
        out["nesterov"] = said.NesterovNeedsSgd()
    if (
        "augment" not in out
        and cfg.augment == "handwriting-styles"
        and cfg.dataset not in ("mnist", "my-digits", "class-digits")
    ):
        out["augment"] = said.StylesAreForDigits()
    if not out.keys() & {"dataset", "mix_dataset", "batch_size"}:
        from core.data_mix import mix_problems

        out.update(mix_problems(cfg.dataset, cfg.mix_dataset, cfg.batch_size))
    from core.network_settings import network_problems

    out.update(network_problems(cfg, out))
    if not out.keys() & {"arch", "dataset", "image_size", "network"}:
        spec = data.get_spec(cfg.dataset)
        # A folder's channels are known only once loaded (the trainer checks again then).
        channels = archs.get_arch(cfg.arch).channels[0] if cfg.dataset == "folder" else spec.channels
        misfit = archs.fit_problem(cfg.arch, channels, cfg.image_size or spec.image_size)
        if misfit:
            out["arch"] = misfit
    return out
