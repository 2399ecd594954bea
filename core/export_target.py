"""Where an export may go: a file (not a folder), not one of the run's own files, in a place that can be written.

``-o RUN/last.pt`` would silently replace the checkpoint the run resumes from; ``-o some_folder`` or a read-only mount
would end in a traceback. Each is refused before any work, in one sentence.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.messages import MessageError
from core.messages import export_targets as said
from core.printable import printable


class ExportTargetError(MessageError):
    """A place an export cannot be saved to; core.export raises it as an ExportError."""


RUN_FILES = frozenset(
    ("config.json", "metrics.json", "metrics.csv", "status.json", "label.json", "batches.csv", ".run.lock")
) | {f"{name}.pt" for name in ("last", "best", "start")}


def check_target(out: Path, runs: tuple[Path, ...], suffix: str = "") -> None:
    """Refuse, in one sentence each, a folder, a file of a run folder and a place that cannot be written."""
    shown = printable(out, 300)
    if out.is_dir():
        raise ExportTargetError(said.IsAFolder(shown, printable(out / ("export" + suffix), 300)))
    target = out.resolve()
    for run in runs:
        run = Path(run).resolve()
        if target == run or (target.parent == run and target.name in RUN_FILES):
            raise ExportTargetError(said.IsARunFile(shown))
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent  # the nearest folder that exists: the export makes the ones below it
    if not folder.is_dir():
        raise ExportTargetError(said.FolderIsAFile(shown, printable(folder, 300)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportTargetError(said.NoPermission(shown, printable(folder, 300)))
