"""The window's language: English (the source) or Simplified Chinese, chosen by the system or the user, and
switched live.

Our translator records, for every text it hands out, the message it came from (context and English source).
Switching language installs the other translators and then re-looks-up every text on show (labels, buttons,
tooltips, tabs, menus, combo items, table headers, plot titles and axes) through that record, so no widget
needs code of its own to follow a switch. A text filled in by ``.format()`` is matched against its message's
template and refilled with the same values. Texts a widget sets later (status lines, results) come from
``tr()`` at that time, so they are in the new language anyway.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"
# setting value -> how the menu names it (each language by its own name; "System" is translated)
LANGUAGES = {"system": "System", "en": "English", "zh_CN": "中文"}
_FIELD = re.compile(r"%\d|%n")
_FIELDS_AND_MARKERS = re.compile(r"\{[^{}]*\}|%\d|%n")
WRAPPED = re.compile(r"((?:<[^>]+>)+)([^<]*)((?:</[^>]+>)+)", re.DOTALL)
# The lookup walk below (retranslate_tree) is on its way out: widgets set their texts in retranslate() on Qt's
# LanguageChange (gui/widgets/retranslating.py). Tests set this False to prove a widget follows a switch alone.
LOOKUP_WALK = True
QT_CLASSES = frozenset(n for m in (QtCore, QtGui, QtWidgets) for n in dir(m) if n.startswith("Q")) | {"Object"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str | None = None

    def text(self) -> str:
        return QCoreApplication.translate(self.context, self.source, self.disambiguation)


class RecordingTranslator(QTranslator):
    """Our .qm (none for English), remembering which message each text it returned came from."""

    def __init__(self, qm: QTranslator | None, seen: dict[str, list[Message]], parent: QObject | None = None):
        super().__init__(parent)
        self.qm, self.seen = qm, seen

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False  # English has no .qm, but its texts must be recorded too

    def translate(self, context, source, disambiguation=None, n=-1):
        text = self.qm.translate(context, source, disambiguation, n) if self.qm is not None else ""
        if context in QT_CLASSES:  # PySide's tr() also asks QWidget, QObject...: noise for choosing later
            return text or None
        shown = self.seen.setdefault(text or source, [])
        message = Message(context, source, disambiguation)
        if message not in shown:
            shown.append(message)
        return text or None  # None is Qt's null string, "not translated here"; "" would blank the text


class Language:
    """Installs Qt's own and our translators for a setting ("system", "en", "zh_CN") and switches them live."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.seen: dict[str, list[Message]] = {}  # shared by every translator: a switch needs the old texts
        self.installed: list[QTranslator] = []
        self.code = "en"
        self._sorted: list[tuple[str, list[Message]]] = []
        self._counted = -1

    @staticmethod
    def locale(setting: str) -> QLocale:
        return QLocale.system() if setting not in LANGUAGES or setting == "system" else QLocale(setting)

    def install(self, setting: str) -> str:
        """Use the language of ``setting``; returns the language in use ("en" or "zh_CN")."""
        for old in self.installed:
            self.app.removeTranslator(old)
        locale = self.locale(setting)
        qt_own = QTranslator(self.app)
        ours = QTranslator(self.app)
        loaded = ours.load(locale, "cnn_playground", "_", str(I18N_DIR))
        self.installed = [qt_own] if qt_own.load(locale, "qtbase", "_", _qt_translations()) else []
        self.installed.append(RecordingTranslator(ours if loaded else None, self.seen, self.app))
        for translator in self.installed:
            self.app.installTranslator(translator)
        self.code = Path(ours.filePath()).stem.removeprefix("cnn_playground_") if loaded else "en"
        # Qt posts LanguageChange to every window: deliver it now, so that widgets with texts of their own
        # (changeEvent) follow before retranslate_tree runs and before anything reads a text
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return self.code

    def ensure(self, setting: str) -> str:
        """Install ``setting`` unless a language is installed already (the app installs it before any window)."""
        return self.code if self.installed else self.install(setting)

    # -- re-translating what is on show ------------------------------------------------------------------------
    def retranslate(self, text: str, near: tuple[str, ...] = ()) -> str:
        """``text`` (from an earlier ``tr()``) in the language now installed; unknown text comes back as is.
        ``near``: class names of the widget showing it and its parents, nearest first, to choose between
        messages that look the same in one language ("训练" is both Train and Training)."""
        if not text:
            return text
        messages = self.seen.get(text)
        if messages and _best(messages, near) != text:
            return _best(messages, near)
        for template, messages in self._templates():
            match = pattern(template).fullmatch(text)
            if match:
                values = {name: self.retranslate(value, near) for name, value in match.groupdict().items()}
                return fill(_best(messages, near), values)
        wrapped = WRAPPED.fullmatch(text)  # "<b>Most confident mistakes</b>": a message inside markup
        if wrapped and wrapped.group(2):
            return wrapped.group(1) + self.retranslate(wrapped.group(2), near) + wrapped.group(3)
        return text

    def _templates(self) -> list[tuple[str, list[Message]]]:
        """Texts with fields, the most specific (most fixed words) first: "Bundled digit model: %1." must win
        over "%1 trained on %2" for "Bundled digit model: X trained on Y."."""
        if len(self.seen) != self._counted:
            found = [(shown, ms) for shown, ms in list(self.seen.items()) if "{" in shown or _FIELD.search(shown)]
            self._sorted = sorted(found, key=lambda item: -len(_FIELDS_AND_MARKERS.sub("", item[0])))
            self._counted = len(self.seen)
        return self._sorted

    def retranslate_tree(self, root: QObject) -> None:
        """Every text of ``root`` and its children, in the language now installed (nothing when the walk is off)."""
        if not LOOKUP_WALK:
            return
        from gui.i18n_walk import texts_of  # the widget walk, shared with the zh_CN walk test

        for text in texts_of(root):
            if text.set is not None:
                new = self.retranslate(text.value, _ancestry(text.owner))
                if new != text.value:
                    text.set(new)


