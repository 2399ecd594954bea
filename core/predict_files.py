"""Predicting image files (the CLI's ``predict``), with the bundled digit model by default."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

import numpy as np
import torch
from PIL import Image

from core.card import ModelCard, load_model
from core.checkpoint import CheckpointError
from core import messages as said
from core.images import composite_array
from core.predict import Predictor
from core.preprocess import EmptyDrawing, load_image_file

BUNDLED_MODEL = Path(__file__).resolve().parents[1] / "resources" / "digit_model.pt"


def weights_file(path: Path | None) -> Path:
    """A weights file as given, a run folder's best weights, or the bundled model for None."""
    if path is None:
        return BUNDLED_MODEL
    path = Path(path)
    if path.is_dir():
        if not (path / "best.pt").is_file():
            raise CheckpointError(said.NoBestWeights(str(path)))
        return path / "best.pt"
    return path


def load_predictor(path: Path | None = None) -> tuple[Predictor, ModelCard]:
    """The model in a weights file or a run folder (its best weights); the bundled digit model for None."""
    model, card = load_model(weights_file(path))
    return Predictor.for_card(model, card), card


def fit_photo(image: np.ndarray, channels: int, size: int) -> np.ndarray:
    """A photo -> float [C, size, size] in [0, 1]: scale the short side, centre-crop (as torchvision's recipe).

    Transparency goes onto the colour that is not the ink, as everywhere else (core.images.backdrop).
    """
    if image.ndim == 3 and image.shape[2] in (2, 4):
        image = (composite_array(image.astype(np.float32) / 255) * 255 + 0.5).astype(np.uint8)
    pil = Image.fromarray(image.astype(np.uint8) if image.dtype != np.uint8 else image)
    pil = pil.convert("L" if channels == 1 else "RGB")
    scale = size / min(pil.size)
    pil = pil.resize((max(size, round(pil.width * scale)), max(size, round(pil.height * scale))), Image.BILINEAR)
    left, top = (pil.width - size) // 2, (pil.height - size) // 2
    arr = np.asarray(pil.crop((left, top, left + size, top + size)), dtype=np.float32) / 255
    return arr[None] if channels == 1 else arr.transpose(2, 0, 1)


def predict_image(predictor: Predictor, card: ModelCard, image: np.ndarray):
    """(Prediction, what the model saw) for an image array, with the preprocessing the model was trained for."""
    if card.digit_like:
        return predictor.predict_drawing(image)
    seen = fit_photo(image, card.in_channels, card.image_size)
    mean, std = (torch.tensor(v).view(-1, 1, 1) for v in (card.mean, card.std))
    return predictor.predict_tensor(((torch.from_numpy(seen) - mean) / std).unsqueeze(0)), seen


def predict_files(paths: Iterable[Path], model_path: Path | None = None) -> list[dict[str, Any]]:
    """One row per file: {"file", "label", "probabilities": {class: p}} or {"file", "error"}.

    A file that fails (unreadable, too large, blank, out of memory) gets its error row; the others still run.
    """
    predictor, card = load_predictor(model_path)
    rows = []
    for path in paths:
        try:
            prediction, _ = predict_image(predictor, card, load_image_file(path))
        except (EmptyDrawing, ValueError, OSError) as exc:
            rows.append({"file": str(path), "error": str(exc)})
            continue
        except Exception as exc:  # noqa: BLE001 - one odd file must not lose the results of the others
            rows.append({"file": str(path), "error": f"Could not read {Path(path).name}: {type(exc).__name__}: {exc}"})
            continue
        probs = {name: round(p, 6) for name, p in zip(predictor.class_names, prediction.probabilities)}
        rows.append({"file": str(path), "label": prediction.class_name, "probabilities": probs})
    return rows
