"""The weights a new run starts from instead of random ones (fine-tuning), and where they came from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from core import checkpoint


@dataclass(frozen=True)
class StartWeights:
    weights: Mapping[str, torch.Tensor]
    source: str  # a file's path, or words for weights in memory; the run's config.json keeps it as init_weights

    @classmethod
    def of(cls, given: "Path | StartWeights") -> "StartWeights":
        """``given`` itself, or the weights in a file (read weights-only)."""
        return given if isinstance(given, StartWeights) else cls(checkpoint.load(given)["model"], str(given))

    @classmethod
    def put_into(cls, model: nn.Module, given: "Path | StartWeights | None", arch: str) -> "StartWeights | None":
        """Load ``given`` (if any) into ``model``, a mismatch explained in words (CheckpointError); what was put."""
        if given is None:
            return None
        start = cls.of(given)
        checkpoint.apply_weights(model, dict(start.weights), arch)
        return start
