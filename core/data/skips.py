"""Files a dataset left out, and the one-line summary the CLI and the window show for them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

# reason -> (one file, several files), in the order the summary lists them
REASONS = {
    "not_image": ("not an image", "not images"),
    "unreadable": ("unreadable", "unreadable"),
    "too_large": ("too large", "too large"),
}


@dataclass(frozen=True)
class SkippedFile:
    path: Path
    reason: str  # a key of REASONS
    detail: str = ""  # a sentence about this file, for the log or a tooltip

    def note(self) -> str:
        return f"{self.path}: {self.detail or REASONS[self.reason][0]}"


def notes_with_skips(skipped: Iterable[SkippedFile], notes: Iterable[str]) -> tuple[str, ...]:
    """What a run says about its data: one line about skipped files (first), then the loader's own notes."""
    summary = skip_summary(skipped)
    return ((summary,) if summary else ()) + tuple(notes)


def skip_summary(skipped: Iterable[SkippedFile]) -> str:
    """'skipped 12 files: 3 not images, 1 too large, 8 unreadable' ('' when nothing was skipped)."""
    counts = Counter(s.reason for s in skipped)
    total = sum(counts.values())
    if not total:
        return ""
    parts = [f"{counts[r]} {REASONS[r][counts[r] > 1]}" for r in REASONS if counts[r]]
    return f"skipped {total} file{'s' if total > 1 else ''}: {', '.join(parts)}"
