"""What loading a dataset says as it goes: files left out, and its progress."""

from __future__ import annotations

from typing import Any

from core.messages.base import Message, said


# -- files left out of a folder ---------------------------------------------------------------------------------
@said("1 not an image")
class OneNotAnImage(Message):
    pass


@said("{n} not images", n=3)
class NotImages(Message):
    n: int


@said("{n} unreadable", n=1)
class Unreadable(Message):
    n: int


@said("{n} too large", n=1)
class TooLarge(Message):
    n: int


@said("skipped 1 file: {counts}", counts=(TooLarge(1),))
class SkippedOneFile(Message):
    counts: tuple[Message, ...]  # one count: OneNotAnImage, Unreadable or TooLarge

    def english_values(self) -> dict[str, Any]:
        return {"counts": ", ".join(str(c) for c in self.counts)}


@said("skipped {total} files: {counts}", total=4, counts=(NotImages(3), Unreadable(1)))
class SkippedFiles(Message):
    total: int
    counts: tuple[Message, ...]  # a count per reason, in the order of core.data.skips.REASONS

    def english_values(self) -> dict[str, Any]:
        return {"total": self.total, "counts": ", ".join(str(c) for c in self.counts)}


@said("{path}: class not in the train split, left out", path="/pets/test/birds")
class ClassNotInTrain(Message):
    path: str


@said("{path}: no images, class left out", path="/pets/fish")
class ClassWithoutImages(Message):
    path: str


@said("{path}: {why}", path="/pets/cats/x.txt", why=None)
class FileSkipped(Message):
    path: str
    why: Message  # NotAnImage, or what reading it said


@said("not an image")
class NotAnImage(Message):
    pass


FileSkipped.sample = {**FileSkipped.sample, "why": NotAnImage()}


@said("... and {n} more files skipped", n=12)
class MoreSkipped(Message):
    n: int


@said("Drawing shapes")
class DrawingShapes(Message):
    pass


@said("its checksum does not match")
class ItsChecksumDiffers(Message):
    pass


@said("not an image file")
class NotAnImageFile(Message):
    pass


@said("cannot be read ({error})", error="OSError: truncated file")
class CannotBeRead(Message):
    error: str  # the exception's type and text


# -- progress while loading --------------------------------------------------------------------------------------
@said("Reading {data} from {folder}", data="MNIST", folder="/usr/share/mnist")
class ReadingFrom(Message):
    data: str
    folder: str


@said("Reading {data}", data="MNIST")
class Reading(Message):
    data: str


@said("Reading images")
class ReadingImages(Message):
    pass


@said("Downloading {data}", data="MNIST")
class Downloading(Message):
    data: str


@said("Downloading {data}: file {i} of {n} ({file})", data="MNIST", i=1, n=4, file="train-images-idx3-ubyte.gz")
class DownloadingFile(Message):
    data: str
    i: int
    n: int
    file: str


@said("Unpacking {data}", data="CIFAR-10")
class Unpacking(Message):
    data: str
