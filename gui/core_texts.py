"""core's registry words in the user's language: network, dataset and preset titles and descriptions, setting
help, class names. core has no Qt, so they are translated here, at the gui boundary, by their English source
text as Qt does (``core_tr``); ``static_texts`` lists them for resources/i18n/update.py (zh_CN/core.ts).

What core *says* (progress, problems, failures) is not text but typed messages: gui/messages.py renders them;
a run's name is typed parts too: gui/run_names.py says it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from core.run_name import PROPER_NAMES
from gui.network_texts import layer_texts

CONTEXT = "core"


def static_texts() -> list[str]:
    """Every fixed text of core's registries that the window shows (titles, descriptions, help, class names)."""
    from core import archs, data
    from core.augment import AUGMENTATIONS
    from core.config import SETTINGS
    from core.lesson_checks import EVENT_PHRASES, METRICS
    from core.presets import PRESETS

    texts = [w for a in archs.ARCHS for w in (a.title, a.description)]  # "custom" too: run folders name it
    texts += [w for s in data.list_datasets() for w in (s.title, s.description, *s.class_names)]
    texts += [w for p in PRESETS for w in (p.title, p.description, p.reported)]
    texts += [w for a in AUGMENTATIONS for w in (a.name, a.description)]
    texts += [w for s in SETTINGS.values() for w in (s.help, s.message)]
    texts += ["on disk", "needs download", "built-in", "choose a folder", "draw some first", "Apple GPU (Metal)"]
    texts += list(EVENT_PHRASES.values())
    texts += [*SETTINGS, *METRICS, *PROPER_NAMES]  # the words of a lesson's checks: "activation == leakyrelu"
    texts += layer_texts()  # the network editor's layer kinds
    unique = dict.fromkeys(t for t in texts if t and re.search(r"[A-Za-z]{2}", t) and not t.isdigit())
    return list(unique)


def core_tr(text: str) -> str:
    """A registry text of core in the language now installed (itself when it is not one)."""
    if not text:
        return text
    return QCoreApplication.translate(CONTEXT, text)


def display_value(field: str, value) -> str:
    """A TrainConfig value as the window names it: a network's or dataset's title, an optimizer's proper name,
    an augmentation in the user's language; a number as it is."""
    from core import archs, data

    if field == "arch" and value in archs.ARCHS:
        return core_tr(archs.get_arch(value).title)
    if field == "dataset" and value in data.DATASETS:
        return core_tr(data.get_spec(value).title)
    if isinstance(value, str):
        return PROPER_NAMES.get(value, core_tr(value))
    return str(value)
