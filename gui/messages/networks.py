"""The tr() template of each message of core.messages.networks."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import networks as said

TEMPLATES = {
    said.NoNetworkFile: QT_TRANSLATE_NOOP("Messages", "it is your own network but carries no network file"),
    said.NetworkFileUnusable: QT_TRANSLATE_NOOP("Messages", "its network file cannot be used ({why})"),
    said.NetworkDoesNotFit: QT_TRANSLATE_NOOP("Messages", "its network does not fit its images ({why})"),
}
