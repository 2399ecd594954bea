"""The tr() template of each message of core.messages.folders: runs and data folders, a run's lock and weights."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import folders as said

TEMPLATES = {
    said.RunsFolderIsAFile: QT_TRANSLATE_NOOP(
        "Messages", "The runs folder {folder} is a file, not a folder: choose a folder for the runs."
    ),
    said.RunsFolderCannotBeMade: QT_TRANSLATE_NOOP(
        "Messages",
        "The runs folder {folder} does not exist and cannot be made ({error}): is its drive connected? Choose "
        "another runs folder.",
    ),
    said.RunsFolderNotWritable: QT_TRANSLATE_NOOP(
        "Messages",
        "The runs folder {folder} cannot be written to (permission denied): choose a folder you can write to.",
    ),
    said.DataFolderIsAFile: QT_TRANSLATE_NOOP(
        "Messages", "The data folder {folder} is a file, not a folder: choose the folder that holds the datasets."
    ),
    said.DataFolderNotReadable: QT_TRANSLATE_NOOP(
        "Messages", "The data folder {folder} cannot be read: choose a folder you can read."
    ),
    said.HeldByPid: QT_TRANSLATE_NOOP("Messages", "pid {pid}"),
    said.HeldByPidOn: QT_TRANSLATE_NOOP("Messages", "pid {pid} on {host}"),
    said.BeingTrained: QT_TRANSLATE_NOOP("Messages", "{run} is being trained by another process."),
    said.BeingTrainedBy: QT_TRANSLATE_NOOP("Messages", "{run} is being trained by another process ({holder})."),
    said.CannotLock: QT_TRANSLATE_NOOP(
        "Messages", "{run} cannot be locked for training ({error}): choose a run folder you can write to."
    ),
    said.NoWeightsInRun: QT_TRANSLATE_NOOP(
        "Messages",
        "{folder} holds no weights yet (no best.pt or last.pt): choose it after its first finished epoch, or "
        "choose another run.",
    ),
    said.RunsFolderFull: QT_TRANSLATE_NOOP(
        "Messages", "{folder} already holds {limit} run folders named {name}: choose another runs folder."
    ),
}
