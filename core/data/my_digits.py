"""'my-digits': the digits a class collects on the Draw tab, kept in the data dir.

Layout (torchvision ImageFolder): ``DATA_DIR/my-digits/<digit>/<id>.png`` holds the 28x28 image the
model sees; ``DATA_DIR/my-digits-raw/<digit>/<id>.png`` and ``.json`` keep the drawing as drawn (pixels
and strokes), so it can be re-processed if the preprocessing improves.
"""

from __future__ import annotations

import io
import json
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
from PIL import Image

from core.checkpoint import atomic_write_bytes, atomic_write_text
from core.messages import Message, MessageError
from core import messages as said

from .errors import DatasetError
from .spec import DatasetEntry, DatasetSpec, LoadedData, LoadRequest, register_dataset

FOLDER, RAW_FOLDER = "my-digits", "my-digits-raw"
TEST_FRACTION = 0.2  # of each digit's drawings held out to check on ...
MIN_HELD_OUT = 2  # ... and at least this many, with one more to learn from: a digit needs 3 to be measured
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


class DigitLabelError(MessageError, ValueError):
    """A digit saved under a label that is not 0-9."""


def _png_bytes(array: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(array).save(buffer, format="PNG")
    return buffer.getvalue()


def save_sample(
    root: Path, label: int, image28: np.ndarray, drawing: np.ndarray | None = None, strokes: list | None = None
) -> Path:
    """Store one labelled digit; ``image28`` is the model's view (float 0..1, ink bright). Returns its path."""
    if str(label) not in CLASSES:
        raise DigitLabelError(said.NotADigitLabel(repr(label)))
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
    split = held_out_split(y, req.seed)
    if isinstance(split, TooFewToMeasure):  # all are learnt from; nothing is measured (no fake 100 %)
        return LoadedData(SPEC, x, y, x[:0], y[:0], notes=(split.message(),))
    train_idx, test_idx = split
    return LoadedData(SPEC, x[train_idx], y[train_idx], x[test_idx], y[test_idx])


@dataclass(frozen=True)
class TooFewToMeasure:
    """Some collected digit has fewer than ``needed`` drawings: holding out enough of it to check on would leave
    nothing to learn from. ``short``: (digit, how many) for each such digit."""

    needed: int
    short: tuple[tuple[int, int], ...]

    def message(self) -> Message:
        return said.TooFewToMeasureDigits(self.needed, ", ".join(str(d) for d, _ in self.short))


def held_out_split(labels: torch.Tensor, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor] | TooFewToMeasure:
    """(learn, held out) sorted indices, split per digit: a fifth of each digit's drawings (rounded up), at least
    MIN_HELD_OUT, picked by a seeded permutation; or TooFewToMeasure when a collected digit has too few."""
    counts = torch.bincount(labels, minlength=len(CLASSES))
    short = tuple((d, int(n)) for d, n in enumerate(counts.tolist()) if 0 < n < MIN_HELD_OUT + 1)
    if short:
        return TooFewToMeasure(MIN_HELD_OUT + 1, short)
    generator = torch.Generator().manual_seed(int(seed))
    held = []
    for digit in range(len(CLASSES)):
        members = torch.nonzero(labels == digit).flatten()
        k = max(MIN_HELD_OUT, math.ceil(TEST_FRACTION * len(members))) if len(members) else 0
        held.append(members[torch.randperm(len(members), generator=generator)[:k]])
    held_idx = torch.cat(held).sort().values
    keep = torch.ones(len(labels), dtype=torch.bool)
    keep[held_idx] = False
    return torch.nonzero(keep).flatten(), held_idx


def _availability(root: Path) -> str:
    return "on disk" if any(counts(root).values()) else "draw some first"


register_dataset(DatasetEntry(SPEC, _load, _availability))
