"""Dataset errors. Each message is a plain sentence for the user that says what to do next."""

from __future__ import annotations


class DatasetError(Exception):
    """Base class: ``str(e)`` is shown to the user as is."""


class DatasetUnavailable(DatasetError):
    """Not on disk and cannot be downloaded now (offline, server error)."""


class DownloadCancelled(DatasetError):
    """The user cancelled a download (or a long folder load)."""


class CorruptDataset(DatasetError):
    """A file on disk is damaged or incomplete; the message names it."""


NO_DOWNLOAD_HINT = (
    "Check the internet connection and try again, choose a data folder that already holds it, "
    "or use the built-in 'shapes' set, which needs no download."
)


def corrupt(path: object, reason: str, title: str) -> CorruptDataset:
    return CorruptDataset(
        f"The file {path} is damaged or incomplete ({reason}). "
        f"Delete it and load {title} again to download a fresh copy."
    )
