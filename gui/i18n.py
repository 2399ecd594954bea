"""The window's language: English (the source) or Simplified Chinese, chosen by the system or the user, and
switched live.

Switching installs the other translators; Qt then sends ``QEvent.LanguageChange`` to every widget, and each
sets its own texts again in ``retranslate()`` (gui/widgets/retranslating.py). Nothing looks texts up on screen.
English is the source language, but its `%n` messages need a translator too: cnn_playground_en.qm holds their
singular and plural forms ("1 epoch", "2 epochs"; resources/i18n/en/), and every language we have no translation
for falls back to it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"
# setting value -> how the menu names it (each language by its own name; "System" is translated)
LANGUAGES = {"system": "System", "en": "English", "zh_CN": "中文"}
ENGLISH_PLURALS = "cnn_playground_en"  # the source language's plural forms: the fallback of every language


class Language:
    """Installs Qt's own and our translators for a setting ("system", "en", "zh_CN") and switches them live."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.installed: list[QTranslator] = []
        self.code = "en"
        self.chosen = False  # a language was installed

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
        loaded = ours.load(locale, "cnn_playground", "_", str(I18N_DIR)) or ours.load(ENGLISH_PLURALS, str(I18N_DIR))
        self.installed = [qt_own] if qt_own.load(locale, "qtbase", "_", _qt_translations()) else []
        self.installed += [ours] if loaded else []
        for translator in self.installed:
            self.app.installTranslator(translator)
        self.code = Path(ours.filePath()).stem.removeprefix("cnn_playground_") if loaded else "en"
        self.chosen = True
        # Qt posts LanguageChange to every window: deliver it now, so that every widget has said its texts
        # again before anything reads one
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return self.code

    def ensure(self, setting: str) -> str:
        """Install ``setting`` unless a language is installed already (the app installs it before any window)."""
        return self.code if self.chosen else self.install(setting)


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
