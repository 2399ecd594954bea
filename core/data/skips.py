"""Files a dataset left out, and the one-line summary the CLI and the window show for them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from core.messages import Message
from core import messages as said

# reason -> its count in words, in the order the summary lists them
REASONS: dict[str, Callable[[int], Message]] = {
    "not_image": lambda n: said.OneNotAnImage() if n == 1 else said.NotImages(n),
    "unreadable": said.Unreadable,
    "too_large": said.TooLarge,
}


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str  # a key of REASONS
    detail: Message  # about this file, for the log or a tooltip

    def note(self) -> Message:
        return said.FileSkipped(str(self.path), self.detail)


def notes_with_skips(skipped: Iterable[SkippedFile], notes: Iterable[Message]) -> tuple[Message, ...]:
    """What a run says about its data: one line about skipped files (first), then the loader's own notes."""
    summary = skip_summary(skipped)
    return ((summary,) if summary else ()) + tuple(notes)


def skip_summary(skipped: Iterable[SkippedFile]) -> Message | None:
    """'skipped 12 files: 3 not images, 1 too large, 8 unreadable' (None when nothing was skipped)."""
    counts = Counter(s.reason for s in skipped)
    total = sum(counts.values())
    if not total:
        return None
    parts = tuple(count(counts[r]) for r, count in REASONS.items() if counts[r])
    return said.SkippedOneFile(parts) if total == 1 else said.SkippedFiles(total, parts)
