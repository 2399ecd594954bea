"""Why this and not that: which pixels pushed a network toward one class rather than another.

Gradient x input on the pixels (0..1): for a score S, pixel p's share is p * dS/dp, summed over the colour
channels. A black pixel adds nothing, so the map sits on the ink; its sum is a first-order estimate of how much
the ink raised S over a black image. For a mistake (true t, answer p) S = logit_p - logit_t: positive pixels
pushed the answer toward p, negative ones toward t. For a right answer S = logit_t: the class's own evidence.
Plain torch/numpy; the model is used in whatever mode it is in (eval) and its weights get no gradient.
"""

from __future__ import annotations

import threading

import numpy as np
import torch
from torch import nn

from core.evaluate import Normalizer
from core.tasks import check_cancel

BATCH = 100  # images per backward pass: a confusion cell of 300 is three passes


def evidence_maps(
    model: nn.Module,
    images: torch.Tensor,
    norm: Normalizer,
    toward: int,
    against: int | None = None,
    batch_size: int = BATCH,
    cancel: threading.Event | None = None,
    progress=None,
) -> np.ndarray:
    """float32 [N, H, W]: each uint8 image's (``images`` [N, C, H, W]) pixels' push toward class ``toward``
    rather than ``against`` (None: toward ``toward`` alone); positive = toward. Batched, cancellable per batch;
    ``progress(done, total)`` after each batch."""
    device = next(model.parameters()).device
    maps = []
    for start in range(0, len(images), batch_size):
        check_cancel(cancel)
        with torch.enable_grad():
            unit = norm.to_unit(images[start : start + batch_size].to(device)).requires_grad_(True)
            logits = model(norm.normalize(unit)).float()
            score = logits[:, toward] - (logits[:, against] if against is not None else 0.0)
            # each image's score depends on its own pixels only (eval mode), so one backward gives every map
            (grad,) = torch.autograd.grad(score.sum(), unit)
        maps.append((grad * unit).detach().sum(1).cpu().numpy().astype(np.float32))
        if progress is not None:
            progress(min(start + batch_size, len(images)), len(images))
    height, width = images.shape[-2:]
    return np.concatenate(maps) if maps else np.zeros((0, height, width), np.float32)
