"""Inside the network's background jobs: its private model copy, the filters and weight histograms, and what
the network sees in one picture. Plain functions, run on the view's job thread."""

from __future__ import annotations

import copy
from collections import OrderedDict
from pathlib import Path

import torch

from core import analysis, checkpoint
from core.card import ModelCard
from core.saliency import feature_maps, inspect
from core.summary import summarize
from gui.inside.filters_widget import prepare_filters


def prepare_model(shared: torch.nn.Module, card: ModelCard, start: Path | None = None):
    """Background job: a private copy of the state's model (the views hook it; the shared one is never hooked),
    the 'at start' snapshot (the run's saved start.pt when there is one, else these weights), its layer table."""
    private = copy.deepcopy(shared).cpu().eval()
    initial = {k: v.detach().clone() for k, v in private.state_dict().items()}
    if start is not None and start.is_file():
        try:
            saved = checkpoint.load(start)["model"]
        except checkpoint.CheckpointError:
            saved = {}
        if saved.keys() == initial.keys() and all(saved[k].shape == initial[k].shape for k in saved):
            initial = saved
    return private, initial, summarize(private, card.in_channels, card.image_size)


def weights_job(weights: dict, initial: dict | None):
    """Background job: filters as tiles and weight histograms (now vs the first snapshot)."""
    return prepare_filters(weights), analysis.weight_histograms(weights, initial)


def look_inside(
    model: torch.nn.Module, x: torch.Tensor, blank: torch.Tensor, chosen: int, method: str, selected: str | None
):
    """Background job: saliency for the answer and a chosen class, and every conv layer's feature maps."""
    sal = inspect(model, x, [chosen], method=method, blank=blank)
    maps = sal.maps
    if selected and selected not in maps:
        extra, _ = feature_maps(model, x, [selected])
        maps = OrderedDict(list(maps.items()) + list(extra.items()))
    return sal, maps
