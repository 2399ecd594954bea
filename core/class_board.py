"""The class leaderboard: digit models scored on the class set's test writers (core.data.class_digits), whose
digits no model here was trained on."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from core.card import read_weights
from core.messages.class_digits import NoTestWriters
from core.checkpoint import CheckpointError
from core.data.class_digits import load_split
from core.data.errors import DatasetError
from core.evaluate import Normalizer, evaluate
from core.threads import one_thread


@dataclass(frozen=True)
class BoardEntry:
    name: str
    path: Path
    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


def leaderboard(
    class_root: Path, models: list[tuple[str, Path]], cancel: threading.Event | None = None
) -> list[BoardEntry]:
    """Score each (name, weights file) on the class test set, best first; models that do not read 28x28 grey
    digits are left out."""
    _, _, x, y = load_split(class_root)
    if len(x) == 0:
        raise DatasetError(NoTestWriters())
    board = []
    for name, path in models:
        try:
            card, weights = read_weights(Path(path))
        except (CheckpointError, OSError):
            continue
        if (card.in_channels, card.image_size, card.num_classes) != (1, 28, 10):
            continue
        model = one_thread(lambda card=card, weights=weights: card.load(weights))
        scores = one_thread(
            lambda model=model, card=card: evaluate(model, x, y, Normalizer.of(card.mean, card.std), cancel=cancel)
        )
        board.append(BoardEntry(name, Path(path), round(scores.accuracy * len(y)), len(y)))
    return sorted(board, key=lambda e: (-e.accuracy, e.name))
