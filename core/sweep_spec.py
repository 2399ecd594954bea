"""What a sweep is: a frozen SweepSpec (the study, what varies, the base settings, how to search, the budget).

Plain data without Optuna, so the window and the command line build and check one without importing it;
core.sweep runs it. The sampler and pruner names are those of core.sweep's registries (checked there).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from core.config import TrainConfig
from core.messages import MessageError, Sentences
from core.messages import sweep_setup as said
from core.paths import runs_dir
from core.sweep_params import Param, Range

SAMPLER_NAMES = ("tpe", "random", "grid")
PRUNER_NAMES = ("none", "median", "halving")


class SweepError(MessageError, ValueError):
    """A sweep that cannot start as asked; the message says what to change."""


@dataclass(frozen=True)
class SweepSpec:
    study: str
    params: tuple[Param, ...]
    base: TrainConfig = TrainConfig()
    storage: str | None = None  # an Optuna storage URL; None: sweeps.db in the runs folder
    sampler: str = "tpe"
    pruner: str = "none"
    n_trials: int | None = 10  # trials this process runs; None: until the time budget is spent
    timeout: float | None = None  # seconds; this process starts no trial after it
    seed: int | None = None  # the sampler's; None differs per process, so processes explore different points

    def __post_init__(self) -> None:
        checks = (
            (not self.study.strip(), said.NameTheStudy()),
            (not self.params, said.VaryAtLeastOne()),
            (self.sampler not in SAMPLER_NAMES, said.UnknownSearch(repr(self.sampler), ", ".join(SAMPLER_NAMES))),
            (self.pruner not in PRUNER_NAMES, said.UnknownPruner(repr(self.pruner), ", ".join(PRUNER_NAMES))),
            (self.n_trials is not None and self.n_trials < 1, said.TrialsAtLeastOne()),
            (self.timeout is not None and self.timeout <= 0, said.BudgetAboveZero()),
            (self.n_trials is None and self.timeout is None, said.TrialsOrBudget()),
        )
        problems = tuple(message for failed, message in checks if failed)
        if problems:
            raise SweepError(Sentences(problems))

    def storage_url(self, runs_root: Path | None = None) -> str:
        """The storage asked for, else sweeps.db in the runs folder (FolderError when that folder cannot serve)."""
        if self.storage:
            return self.storage
        from core.sweep_storage import default_url

        return default_url(Path(runs_root) if runs_root else runs_dir())


def lr_finder(base: TrainConfig, study: str | None = None) -> SweepSpec:
    """The one-click lesson: 8 trials of 2 epochs, the learning rate log-spaced from 1e-4 to 1, median pruning."""
    name = study or f"lr-{base.arch}-{base.dataset}-{time.strftime('%Y%m%d-%H%M%S')}"
    return SweepSpec(name, (Range("lr", 1e-4, 1.0, log=True),), base.replace(epochs=2), pruner="median", n_trials=8)
