"""Run a trained model on one drawing, photo or batch. No Qt here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import torch
from torch import nn

from core.preprocess import mnist_style, normalize
from core.threads import one_thread


@dataclass(frozen=True)
class Prediction:
    label: int  # index of the most likely class
    class_name: str
    probabilities: tuple[float, ...]  # softmax over all classes, sums to 1
    confidence: float  # probabilities[label]


class Predictor:
    """Wraps a model for inference on the CPU in eval mode.

    The Predictor takes the model over (moves it to the CPU, switches it to eval mode):
    hand it a copy when the original is still training.
    """

    def __init__(
        self, model: nn.Module, class_names: Sequence[str], mean: tuple[float, ...], std: tuple[float, ...]
    ) -> None:
        if len(mean) != len(std) or not mean:
            raise ValueError("mean and std need one value per input channel.")
        self._model = model.cpu().eval()
        self.class_names = tuple(str(c) for c in class_names)
        self.mean = tuple(float(m) for m in mean)
        self.std = tuple(float(s) for s in std)

    @classmethod
    def for_card(cls, model: nn.Module, card) -> "Predictor":
        """A Predictor for ``model`` with the classes and normalisation of its ``core.card.ModelCard``."""
        return cls(model, card.class_names, card.mean, card.std)

    @property
    def model(self) -> nn.Module:
        return self._model

    def predict_batch(self, x: torch.Tensor) -> torch.Tensor:
        """Normalised images [N, C, H, W] -> probabilities [N, classes] (float32, CPU)."""
        if self._model.training:
            self._model.eval()
        with torch.inference_mode():
            logits = self._model(x.detach().to("cpu", torch.float32))
            return torch.softmax(logits.float(), dim=1)

    def _predict_one(self, x: torch.Tensor) -> torch.Tensor:
        """One image on one CPU thread. Measured on 2 busy cores (training running beside it):
        a LeNet-size model took ~110 ms with torch's 2 OpenMP threads and ~1 ms with one."""
        return one_thread(lambda: self.predict_batch(x)[0])

    def predict_tensor(self, x: torch.Tensor) -> Prediction:
        """One normalised image [1, C, H, W] -> Prediction."""
        if x.ndim != 4 or x.shape[0] != 1:
            raise ValueError(f"Expected one image shaped [1, C, H, W], got {tuple(x.shape)}.")
        probs = self._predict_one(x)
        label = int(probs.argmax())
        names = self.class_names
        return Prediction(
            label=label,
            class_name=names[label] if label < len(names) else str(label),
            probabilities=tuple(probs.tolist()),
            confidence=float(probs[label]),
        )

    def input_tensor(self, img28: np.ndarray) -> torch.Tensor:
        """A 28x28 image in [0, 1] -> [1, C, 28, 28], normalised per channel (grey repeated)."""
        if len(self.mean) == 1:
            return normalize(img28, self.mean[0], self.std[0])
        x = torch.as_tensor(np.asarray(img28, dtype=np.float32))
        mean = torch.tensor(self.mean).view(-1, 1, 1)
        std = torch.tensor(self.std).view(-1, 1, 1)
        return ((x.unsqueeze(0) - mean) / std).unsqueeze(0).contiguous()

    def predict_drawing(self, image: np.ndarray) -> tuple[Prediction, np.ndarray]:
        """Any drawing/photo -> (Prediction, the 28x28 image the model saw). Raises EmptyDrawing."""
        img28 = mnist_style(image)
        return self.predict_tensor(self.input_tensor(img28)), img28
