"""What core says to a person, as small typed messages: the type says what happened, the fields the particulars.

``str(message)`` is the English sentence (the CLI prints it, the log keeps it). The window renders the same
message with a ``tr()`` template of its own (gui/messages.py), so core needs no Qt and nobody has to read the
English back. ``MESSAGES`` holds every type: the gui checks that each has its template.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, Callable, ClassVar, TypeVar

from core.registry import Registry

M = TypeVar("M", bound="Message")


@dataclass(frozen=True)
class Message:
    """One thing core tells the user. Subclasses are made with ``@said("English {field} sentence.")``."""

    english: ClassVar[str] = ""
    sample: ClassVar[dict[str, Any]] = {}  # field values for the translation walk (tests/gui/test_zh_walk.py)
    literal: ClassVar[tuple[str, ...]] = ()  # fields written as code (a file's key): never translated
    mid_sentence: ClassVar[tuple[str, ...]] = ()  # title fields written inside a sentence: "this max pooling"

    def field_values(self) -> dict[str, Any]:
        """The fields the sentence is filled with (nested messages as they are)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def english_values(self) -> dict[str, Any]:
        """What the English sentence is filled with; a type may add words derived from its fields."""
        values = {name: english(value) for name, value in self.field_values().items()}
        return {name: in_a_sentence(v) if name in self.mid_sentence else v for name, v in values.items()}

    def __str__(self) -> str:
        return self.english.format(**self.english_values())

    def to_json(self) -> dict[str, Any]:
        """A plain dict that ``from_json`` turns back into this message (sweep trials keep it in the study)."""
        return {"message": type(self).__name__, **{k: _json(v) for k, v in self.field_values().items()}}


MESSAGES: Registry[type[Message]] = Registry("message")


def said(
    english: str, literal: tuple[str, ...] = (), mid_sentence: tuple[str, ...] = (), **sample: Any
) -> Callable[[type[M]], type[M]]:
    """Class decorator: a frozen dataclass message whose English is ``english``, registered in MESSAGES.
    ``literal``: fields that are code, kept as they are in every language; ``mid_sentence``: title fields written
    in lower case inside the sentence; ``sample``: example field values, for tests that render every type."""

    def make(cls: type[M]) -> type[M]:
        cls = dataclass(frozen=True)(cls)
        cls.english, cls.sample, cls.literal, cls.mid_sentence = english, sample, literal, mid_sentence
        return MESSAGES.add(cls.__name__, cls)

    return make


def english(value: Any) -> Any:
    """A field as the English sentence shows it: a nested message as its sentence, a list of them joined."""
    if isinstance(value, Message):
        return str(value)
    if isinstance(value, tuple) and all(isinstance(v, Message) for v in value):
        return join(str(v) for v in value)
    return value


def in_a_sentence(title: str) -> str:
    """A title as a sentence writes it: "Max pooling" -> "max pooling"; a name stays ("ResNet block")."""
    first = title.split(" ", 1)[0]
    return title[:1].lower() + title[1:] if first[1:] == first[1:].lower() else title


def join(sentences) -> str:
    """Sentences one after another: a space after Western punctuation, none after Chinese (。)."""
    out = ""
    for sentence in sentences:
        if sentence:
            out += (" " if out and out[-1].isascii() else "") + sentence
    return out


@said("{text}", text="Free text from outside CNN Playground")
class RawText(Message):
    """Words that are not ours (a library's error), shown as they are. Core's own sentences have types."""

    text: str


@said("{parts}", parts=())
class Sentences(Message):
    """Several messages said one after another (a failure and what to do about it)."""

    parts: tuple[Message, ...]


@said("{text}", text="The learning rate must be a number above 0 and up to 100 (try 0.001 for Adam, 0.01-0.1 for SGD).")
class Static(Message):
    """A fixed sentence of core's registries (a setting's own message); translated by its English, as titles are
    (zh_CN/core.ts, listed by gui/core_texts.py)."""

    text: str


Sentences.sample = {"parts": (Static(Static.sample["text"]), RawText(RawText.sample["text"]))}


def as_message(value: Any) -> Message:
    """``value`` as a message: an exception's ``msg``, or its text when it has none (a library's error)."""
    if isinstance(value, Message):
        return value
    if isinstance(value, BaseException):
        msg = getattr(value, "msg", None)
        return msg if isinstance(msg, Message) else RawText(str(value) or type(value).__name__)
    return RawText(str(value))


class MessageError(Exception):
    """An exception that tells the user something: ``msg`` is the message, ``str()`` its English."""

    def __init__(self, msg: Message | str):
        self.msg = msg if isinstance(msg, Message) else RawText(msg)
        super().__init__(str(self.msg))


def from_json(data: Any) -> Any:
    """The message ``to_json`` made (nested ones too); any other value as it is."""
    if isinstance(data, dict) and data.get("message") in MESSAGES:
        cls = MESSAGES.get(data["message"])
        known = {f.name for f in fields(cls)}
        return cls(**{k: from_json(v) for k, v in data.items() if k in known})
    if isinstance(data, list):
        return tuple(from_json(v) for v in data)
    return data


def _json(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, (tuple, list)):
        return [_json(v) for v in value]
    return value
