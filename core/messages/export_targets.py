"""Where an export cannot be saved (core.export_target), and a write that failed there."""

from __future__ import annotations

from core.messages.base import Message, said


@said("{path} is a folder: give a file name to save to, e.g. {example}.", path="/home/me", example="/home/me/export.pt")
class IsAFolder(Message):
    path: str
    example: str


@said("{path} is a file of the run itself: save the export outside the run's files.", path="/runs/run-1/last.pt")
class IsARunFile(Message):
    path: str


@said("{path} cannot be written: {folder} is a file, not a folder.", path="/home/me/x/a.pt", folder="/home/me/x")
class FolderIsAFile(Message):
    path: str
    folder: str


@said("{path} cannot be written (no permission in {folder}): choose another place.", path="/a.pt", folder="/")
class NoPermission(Message):
    path: str
    folder: str


@said("{path} could not be written ({reason}): choose another place to save it.", path="/a.pt", reason="Disk full")
class CouldNotWrite(Message):
    path: str
    reason: str  # the system's own words (strerror)
