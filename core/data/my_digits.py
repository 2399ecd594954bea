"""'my-digits': the digits a class collects on the Draw tab, kept in the data dir.

Layout (torchvision ImageFolder): ``DATA_DIR/my-digits/<digit>/<id>.png`` holds the 28x28 image the
model sees; ``DATA_DIR/my-digits-raw/<digit>/<id>.png`` and ``.json`` keep the drawing as drawn (pixels
and strokes), so it can be re-processed if the preprocessing improves.
"""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from core.checkpoint import atomic_write_bytes, atomic_write_text
from core import messages as said

from .errors import DatasetError
from .spec import DatasetEntry, DatasetSpec, LoadedData, LoadRequest, register_dataset
from .stats import split_validation

FOLDER, RAW_FOLDER = "my-digits", "my-digits-raw"
TEST_FRACTION = 0.2
CLASSES = tuple(str(d) for d in range(10))
# MNIST's constants: models trained on MNIST read these digits with the normalisation they learnt.
SPEC = DatasetSpec(
    "my-digits",
    "My digits",
    "Digits you drew and labelled on the Draw tab (collect mode).",
    1,
    28,
    CLASSES,
    (0.1307,),
    (0.3081,),
    "folder",
)


def _png_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


def save_sample(
    root: Path, label: int, image28: np.ndarray, drawing: np.ndarray | None = None, strokes: list | None = None
) -> Path:
    """Store one labelled digit; ``image28`` is the model's view (float 0..1, ink bright). Returns its path."""
    if str(label) not in CLASSES:
        raise ValueError(f"A digit label is 0-9, not {label!r}.")
    name = f"{time.strftime('%Y%m%d-%H%M%S')}-{time.perf_counter_ns() % 10**6:06d}"
    path = Path(root) / FOLDER / str(label) / f"{name}.png"
    atomic_write_bytes(path, _png_bytes((np.clip(image28, 0, 1) * 255).round().astype(np.uint8)))
    raw = Path(root) / RAW_FOLDER / str(label)
    if drawing is not None:
        atomic_write_bytes(raw / f"{name}.png", _png_bytes(drawing))
    if strokes is not None:
        atomic_write_text(raw / f"{name}.json", json.dumps({"label": label, "strokes": strokes}))
    return path


def counts(root: Path) -> dict[str, int]:
    """How many digits of each class are collected."""
    return {c: len(list((Path(root) / FOLDER / c).glob("*.png"))) for c in CLASSES}


def _load(req: LoadRequest) -> LoadedData:
    images, labels = [], []
    for label, name in enumerate(CLASSES):
        for path in sorted((req.root / FOLDER / name).glob("*.png")):
            try:
                with Image.open(path) as img:
                    images.append(np.asarray(img.convert("L").resize((28, 28)), dtype=np.uint8))
                labels.append(label)
            except OSError:
                continue  # a damaged file costs one sample, not the dataset
    if len(images) < 2:
        raise DatasetError(said.TooFewDigits())
    x = torch.from_numpy(np.stack(images)).unsqueeze(1).contiguous()
    y = torch.tensor(labels, dtype=torch.int64)
    train_idx, test_idx = split_validation(len(x), TEST_FRACTION, req.seed)
    return LoadedData(SPEC, x[train_idx], y[train_idx], x[test_idx], y[test_idx])


def _availability(root: Path) -> str:
    return "on disk" if any(counts(root).values()) else "draw some first"


register_dataset(DatasetEntry(SPEC, _load, _availability))
