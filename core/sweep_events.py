"""What a sweep reports while it runs (besides each trial's ordinary training events), as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.messages import Message


@dataclass(frozen=True)
class TrialStarted:
    number: int
    params: dict[str, Any]


@dataclass(frozen=True)
class TrialSummary:
    """One trial of the study as it stands: its settings, state, best score and per-epoch scores."""

    number: int
    params: dict[str, Any]
    state: str  # RUNNING, COMPLETE, PRUNED, FAIL (Optuna's trial states), or STOPPED: by the user
    value: float | None  # the best validation accuracy; None unless COMPLETE
    run_dir: str | None
    seconds: float | None  # None while running
    curve: tuple[float, ...] = ()  # validation accuracy after each epoch
    message: Message | None = None  # why it failed or was pruned

    @property
    def best_seen(self) -> float | None:
        """The best score it reached, pruned or not (the table's 'best accuracy')."""
        return self.value if self.value is not None else (max(self.curve) if self.curve else None)

    def to_json(self) -> dict[str, Any]:
        """The CLI's line for a finished trial."""
        return {
            "number": self.number,
            "params": self.params,
            "value": self.value,
            "state": self.state,
            "run_dir": self.run_dir,
            "seconds": None if self.seconds is None else round(self.seconds, 3),
            **({"message": str(self.message)} if self.message else {}),
        }


@dataclass(frozen=True)
class TrialDone:
    """A trial this process ran has ended; ``study`` is every trial of the study at that moment (all processes)."""

    trial: TrialSummary
    study: tuple[TrialSummary, ...]
    importance: dict[str, float] = field(default_factory=dict)  # empty until enough trials are complete


@dataclass(frozen=True)
class SweepDone:
    """This process has run its trials (or was stopped, or its time ran out)."""

    study_name: str
    storage: str  # password removed
    best: TrialSummary | None
    trials_run: int  # by this process
    stopped: bool
