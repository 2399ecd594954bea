"""The tr() template of each message of core.messages.class_digits: the class set of digits."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import class_digits as said

TEMPLATES = {
    said.GiveAWriterName: QT_TRANSLATE_NOOP(
        "Messages", "Give a writer name made of letters or digits, for example your first name."
    ),
    said.NoDigitsToExport: QT_TRANSLATE_NOOP(
        "Messages", "There are no collected digits to export: collect some on the Draw tab first."
    ),
    said.NotImported: QT_TRANSLATE_NOOP("Messages", "{file} was not imported: {why}."),
    said.ExportTooLarge: QT_TRANSLATE_NOOP("Messages", "it is larger than {mb} MB"),
    said.NotADigitsExport: QT_TRANSLATE_NOOP("Messages", "it is not a digits export of CNN Playground"),
    said.FromANewerVersion: QT_TRANSLATE_NOOP("Messages", "it comes from a newer CNN Playground: update this one"),
    said.DigitListDamaged: QT_TRANSLATE_NOOP("Messages", "its list of digits is damaged"),
    said.DigitPictureSize: QT_TRANSLATE_NOOP("Messages", "a digit picture is {w}x{h}, not 28x28"),
    said.DigitLabelNotADigit: QT_TRANSLATE_NOOP("Messages", "a digit's label is not 0-9"),
    said.DigitFileNameUnknown: QT_TRANSLATE_NOOP("Messages", "a digit's file name is not one this app writes"),
    said.ClassSetNeedsTwoWriters: QT_TRANSLATE_NOOP(
        "Messages",
        "The class set needs digits from at least two writers (some train, others test): import the students' "
        "exported digits on the Draw tab (Class digits).",
    ),
    said.NoTestWriters: QT_TRANSLATE_NOOP(
        "Messages", "The class set has no test writers yet: import digits from at least two students."
    ),
}