def _ancestry(obj) -> tuple[str, ...]:
    names = []
    while obj is not None:
        names += [cls.__name__ for cls in type(obj).__mro__ if cls.__name__ not in QT_CLASSES]
        obj = obj.parent() if isinstance(obj, QObject) else None
    return tuple(names)


def _best(messages: list[Message], near: tuple[str, ...] = ()) -> str:
    """The translation of the first context that has one, the contexts of the nearest widgets first. PySide's
    tr() asks each class of the object's MRO in turn (FeatureMapsWidget, QWidget, QObject...), so one text is
    recorded under several contexts."""
    rank = {name: i for i, name in reversed(list(enumerate(near)))}
    ordered = sorted(messages, key=lambda m: rank.get(m.context, len(near)))
    for message in ordered:
        text = message.text()
        if text != message.source:
            return text
    return ordered[0].source


@lru_cache(maxsize=None)
def pattern(template: str) -> re.Pattern:
    """A regex matching ``template`` with each {field} (or %1, %n) filled by anything; repeats must agree."""
    parts, seen = [], set()
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        parts.append(_literal(literal))
        if field is not None:
            name = _group(field)
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
    return re.compile("".join(parts), re.DOTALL)


def _literal(text: str) -> str:
    """Escaped literal text, with Qt's %1 / %n markers as groups of their own."""
    out, last = [], 0
    for m in _FIELD.finditer(text):
        out += [re.escape(text[last : m.start()]), f"(?P<{_group(m.group())}>.+?)"]
        last = m.end()
    return "".join(out) + re.escape(text[last:])


def _group(field: str) -> str:
    return "g_" + re.sub(r"\W", lambda m: f"_{ord(m.group())}_", field or "auto")


def fill(template: str, values: dict[str, str]) -> str:
    try:
        out = []
        for literal, field, _spec, _conv in string.Formatter().parse(template):
            out.append(_FIELD.sub(lambda m: values.get(_group(m.group()), m.group()), literal))
            if field is not None:
                out.append(values[_group(field)])
        return "".join(out)
    except (KeyError, ValueError):  # a translation with other fields than its source: keep the words we have
        return template


def _qt_translations() -> str:
    return QLibraryInfo.path(QLibraryInfo.TranslationsPath)


_language: Language | None = None


def language() -> Language:
    """The application's one Language (made, English, on first use)."""
    global _language
    app = QCoreApplication.instance()
    if _language is None or _language.app is not app:
        _language = Language(app)
    return _language
