"""The Runs tab's trash: deleted run folders move to ``<runs folder>/.trash/`` (same disk: a rename, instant
and undoable) and come back with ``restore``; ``empty_trash`` deletes them for good."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from core.run_summary import TRASH


@dataclass(frozen=True)
class Trashed:
    original: Path
    in_trash: Path


def trash_dir(root: Path) -> Path:
    return Path(root) / TRASH


def _free_name(folder: Path, name: str) -> Path:
    path, n = folder / name, 1
    while path.exists():
        n += 1
        path = folder / f"{name}-{n}"
    return path


def move_to_trash(root: Path, paths: list[Path]) -> list[Trashed]:
    """Move run folders into the trash; stops at the first that cannot move (OSError), the moved ones listed
    in the error's ``moved`` attribute so they can still be undone."""
    trash = trash_dir(root)
    trash.mkdir(parents=True, exist_ok=True)
    moved: list[Trashed] = []
    for path in map(Path, paths):
        target = _free_name(trash, path.name)
        try:
            os.replace(path, target)
        except OSError as exc:
            exc.moved = moved
            raise
        moved.append(Trashed(path, target))
    return moved


def restore(moved: list[Trashed]) -> list[Path]:
    """Put trashed folders back (under a free name if the old one was taken meanwhile): their new paths."""
    back = []
    for item in moved:
        target = item.original if not item.original.exists() else _free_name(item.original.parent, item.original.name)
        os.replace(item.in_trash, target)
        back.append(target)
    return back


def trash_count(root: Path) -> int:
    trash = trash_dir(root)
    return sum(1 for p in trash.iterdir() if p.is_dir()) if trash.is_dir() else 0


def empty_trash(root: Path) -> int:
    """Delete every folder in the trash for good: how many."""
    trash, count = trash_dir(root), trash_count(root)
    if trash.is_dir():
        shutil.rmtree(trash)
    return count
