"""The tr() template of each message of core.messages.export_targets."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import export_targets as said

TEMPLATES = {
    said.IsAFolder: QT_TRANSLATE_NOOP("Messages", "{path} is a folder: give a file name to save to, e.g. {example}."),
    said.IsARunFile: QT_TRANSLATE_NOOP(
        "Messages", "{path} is a file of the run itself: save the export outside the run's files."
    ),
    said.FolderIsAFile: QT_TRANSLATE_NOOP("Messages", "{path} cannot be written: {folder} is a file, not a folder."),
    said.NoPermission: QT_TRANSLATE_NOOP(
        "Messages", "{path} cannot be written (no permission in {folder}): choose another place."
    ),
    said.CouldNotWrite: QT_TRANSLATE_NOOP(
        "Messages", "{path} could not be written ({reason}): choose another place to save it."
    ),
}
