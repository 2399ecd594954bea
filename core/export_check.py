"""Checking an exported model: the images it is checked on, and how far its answers are from PyTorch's.

An exported file is only worth handing on when it answers as the network does, so every model export runs
the written file on real test images of the network's dataset (normalised as ``core.predict`` does) and
compares softmax probabilities with the PyTorch model's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from torch import nn

from core import data
from core.card import ModelCard

CHECK_IMAGES = 64
PARITY_TOLERANCE = 1e-4  # largest allowed difference of any class probability


@dataclass(frozen=True)
class CheckImages:
    x: torch.Tensor  # float32 [N, C, H, W], normalised with the card's mean and std
    description: str  # which images, in words: "MNIST test images" or "random images (...)"
    real: bool  # False: the dataset is not on this computer, so random images stand in
    dataset: str  # the dataset's title


@dataclass(frozen=True)
class Parity:
    images: int
    max_difference: float  # largest |p_exported - p_pytorch| over all images and classes
    same_answers: int  # images whose most likely class is the same


def check_images(card: ModelCard, data_root: Path | None, count: int = CHECK_IMAGES) -> CheckImages:
    """The first ``count`` test images of the card's dataset; random images when they are not on this computer."""
    title = data.get_spec(card.dataset).title if card.dataset in data.DATASETS else card.dataset or "its dataset"
    try:
        x = _test_images(card, data_root)[:count]
        if len(x) and tuple(x.shape[1:]) == (card.in_channels, card.image_size, card.image_size):
            return CheckImages(_normalised(x, card), f"{title} test images", True, title)
        reason = f"the {title} images on this computer have another size"
    except (data.DatasetError, OSError, ValueError):
        reason = f"the {title} test images are not on this computer"
    g = torch.Generator().manual_seed(0)
    x = torch.randn(count, card.in_channels, card.image_size, card.image_size, generator=g)
    return CheckImages(x, f"random images ({reason})", False, title)


def _test_images(card: ModelCard, data_root: Path | None) -> torch.Tensor:
    folder = card.config.folder if card.dataset == "folder" and card.config is not None else None
    extra = dict(folder=Path(folder), image_size=card.image_size, channels=card.in_channels) if folder else {}
    loaded = data.load(card.dataset, data_root, download=False, **extra)
    return loaded.test_x if len(loaded.test_x) else loaded.train_x


def _normalised(x: torch.Tensor, card: ModelCard) -> torch.Tensor:
    mean, std = (torch.tensor(v, dtype=torch.float32).view(1, -1, 1, 1) for v in (card.mean, card.std))
    return ((x.float() / 255 - mean) / std).contiguous()


def probabilities(model: nn.Module, x: torch.Tensor) -> torch.Tensor:
    """The PyTorch model's softmax probabilities [N, classes] (CPU, eval mode)."""
    with torch.inference_mode():
        return torch.softmax(model.eval()(x).float(), dim=1)


def compare(reference: torch.Tensor, logits: torch.Tensor) -> Parity:
    """Parity of an exported model's ``logits`` against the PyTorch ``reference`` probabilities."""
    probs = torch.softmax(torch.as_tensor(logits).float(), dim=1)
    same = int((probs.argmax(1) == reference.argmax(1)).sum())
    return Parity(len(reference), float((probs - reference).abs().max()), same)
