"""The coach's eyes on a run: its events in, its figures and the coach's diagnoses out (core.coach)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core import knobs
from core.card import ModelCard
from core.coach import Figures, diagnose
from core.config import TrainConfig
from core.dead_units import dead_unit_shares
from core.diagnoses import Diagnosis
from core.events import BatchEnd, EpochEnd, EpochMetrics, RunFailed, RunStarted
from core.knobs import KnobChange


class Watcher:
    """Collects one run's figures from its events (call it with each event, from the thread that trains);
    ``diagnoses()`` may be asked from another thread at any time (it reads a snapshot)."""

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        self._start: Figures | None = None
        self._cfg: TrainConfig | None = None
        self._losses: list[float] = []
        self._epochs: list[EpochMetrics] = []
        self._grads: list[dict[str, float]] = []
        self._input_shares: list[float] = []
        self._nan_at: tuple[int, int] | None = None
        self._test_x: Any = None
        self._probe: tuple[ModelCard, dict, Any] | None = None  # the latest epoch's network, for dead units

    def __call__(self, event: Any) -> None:
        if isinstance(event, RunStarted):
            self._reset()
            self._cfg = event.config
            self._start = Figures(self._cfg, len(event.card.class_names), event.batches_per_epoch)
            self._test_x = event.test_x
        elif isinstance(event, BatchEnd):
            self._losses.append(event.loss)
        elif isinstance(event, EpochEnd):
            self._epochs.append(event.metrics)
            self._grads.append(event.grad_norms)
            self._input_shares.append(event.input_share)
            if event.card is not None and self._test_x is not None:
                self._probe = (event.card, event.weights, self._test_x)
        elif isinstance(event, KnobChange) and self._cfg is not None:
            self._cfg = knobs.config_at(self._cfg, [event])
        elif isinstance(event, RunFailed) and event.kind == "nan":
            self._nan_at = (event.epoch or 0, event.batch or 0)

    def figures(self) -> Figures | None:
        """The figures so far (None before the run started)."""
        if self._start is None:
            return None
        return replace(
            self._start,
            cfg=self._cfg,
            losses=tuple(self._losses),
            epochs=tuple(self._epochs),
            grad_norms=tuple(self._grads),
            input_shares=tuple(self._input_shares),
            nan_at=self._nan_at,
        )

    def diagnoses(self) -> tuple[Diagnosis, ...]:
        """What the coach sees now (the dead-unit probe runs the latest epoch's weights on 256 test images)."""
        fig = self.figures()
        if fig is None:
            return ()
        probe = self._probe
        if probe is not None:
            fig = replace(fig, dead_units=dead_unit_shares(*probe))
        return diagnose(fig)
