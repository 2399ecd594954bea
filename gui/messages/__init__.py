"""core's messages in the user's language: ``say(message)``.

Each message type of ``core.messages`` has one ``tr()`` template here (context "Messages", one module per area
like core's), filled with the message's fields: a nested message is said in turn, a list of them joined, a
text field looked up among core's registry texts (a network's or dataset's title; a path matches nothing and
stays as it is). No English is read back: the type says which template.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core import messages as m
from gui.core_texts import core_tr
from gui.messages import (
    class_digits,
    common,
    data,
    export_targets,
    files,
    folders,
    lessons,
    loading,
    memory,
    network_file,
    network_shapes,
    networks,
    pictures,
    run,
    run_files,
    settings,
    sweep,
    sweep_setup,
    sweep_storage,
)

log = logging.getLogger(__name__)
ONLY_FIELDS = re.compile(r"(\{\w+\}\s*)+")
CONTEXT = "Messages"
LIST_SEPARATOR = QT_TRANSLATE_NOOP("Messages", ", ")  # between the items of a list ("3 not images, 1 unreadable")
LAST_SEPARATOR = QT_TRANSLATE_NOOP("Messages", " or ")  # before the last of several choices ("1 or 3 channels")

TEMPLATES: dict[type[m.Message], str] = {}
for _area in (
    class_digits,
    common,
    data,
    export_targets,
    files,
    folders,
    lessons,
    loading,
    memory,
    network_file,
    network_shapes,
    networks,
    pictures,
    run,
    run_files,
    settings,
    sweep,
    sweep_setup,
    sweep_storage,
):
    assert not TEMPLATES.keys() & _area.TEMPLATES.keys(), "a message type has two templates"
    TEMPLATES.update(_area.TEMPLATES)


def say(what: Any) -> str:
    """A message (or an exception carrying one in ``msg``) in the language now installed."""
    msg = m.as_message(what)
    if isinstance(msg, m.Sentences):
        return m.join(say(part) for part in msg.parts)
    source = TEMPLATES[type(msg)]
    # a template of fields only ("{text}", "{field} {op} {value}") has no words to translate
    template = source if ONLY_FIELDS.fullmatch(source) else QCoreApplication.translate(CONTEXT, source)
    values = {name: value if name in msg.literal else _field(value) for name, value in msg.field_values().items()}
    values = {name: m.in_a_sentence(v) if name in msg.mid_sentence else v for name, v in values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the English is still right
        log.warning("the translation of %s does not fit its fields: %r", type(msg).__name__, template)
        return str(msg)


def _field(value: Any) -> Any:
    if isinstance(value, m.Message):
        return say(value)
    if isinstance(value, tuple):
        said = [say(v) if isinstance(v, m.Message) else str(v) for v in value]
        if value and all(isinstance(v, m.Message) for v in value):
            return _translated(LIST_SEPARATOR).join(said)
        return said[0] if len(said) == 1 else ", ".join(said[:-1]) + _translated(LAST_SEPARATOR) + said[-1]
    if isinstance(value, str):
        return core_tr(value)
    return value


def _translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
