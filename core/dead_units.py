"""Units that never fire: the share of each ReLU layer's units that are zero for every image of a probe batch.

A unit is a channel of a convolution's output (dead when it is zero at every position of every image) or a
feature of a fully connected layer. Only plain ReLUs can die this way: LeakyReLU, ELU, sigmoid and tanh always
let some signal through. Computed on a copy of the weights, off the training loop (the coach asks at its pace).
"""

from __future__ import annotations

import torch
from torch import nn

from core.card import ModelCard
from core.evaluate import Normalizer

PROBE_IMAGES = 256


@torch.no_grad()
def dead_unit_shares(card: ModelCard, weights: dict, images: torch.Tensor) -> dict[str, float]:
    """Layer name -> share (0..1) of its units silent on ``images`` (uint8 [N,C,H,W], the first PROBE_IMAGES)."""
    model = card.build()
    model.load_state_dict(weights)
    model.eval()
    relus = {name: m for name, m in model.named_modules() if type(m) is nn.ReLU}
    if not relus:
        return {}
    fired: dict[str, torch.Tensor] = {}

    def watch(name: str):
        def hook(module, inputs, output):
            alive = (output > 0).flatten(2).any(2) if output.dim() > 2 else output > 0
            fired[name] = alive.any(0) | fired.get(name, torch.zeros_like(alive[0]))

        return hook

    handles = [m.register_forward_hook(watch(name)) for name, m in relus.items()]
    try:
        norm = Normalizer.of(card.mean, card.std, torch.device("cpu"))
        model(norm(images[:PROBE_IMAGES]))
    finally:
        for handle in handles:
            handle.remove()
    return {name: 1.0 - alive.float().mean().item() for name, alive in fired.items()}
