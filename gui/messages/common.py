"""The tr() template of each message of core.messages.base: text from outside, several sentences."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import base as said

TEMPLATES = {
    said.RawText: QT_TRANSLATE_NOOP("Messages", "{text}"),
    said.Sentences: QT_TRANSLATE_NOOP("Messages", "{parts}"),
    said.Static: QT_TRANSLATE_NOOP("Messages", "{text}"),
}
