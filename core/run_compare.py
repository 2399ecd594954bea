"""What differs between runs, and what a comparison reads from each run folder (plain Python, no Qt).

``differing_settings`` is cheap (it compares the saved TrainConfigs); ``run_details`` reads the batch log
and builds the network to list its layers, so it belongs on a background job.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Sequence

from core import batch_log, knobs
from core.messages import Message, as_message
from core.card import ModelCard
from core.checkpoint import CheckpointError
from core.config import TrainConfig
from core.runs import RunInfo
from core.summary import ModelSummary, summarize
from core.threads import one_thread


@dataclass(frozen=True)
class SettingDiff:
    name: str  # a TrainConfig field
    values: tuple[Any, ...]  # one per run, in the order the runs were given


@dataclass(frozen=True)
class RunDetails:
    batches: batch_log.BatchCurves  # empty for runs saved before the batch log existed
    network: tuple | None  # ModelCard.network_key: equal keys build the same network
    layers: ModelSummary | None  # None when the network could not be built; ``problem`` says why
    problem: Message | None = None
    knobs: tuple[knobs.KnobChange, ...] = ()  # the live changes of its knobs.jsonl, at their step
    batches_per_epoch: int = 0  # from the batch log: where a change's step lies in epochs (0: no log)


def differing_settings(configs: Sequence[TrainConfig]) -> tuple[SettingDiff, ...]:
    """The settings whose values are not all equal, in TrainConfig's order (empty when all are equal)."""
    found = []
    for f in fields(TrainConfig):
        values = tuple(getattr(cfg, f.name) for cfg in configs)
        if len({repr(v) for v in values}) > 1:  # repr: 1 and 1.0 or True and 1 are different settings
            found.append(SettingDiff(f.name, values))
    return tuple(found)


_LAYERS: dict[tuple, ModelSummary] = {}  # by network_key: a network's layers never change


def layer_summary(card: ModelCard) -> ModelSummary:
    """The layer table of ``card``'s network, built once per network shape (on one CPU thread)."""
    key = card.network_key
    if key not in _LAYERS:
        _LAYERS[key] = one_thread(lambda: summarize(card.build(), card.in_channels, card.image_size))
    return _LAYERS[key]


def run_details(info: RunInfo) -> RunDetails:
    """The batch curve of the saved epochs and the layer table of ``info``'s network. Never raises for a
    damaged folder: what cannot be read is left empty, with the reason in ``problem``."""
    batches = batch_log.read(info.path, max_epoch=len(info.history))
    changes, per_epoch = knobs.read(info.path), int(batches.batch.max()) if len(batches) else 0
    try:
        card = ModelCard.from_dict(info.meta.get("meta"), source=str(info.path / "config.json"))
        return RunDetails(batches, card.network_key, layer_summary(card), None, changes, per_epoch)
    except (CheckpointError, ValueError) as exc:
        return RunDetails(batches, None, None, as_message(exc), changes, per_epoch)
