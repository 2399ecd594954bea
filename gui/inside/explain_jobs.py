"""The background jobs of "see what it learned": the map, the drawing on it, and fooling the network.

Plain functions run on the task service. Each view keeps a private copy of the state's model (the map hooks its
last hidden layer; the shared model is never hooked) and uses it on its own job group only.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np
import torch

from core import embedding
from core.adversarial import STRENGTHS, Attacker, Goal
from core.card import ModelCard
from core.evaluate import Normalizer
from core.tasks import TaskContext
from gui.state import TestImages


def private_copy(shared: torch.nn.Module) -> torch.nn.Module:
    """A job: the view's own copy of the network, on the CPU, in eval mode."""
    return copy.deepcopy(shared).cpu().eval()


def map_task(ctx: TaskContext, model: torch.nn.Module, card: ModelCard, test: TestImages, method: str):
    """A task: the map of the test images as ``model`` sees them; cancellable, reports progress."""
    norm = Normalizer.of(tuple(card.mean), tuple(card.std))
    return embedding.build_map(model, test.x, test.y, norm, method, cancel=ctx.cancel_event, progress=ctx.progress)


def place_image(model: torch.nn.Module, card: ModelCard, fmap: embedding.FeatureMap, image: np.ndarray):
    """A job: where one picture (float 0..1, HxW or CxHxW, the card's size) lands on ``fmap``: [2]."""
    x = torch.as_tensor(np.asarray(image, np.float32))
    x = x.unsqueeze(0) if x.ndim == 2 else x
    as_bytes = (x.clamp(0, 1) * 255).round().to(torch.uint8).unsqueeze(0)
    norm = Normalizer.of(tuple(card.mean), tuple(card.std))
    return fmap.place(embedding.features(model, as_bytes, norm).values)[0]


@dataclass(frozen=True)
class FoolResult:
    """An attack at the chosen strength, the answers along the strength grid, and the smallest that works."""

    original: np.ndarray  # float [C, H, W] in 0..1
    answer: int  # the network's answer on the unchanged picture
    answer_confidence: float
    chosen: object  # core.adversarial.Attempt at the slider's strength
    strengths: np.ndarray  # [S]
    kept: np.ndarray  # [S]: probability of the original answer at each strength
    wanted: np.ndarray | None  # [S]: probability of the target class, for a targeted attack
    smallest: float | None  # the weakest strength on the grid that reaches the goal


def fool_job(model: torch.nn.Module, card: ModelCard, image: np.ndarray, method: str, strength: float, target):
    """A job: attack ``image`` (float 0..1) with every strength of the grid and the chosen one, in one batch."""
    attacker = Attacker(model, card.mean, card.std)
    x = torch.as_tensor(np.asarray(image, np.float32))
    x = x.unsqueeze(0) if x.ndim == 2 else x
    answer, answer_conf = attacker.answer(x)
    grid = sorted(set(STRENGTHS) | {round(float(strength), 3)})
    attempts = attacker.sweep(x, grid, method, target)
    chosen = attempts[grid.index(round(float(strength), 3))]
    goal = Goal(answer, target)
    smallest = next((a.strength for a in attempts if goal.reached(a.predicted)), None)
    probs = np.stack([a.probabilities for a in attempts])
    return FoolResult(
        x.numpy(),
        answer,
        answer_conf,
        chosen,
        np.asarray(grid, np.float32),
        probs[:, answer],
        probs[:, target] if target is not None else None,
        smallest,
    )
