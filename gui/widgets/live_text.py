"""Texts made from data (a status line, a result, a message): kept as the function that writes them, so that a
live language switch writes them again from the same data, in the new language, instead of looking up the
words on screen.

``LiveText(label.setText).show(lambda: self.tr("Epoch {e}").format(e=epoch))`` shows the text now; the owner's
``retranslate()`` calls ``live.retranslate()``.
"""

from __future__ import annotations

from typing import Callable

from gui.widgets.retranslating import Words, say


class LiveText:
    def __init__(self, setter: Callable[[str], object]):
        self.setter = setter
        self.words: Words | None = None

    def show(self, words: Words) -> None:
        """``words``: a function saying the text in the language now installed (or a fixed text, a name)."""
        self.words = words
        self.setter(say(words))

    def clear(self) -> None:
        self.show("")

    def retranslate(self) -> None:
        if self.words is not None:
            self.setter(say(self.words))


class LiveMessages:
    """The messages a widget put on a MessageBar, by key, each as the function writing its (text, hint)."""

    def __init__(self, bar):
        self.bar = bar
        self.shown: dict[str, tuple[Callable[[], tuple[str, str]], str]] = {}

    def show(self, key: str, render: Callable[[], tuple[str, str]], level: str = "error") -> None:
        self.shown[key] = (render, level)
        self.bar.show_message(key, *render(), level)

    def clear(self, key: str | None = None) -> None:
        self.bar.clear(key)
        for gone in list(self.shown) if key is None else [key]:
            self.shown.pop(gone, None)

    def retranslate(self) -> None:
        for key, (render, level) in list(self.shown.items()):
            if self.bar.is_shown(key):  # not one the user has closed since
                self.bar.show_message(key, *render(), level)
            else:
                del self.shown[key]
