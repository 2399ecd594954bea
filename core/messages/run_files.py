"""What reading a run folder's files says (core.run_files): which file, which field, and what is wrong with it."""

from __future__ import annotations

from core.messages.base import Message, said


@said("{where}, entry {entry}", where="metrics.json", entry=3)
class EntryOf(Message):
    where: str  # a file name
    entry: int


@said(
    "{folder} is not a readable run folder: {reason}. Fix or remove that file, or choose another run folder.",
    folder="/runs/run-1",
    reason=EntryOf("metrics.json", 3),
)
class NotAReadableRunFolder(Message):
    folder: str
    reason: Message


@said("{name} is not a file", name="config.json")
class NotAFile(Message):
    name: str


@said("{name} is {size:,} KB, more than the {limit:,} KB allowed", name="config.json", size=2048, limit=1024)
class FileTooLarge(Message):
    name: str
    size: int
    limit: int


@said("{name} is missing", name="config.json")
class FileMissing(Message):
    name: str


@said("{name} is not text (not UTF-8)", name="config.json")
class NotUtf8(Message):
    name: str


@said("{name} cannot be read ({error})", name="config.json", error="Permission denied")
class FileUnreadable(Message):
    name: str
    error: str  # the system's own words


@said("{name} is nested too deeply", name="config.json")
class FileNestedTooDeeply(Message):
    name: str


@said("{name} is not valid JSON", name="config.json")
class NotJson(Message):
    name: str


@said("{name} is not valid JSON (line {line})", name="config.json", line=3)
class NotJsonAtLine(Message):
    name: str
    line: int


@said("{where} has no {key}", where=EntryOf("metrics.json", 3), key="epoch", literal=("key",))
class FieldMissing(Message):
    where: Message | str
    key: str


@said("{where}: {key} is {value}, not a whole number", where="status.json", key="pid", value="'x'", literal=("key",))
class NotWholeNumber(Message):
    where: Message | str
    key: str
    value: str  # the value as Python writes it, shortened


@said("{where}: {key} is {value}, not a number", where="status.json", key="seconds", value="'x'", literal=("key",))
class NotNumber(Message):
    where: Message | str
    key: str
    value: str


@said("{where}: {key} is {value}, not at least {low}", where="status.json", key="seconds", value="-1", low="0",
      literal=("key",))  # fmt: skip
class NotAtLeast(Message):
    where: Message | str
    key: str
    value: str
    low: str


@said("{where}: {key} is {value}, not {low} to {high}", where=EntryOf("metrics.json", 1), key="test_acc", value="2",
      low="0", high="1", literal=("key",))  # fmt: skip
class NotInRange(Message):
    where: Message | str
    key: str
    value: str
    low: str
    high: str


@said("{where}: {key} is {value}, not text", where="status.json", key="host", value="3", literal=("key",))
class NotTextValue(Message):
    where: Message | str
    key: str
    value: str


@said("{where}: {key} is {length:,} characters long, more than {limit:,}", where="status.json", key="host",
      length=300, limit=255, literal=("key",))  # fmt: skip
class TextTooLong(Message):
    where: Message | str
    key: str
    length: int
    limit: int


@said("{where}: {key} is {value}, not a date and time", where="status.json", key="started", value="'x'",
      literal=("key",))  # fmt: skip
class NotADate(Message):
    where: Message | str
    key: str
    value: str


@said("{where}: {key} is {value}, not a date between 1970 and 9999", where="status.json", key="started",
      value="'0001-01-01'", literal=("key",))  # fmt: skip
class DateOutOfRange(Message):
    where: Message | str
    key: str
    value: str


@said("{where} holds {kind}, not an object with named values", where="config.json", kind="list")
class NotAnObject(Message):
    where: Message | str
    kind: str  # a JSON value's Python type name


@said("{where} holds {kind}, not a list of epochs", where="metrics.json", kind="dict")
class NotAListOfEpochs(Message):
    where: Message | str
    kind: str


@said("{where}: epoch {epoch} comes after epoch {previous}", where=EntryOf("metrics.json", 2), epoch=1, previous=1)
class EpochOutOfOrder(Message):
    where: Message | str
    epoch: int
    previous: int


@said("{name}: status is not one of {statuses}", name="status.json", statuses="running, finished")
class UnknownStatus(Message):
    name: str
    statuses: str


@said("config.json holds settings this version does not accept ({why})", why="...")
class SettingsNotAccepted(Message):
    why: Message | str


@said("config.json holds settings of the wrong kind ({why})", why="'int' object is not iterable")
class SettingsOfWrongKind(Message):
    why: str
