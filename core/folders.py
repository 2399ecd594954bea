"""The runs folder and the data folder, checked once before use: one plain sentence per kind of problem.

The window (Start), ``main.py train``, ``runs`` and ``sweep`` all ask here, so "the runs folder is a file" or "the
drive is not there" reads the same everywhere instead of a FileExistsError from deep inside.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.printable import printable
from core.messages import Message, MessageError
from core.messages import folders as said


class FolderError(MessageError, ValueError):
    """A runs or data folder that cannot serve; the message says which, why and what to do.

    ``which`` is "runs" or "data": the setting to change."""

    def __init__(self, message: Message, which: str = "runs"):
        super().__init__(message)
        self.which = which


def check_runs_folder(path: Path, create: bool = True) -> Path:
    """``path`` as a usable runs folder (made when ``create`` and missing); raises FolderError."""
    path, shown = Path(path), printable(path, limit=300)
    if path.exists() and not path.is_dir():
        raise FolderError(said.RunsFolderIsAFile(shown))
    if not path.exists():
        if not create:
            return path
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise FolderError(said.RunsFolderCannotBeMade(shown, str(exc.strerror or exc))) from None
    if create and not os.access(path, os.W_OK | os.X_OK):
        raise FolderError(said.RunsFolderNotWritable(shown))
    return path


def check_data_folder(path: Path) -> Path:
    """``path`` as a data folder to read datasets from (it may not exist yet: downloads make it)."""
    path, shown = Path(path), printable(path, limit=300)
    if path.exists() and not path.is_dir():
        raise FolderError(said.DataFolderIsAFile(shown), "data")
    if path.is_dir() and not os.access(path, os.R_OK | os.X_OK):
        raise FolderError(said.DataFolderNotReadable(shown), "data")
    return path
