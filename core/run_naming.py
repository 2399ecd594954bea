"""A new run's name, from what it is: its network and the settings that make it differ.

"LeNet-5 (classic) · sigmoid · lr 0.9": the network's title, then each setting that differs from the recipe
it follows (the preset of its network and dataset, else the defaults) or from the previous run of the same
network and dataset, so two runs of a lesson are told apart by what the class changed. The name is unique in
the runs folder (" (2)" appended; decided on the English, so it is unique in every language) and stored as the
run's label (``label.json``): the English and its typed parts (core.run_name), which the window says in the
user's language (gui/run_names.py). The user can edit it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core.config import ConfigError, TrainConfig
from core.presets import PRESETS
from core.run_files import RunFileError
from core.run_name import SETTINGS, NamePart, RunName
from core.run_summary import TRASH, read_label


def recipe_of(cfg: TrainConfig) -> TrainConfig:
    """What ``cfg`` started from: the preset of its network and dataset (else of its network), else the defaults
    for its network (on MNIST)."""
    for wanted in ({"arch": cfg.arch, "dataset": cfg.dataset}, {"arch": cfg.arch}):
        for preset in PRESETS:
            if all(preset.settings.get(k) == v for k, v in wanted.items()):
                try:
                    return TrainConfig(**{**TrainConfig().to_dict(), **preset.settings, "folder": cfg.folder})
                except ConfigError:  # a folder recipe without its folder: the defaults serve
                    break
    try:
        return TrainConfig().replace(arch=cfg.arch, network=cfg.network)
    except ConfigError:  # your own network, made for other images than MNIST's: nothing to compare it with
        return cfg


def name_parts(cfg: TrainConfig, previous: TrainConfig | None = None) -> tuple[NamePart, ...]:
    """Each setting of ``cfg`` that differs from its recipe or from ``previous`` (a run of another network or
    dataset is not compared). A setting left to the recipe (None) adds nothing."""
    bases = [recipe_of(cfg)]
    if previous is not None and (previous.arch, previous.dataset) == (cfg.arch, cfg.dataset):
        bases.append(previous)
    parts = []
    for field in SETTINGS:
        value = getattr(cfg, field)
        if value is not None and any(not _same(getattr(base, field), value) for base in bases):
            parts.append(NamePart(field, value))
    return tuple(parts)


def _same(a: Any, b: Any) -> bool:
    """Equal settings: 0 and 0.0 are the same gradient clip (the window gives floats), True and 1 are not."""
    return a is b if isinstance(a, bool) or isinstance(b, bool) else a == b


def run_name(cfg: TrainConfig, previous: TrainConfig | None, taken: set[str]) -> RunName:
    """``cfg``'s name: its network and its differing settings, whose English is not one of ``taken``."""
    name = RunName((NamePart("arch", cfg.arch), *name_parts(cfg, previous)))
    while str(name) in taken:
        name = RunName(name.parts, name.number + 1)
    return name


def name_new_run(run_dir: Path, cfg: TrainConfig) -> RunName:
    """The name of the run just created in ``run_dir``, from the other runs of its folder: the previous one
    and the names already given."""
    others = _other_folders(Path(run_dir))
    taken = {_label_name(p) for p in others}
    previous = next((c for c in map(_config_of, reversed(others)) if c is not None), None)
    return run_name(cfg, previous, taken)


def previous_run(run_dir: Path) -> Path | None:
    """The run folder started last before ``run_dir`` in the same runs folder (None when it is the first)."""
    return next((p for p in reversed(_other_folders(Path(run_dir))) if _config_of(p) is not None), None)


def _label_name(folder: Path) -> str:
    try:
        return read_label(folder).name or folder.name
    except RunFileError:  # a damaged label: the Runs tab shows the folder's name
        return folder.name


def _other_folders(run_dir: Path) -> list[Path]:
    """The other folders beside ``run_dir``, oldest first: run folders are named by their start time."""
    return sorted(p for p in run_dir.parent.iterdir() if p.is_dir() and p != run_dir and p.name != TRASH)


def _config_of(folder: Path) -> TrainConfig | None:
    try:
        return TrainConfig.from_dict(json.loads((folder / "config.json").read_text())["config"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # not a run folder, or a damaged one
