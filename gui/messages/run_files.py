"""The tr() template of each message of core.messages.run_files: a run folder's file that cannot be used."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import run_files as said

TEMPLATES = {
    said.EntryOf: QT_TRANSLATE_NOOP("Messages", "{where}, entry {entry}"),
    said.NotAReadableRunFolder: QT_TRANSLATE_NOOP(
        "Messages",
        "{folder} is not a readable run folder: {reason}. Fix or remove that file, or choose another run folder.",
    ),
    said.NotAFile: QT_TRANSLATE_NOOP("Messages", "{name} is not a file"),
    said.FileTooLarge: QT_TRANSLATE_NOOP("Messages", "{name} is {size:,} KB, more than the {limit:,} KB allowed"),
    said.FileMissing: QT_TRANSLATE_NOOP("Messages", "{name} is missing"),
    said.NotUtf8: QT_TRANSLATE_NOOP("Messages", "{name} is not text (not UTF-8)"),
    said.FileUnreadable: QT_TRANSLATE_NOOP("Messages", "{name} cannot be read ({error})"),
    said.FileNestedTooDeeply: QT_TRANSLATE_NOOP("Messages", "{name} is nested too deeply"),
    said.NotJson: QT_TRANSLATE_NOOP("Messages", "{name} is not valid JSON"),
    said.NotJsonAtLine: QT_TRANSLATE_NOOP("Messages", "{name} is not valid JSON (line {line})"),
    said.FieldMissing: QT_TRANSLATE_NOOP("Messages", "{where} has no {key}"),
    said.NotWholeNumber: QT_TRANSLATE_NOOP("Messages", "{where}: {key} is {value}, not a whole number"),
    said.NotNumber: QT_TRANSLATE_NOOP("Messages", "{where}: {key} is {value}, not a number"),
    said.NotAtLeast: QT_TRANSLATE_NOOP("Messages", "{where}: {key} is {value}, not at least {low}"),
    said.NotInRange: QT_TRANSLATE_NOOP("Messages", "{where}: {key} is {value}, not {low} to {high}"),
    said.NotTextValue: QT_TRANSLATE_NOOP("Messages", "{where}: {key} is {value}, not text"),
    said.TextTooLong: QT_TRANSLATE_NOOP(
        "Messages", "{where}: {key} is {length:,} characters long, more than {limit:,}"
    ),
    said.NotADate: QT_TRANSLATE_NOOP("Messages", "{where}: {key} is {value}, not a date and time"),
    said.DateOutOfRange: QT_TRANSLATE_NOOP("Messages", "{where}: {key} is {value}, not a date between 1970 and 9999"),
    said.NotAnObject: QT_TRANSLATE_NOOP("Messages", "{where} holds {kind}, not an object with named values"),
    said.NotAListOfEpochs: QT_TRANSLATE_NOOP("Messages", "{where} holds {kind}, not a list of epochs"),
    said.EpochOutOfOrder: QT_TRANSLATE_NOOP("Messages", "{where}: epoch {epoch} comes after epoch {previous}"),
    said.UnknownStatus: QT_TRANSLATE_NOOP("Messages", "{name}: status is not one of {statuses}"),
    said.SettingsNotAccepted: QT_TRANSLATE_NOOP(
        "Messages", "config.json holds settings this version does not accept ({why})"
    ),
    said.SettingsOfWrongKind: QT_TRANSLATE_NOOP("Messages", "config.json holds settings of the wrong kind ({why})"),
}
