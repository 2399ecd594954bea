"""How big and how deep a lesson file may be, checked before TOML parsing so a hostile file costs nothing.

A 10 MB lesson froze the window for minutes and ``[[[[...]]]]`` nested a few thousand deep raised RecursionError
out of File > Open lesson. A real lesson is a few KB: a title, a short text and some steps.
"""

from __future__ import annotations

from core.messages.lessons import LessonTooLarge

MAX_BYTES = 1024 * 1024  # the whole file
# The panel lays out every character on the GUI thread (a 20,000-character text and 100 long steps took 20 s
# there, measured with tests running beside it); the bundled lessons stay under 600 characters and 4 steps.
MAX_TEXT_CHARS = 5_000  # the lesson's text, each language
MAX_STEP_CHARS = 500  # a sentence or two
MAX_STEPS = 30
MAX_DEPTH = 16  # arrays and inline tables inside each other; lessons use 2


def size_problem(size: int) -> LessonTooLarge | None:
    if size <= MAX_BYTES:
        return None
    return LessonTooLarge(f"{size / 2**20:.1f}", MAX_BYTES // 2**20)


def nesting_depth(text: str) -> int:
    """How deep ``[`` and ``{`` nest outside strings and comments (table headers ``[[steps]]`` count 2)."""
    depth = deepest = i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i = _string_end(text, i + len(quote), quote)
            continue
        if c == "#":
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        if c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return deepest


def _string_end(text: str, i: int, quote: str) -> int:
    """The index just after the string that starts at ``i`` (basic strings skip backslash escapes)."""
    escapes = quote[0] == '"'
    while i < len(text):
        if escapes and text[i] == "\\":
            i += 2
            continue
        if text.startswith(quote, i):
            return i + len(quote)
        if len(quote) == 1 and text[i] == "\n":
            return i  # an unclosed one-line string: TOML's own parser says so
        i += 1
    return i
