"""What the class set of digits says (core.data.class_digits, core.class_board): names, exports and imports."""

from __future__ import annotations

from core.messages.base import Message, RawText, said


@said("Give a writer name made of letters or digits, for example your first name.")
class GiveAWriterName(Message):
    pass


@said("There are no collected digits to export: collect some on the Draw tab first.")
class NoDigitsToExport(Message):
    pass


@said("{file} was not imported: {why}.", file="anna.zip", why=RawText("File is not a zip file"))
class NotImported(Message):
    file: str
    why: Message  # one of the refusals below, or the library's words


@said("it is larger than {mb} MB", mb=20)
class ExportTooLarge(Message):
    mb: int


@said("it is not a digits export of CNN Playground")
class NotADigitsExport(Message):
    pass


@said("it comes from a newer CNN Playground: update this one")
class FromANewerVersion(Message):
    pass


@said("its list of digits is damaged")
class DigitListDamaged(Message):
    pass


@said("a digit picture is {w}x{h}, not 28x28", w=32, h=32)
class DigitPictureSize(Message):
    w: int
    h: int


@said("a digit's label is not 0-9")
class DigitLabelNotADigit(Message):
    pass


@said("a digit's file name is not one this app writes")
class DigitFileNameUnknown(Message):
    pass


@said(
    "The class set needs digits from at least two writers (some train, others test): import the students' exported "
    "digits on the Draw tab (Class digits)."
)
class ClassSetNeedsTwoWriters(Message):
    pass


@said("The class set has no test writers yet: import digits from at least two students.")
class NoTestWriters(Message):
    pass
