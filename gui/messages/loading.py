"""The tr() template of each message of core.messages.loading: files left out of a dataset, loading progress."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import loading as said

TEMPLATES = {
    said.OneNotAnImage: QT_TRANSLATE_NOOP("Messages", "1 not an image"),
    said.NotImages: QT_TRANSLATE_NOOP("Messages", "{n} not images"),
    said.Unreadable: QT_TRANSLATE_NOOP("Messages", "{n} unreadable"),
    said.TooLarge: QT_TRANSLATE_NOOP("Messages", "{n} too large"),
    said.SkippedOneFile: QT_TRANSLATE_NOOP("Messages", "skipped 1 file: {counts}"),
    said.SkippedFiles: QT_TRANSLATE_NOOP("Messages", "skipped {total} files: {counts}"),
    said.ClassNotInTrain: QT_TRANSLATE_NOOP("Messages", "{path}: class not in the train split, left out"),
    said.ClassWithoutImages: QT_TRANSLATE_NOOP("Messages", "{path}: no images, class left out"),
    said.FileSkipped: QT_TRANSLATE_NOOP("Messages", "{path}: {why}"),
    said.NotAnImage: QT_TRANSLATE_NOOP("Messages", "not an image"),
    said.MoreSkipped: QT_TRANSLATE_NOOP("Messages", "... and {n} more files skipped"),
    said.DrawingShapes: QT_TRANSLATE_NOOP("Messages", "Drawing shapes"),
    said.ItsChecksumDiffers: QT_TRANSLATE_NOOP("Messages", "its checksum does not match"),
    said.NotAnImageFile: QT_TRANSLATE_NOOP("Messages", "not an image file"),
    said.CannotBeRead: QT_TRANSLATE_NOOP("Messages", "cannot be read ({error})"),
    said.ReadingFrom: QT_TRANSLATE_NOOP("Messages", "Reading {data} from {folder}"),
    said.Reading: QT_TRANSLATE_NOOP("Messages", "Reading {data}"),
    said.ReadingImages: QT_TRANSLATE_NOOP("Messages", "Reading images"),
    said.Downloading: QT_TRANSLATE_NOOP("Messages", "Downloading {data}"),
    said.DownloadingFile: QT_TRANSLATE_NOOP("Messages", "Downloading {data}: file {i} of {n} ({file})"),
    said.Unpacking: QT_TRANSLATE_NOOP("Messages", "Unpacking {data}"),
}
