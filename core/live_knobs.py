"""Applying live knob changes to a training run between two batches, and replaying a run folder's changes.

The trainer asks ``LiveKnobs.apply_due(step)`` before every batch: the changes the student sent through the
RunControl since the last batch take effect now (and are recorded), and so do recorded changes a resumed run
reaches again, so resuming repeats what the first session did at the same steps.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

import torch
from torch import nn

from core import knobs
from core.augment import AUGMENTATIONS, Augmentation
from core.config import ConfigError, TrainConfig
from core.control import RunControl
from core.knobs import KnobChange, KnobIgnored

log = logging.getLogger(__name__)


def _set_lr(parts: "LiveKnobs", value: float) -> None:
    """The schedule's base rate becomes ``value``: this step's rate is value x the schedule's factor now."""
    schedule = parts.schedule
    schedule.base_lrs = [value] * len(schedule.base_lrs)
    factor = schedule.lr_lambdas[0](schedule.last_epoch)
    for group in parts.optimizer.param_groups:
        group["initial_lr"], group["lr"] = value, value * factor  # initial_lr: what a resumed schedule starts from
    schedule._last_lr = [g["lr"] for g in parts.optimizer.param_groups]  # what get_last_lr() reports


def _set_momentum(parts: "LiveKnobs", value: float) -> None:
    for group in parts.optimizer.param_groups:
        if "momentum" in group:
            group["momentum"] = value
            _give_momentum_buffers(parts.optimizer, group)
        elif "betas" in group:
            group["betas"] = (value, group["betas"][1])


def _give_momentum_buffers(optimizer: torch.optim.Optimizer, group: dict) -> None:
    """RMSprop makes its momentum buffer only at its first step, and only if momentum was on then."""
    if not isinstance(optimizer, torch.optim.RMSprop):
        return
    for p in group["params"]:
        state = optimizer.state.get(p)
        if state and "momentum_buffer" not in state:
            state["momentum_buffer"] = torch.zeros_like(p, memory_format=torch.preserve_format)


def _set_weight_decay(parts: "LiveKnobs", value: float) -> None:
    for group in parts.optimizer.param_groups:
        group["weight_decay"] = value


def _set_dropout(parts: "LiveKnobs", value: float) -> None:
    for layer in _dropout_layers(parts.model):
        layer.p = value


def _set_augment(parts: "LiveKnobs", value: str) -> None:
    parts.augment = AUGMENTATIONS.get(value)


APPLY: dict[str, Callable[["LiveKnobs", object], None]] = {
    "lr": _set_lr,
    "momentum": _set_momentum,
    "weight_decay": _set_weight_decay,
    "dropout": _set_dropout,
    "augment": _set_augment,
}
assert set(APPLY) == set(knobs.KNOBS.names()), "every knob needs a way to apply it"


def _dropout_layers(model: nn.Module) -> list[nn.Module]:
    return [m for m in model.modules() if isinstance(m, nn.modules.dropout._DropoutNd)]


class LiveKnobs:
    """The knobs of one run: its optimizer, schedule, model and augmentation, changed between batches.

    ``cfg`` is the run's settings with every change so far (the start settings stay in config.json).
    ``writes``: record changes in the run folder (False in the processes of a distributed run that do not write).
    """

    def __init__(
        self,
        cfg: TrainConfig,
        optimizer: torch.optim.Optimizer,
        schedule: torch.optim.lr_scheduler.LambdaLR,
        model: nn.Module,
        run_dir: Path | None,
        writes: bool = True,
    ):
        self.cfg, self.optimizer, self.schedule, self.model = cfg, optimizer, schedule, model
        self.run_dir, self.writes = run_dir, writes
        self.augment: Augmentation = AUGMENTATIONS.get(cfg.augment)
        self.changes: list[KnobChange] = []  # in force, oldest first
        self._replay: list[KnobChange] = []  # recorded, not yet reached again (a resumed run)

    def resume(self, steps_done: int) -> None:
        """A resumed run: the recorded changes up to ``steps_done`` take effect now, the later ones at their step."""
        recorded = list(knobs.read(self.run_dir)) if self.run_dir else []
        for change in (c for c in recorded if c.step <= steps_done):
            self._apply(change)
        self._replay = [c for c in recorded if c.step > steps_done]

    def apply_due(self, step: int, control: RunControl) -> list[KnobChange | KnobIgnored]:
        """Before batch ``step + 1``: the replayed and the newly sent changes take effect; what happened, to emit."""
        happened: list[KnobChange | KnobIgnored] = []
        while self._replay and self._replay[0].step <= step:
            happened.append(self._apply(self._replay.pop(0)))
        for knob in control.take_knob_changes():
            reason = self._refusal(knob)
            if reason:
                happened.append(KnobIgnored(knob, reason))
                continue
            change = self._apply(KnobChange(step, knob))
            if self.writes and self.run_dir is not None:
                knobs.append(self.run_dir, change)
            happened.append(change)
        return happened

    def _refusal(self, knob: knobs.Knob) -> str:
        """Why this run cannot take ``knob`` ("" when it can)."""
        if isinstance(knob, knobs.Dropout) and not _dropout_layers(self.model):
            return "no_dropout_layers"
        try:
            knob.on(self.cfg)
        except ConfigError:
            return "does_not_fit"  # e.g. digit writing styles on clothes
        return ""

    def _apply(self, change: KnobChange) -> KnobChange:
        APPLY[change.knob.field](self, change.knob.value)
        self.changes.append(change)
        self.cfg = knobs.config_at(self.cfg, [change])
        log.info("knob %s = %r from step %d", change.knob.field, change.knob.value, change.step + 1)
        return change
