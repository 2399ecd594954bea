"""Text read from files, made safe to show: no terminal escape codes, no line breaks, no hidden direction marks.

A run name such as ``"\\x1b]0;pwned\\x07\\nforged row"`` would clear the screen, set the terminal title or forge a
row of ``main.py runs``; shown through ``printable`` it reads ``\\x1b]0;pwned\\x07\\nforged row``, on one line.
"""

from __future__ import annotations

MAX_CHARS = 200  # a name or a reason longer than this is cut, so one file cannot flood a table


def printable(text: object, limit: int = MAX_CHARS) -> str:
    """``text`` with each unprintable character (controls, line breaks, bidi overrides) written as an escape."""
    shown = "".join(c if c.isprintable() else _escape(c) for c in str(text))
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
