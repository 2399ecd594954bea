"""Dataset errors. Each message is a plain sentence for the user that says what to do next."""

from __future__ import annotations

from core.messages import Message, MessageError
from core import messages as said


class DatasetError(MessageError):
    """Base class: ``e.msg`` says what is wrong and what to do (``str(e)``: in English)."""


class DatasetUnavailable(DatasetError):
    """Not on disk and cannot be downloaded now (offline, server error)."""


class DownloadCancelled(DatasetError):
    """The user cancelled a download (or a long folder load)."""


class CorruptDataset(DatasetError):
    """A file on disk is damaged or incomplete; the message names it."""


def corrupt(path: object, reason: Message, title: str) -> CorruptDataset:
    return CorruptDataset(said.Damaged(str(path), reason, title))
