"""Fooling a network: small changes to one image that change its answer.

FGSM (the fast gradient sign method) takes one step of size ``strength`` along the sign of the loss gradient;
PGD (projected gradient descent) takes a few smaller steps, each time pulled back into the strength's box. Both work
on the image in 0..1 (ink or pixel brightness), stay inside it, and change no pixel by more than ``strength``
(the L-inf distance). Untargeted attacks push away from the network's own answer; targeted ones ("make it say 3")
pull toward a chosen class. Several strengths run as one batch, so the strength sweep costs one attack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from core.registry import Registry

PGD_STEPS = 10
STRENGTHS = tuple(np.round(np.linspace(0.01, 0.5, 50), 3))  # the grid the smallest-strength search walks


@dataclass(frozen=True)
class Goal:
    """What the attack wants: away from ``label``, or toward ``target`` when it is set."""

    label: int  # the network's answer on the unchanged image
    target: int | None = None

    def reached(self, predicted: int) -> bool:
        return predicted == self.target if self.target is not None else predicted != self.label

    def _loss(self, logits: torch.Tensor) -> torch.Tensor:
        """A loss to climb: the original answer's loss, or minus the target's."""
        n = len(logits)
        if self.target is None:
            return F.cross_entropy(logits, torch.full((n,), self.label, device=logits.device), reduction="sum")
        return -F.cross_entropy(logits, torch.full((n,), self.target, device=logits.device), reduction="sum")


Forward = Callable[[torch.Tensor], torch.Tensor]  # images in 0..1 [N, C, H, W] -> logits


def _gradient_sign(forward: Forward, x: torch.Tensor, goal: Goal) -> torch.Tensor:
    x = x.detach().requires_grad_(True)
    (grad,) = torch.autograd.grad(goal._loss(forward(x)), x)  # no weight gradients are made or kept
    return grad.sign()


def fgsm(forward: Forward, image: torch.Tensor, eps: torch.Tensor, goal: Goal) -> torch.Tensor:
    """``image`` [1, C, H, W] in 0..1, ``eps`` [S]: the S changed images [S, C, H, W]."""
    step = _gradient_sign(forward, image, goal)
    return (image + eps.view(-1, 1, 1, 1) * step).clamp(0, 1)


def pgd(forward: Forward, image: torch.Tensor, eps: torch.Tensor, goal: Goal, steps: int = PGD_STEPS):
    """``steps`` steps of eps/4 each, projected back into [image - eps, image + eps] and 0..1 after each."""
    eps = eps.view(-1, 1, 1, 1)
    low, high = (image - eps).clamp(0, 1), (image + eps).clamp(0, 1)
    x = image.expand_as(low).clone()
    for _ in range(steps):
        x = torch.minimum(torch.maximum(x + eps / 4 * _gradient_sign(forward, x, goal), low), high)
    return x


ATTACKS: Registry[Callable] = Registry("attack")
ATTACKS.add("fgsm", fgsm)
ATTACKS.add("pgd", pgd)


@dataclass(frozen=True)
class Attempt:
    """One strength's result: the changed image, the change, and what the network now answers."""

    strength: float
    image: np.ndarray  # float32 [C, H, W] in 0..1
    change: np.ndarray  # float32 [C, H, W]: image - original, each value within +-strength
    predicted: int
    confidence: float  # probability of ``predicted``
    probabilities: np.ndarray  # float32 [K]


class Attacker:
    """Attacks on one network whose input is normalised with ``mean``/``std``; images are given in 0..1."""

    def __init__(self, model: nn.Module, mean: Sequence[float], std: Sequence[float]):
        self.model = model.eval()
        device = next(model.parameters()).device
        self._mean = torch.tensor(mean, dtype=torch.float32, device=device).view(1, -1, 1, 1)
        self._std = torch.tensor(std, dtype=torch.float32, device=device).view(1, -1, 1, 1)

    def forward(self, unit: torch.Tensor) -> torch.Tensor:
        return self.model((unit - self._mean) / self._std)

    def answer(self, image: torch.Tensor) -> tuple[int, float]:
        """The network's answer and its confidence on ``image`` [C, H, W] in 0..1."""
        with torch.no_grad():
            probs = self.forward(self._batch(image)).softmax(1)[0]
        return int(probs.argmax()), float(probs.max())

    def sweep(
        self, image: torch.Tensor, strengths: Sequence[float], method: str = "fgsm", target: int | None = None
    ) -> list[Attempt]:
        """The answer and confidence as the strength grows: one Attempt per strength, in the order given."""
        x = self._batch(image)
        goal = Goal(self.answer(image)[0], target)
        eps = torch.tensor([float(s) for s in strengths], dtype=torch.float32, device=x.device)
        changed = ATTACKS.get(method)(self.forward, x, eps, goal).detach()
        with torch.no_grad():
            probs = self.forward(changed).softmax(1)
        conf, pred = probs.max(1)
        changed, diff = changed.cpu().numpy(), (changed - x).cpu().numpy()
        return [
            Attempt(float(s), changed[i], diff[i], int(pred[i]), float(conf[i]), probs[i].cpu().numpy())
            for i, s in enumerate(strengths)
        ]

    def attack(self, image: torch.Tensor, strength: float, method: str = "fgsm", target: int | None = None) -> Attempt:
        return self.sweep(image, [strength], method, target)[0]

    def smallest_change(
        self,
        image: torch.Tensor,
        method: str = "fgsm",
        target: int | None = None,
        strengths: Sequence[float] = STRENGTHS,
    ) -> Attempt | None:
        """The weakest attack on the grid that reaches the goal (another answer, or the target); None if none does."""
        goal = Goal(self.answer(image)[0], target)
        for attempt in self.sweep(image, sorted(strengths), method, target):
            if goal.reached(attempt.predicted):
                return attempt
        return None

    def _batch(self, image: torch.Tensor) -> torch.Tensor:
        x = torch.as_tensor(image, dtype=torch.float32)
        x = x.unsqueeze(0) if x.ndim == 2 else x
        if x.ndim != 3 or float(x.min()) < 0 or float(x.max()) > 1:
            raise ValueError("Give one image [C, H, W] (or [H, W]) with values from 0 to 1.")
        return x.unsqueeze(0).to(self._mean.device)
