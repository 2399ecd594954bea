"""The tr() template of each message of core.messages.pictures: pictures that cannot be read, exports that fail."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import pictures as said

TEMPLATES = {
    said.ImageTooSmall: QT_TRANSLATE_NOOP("Messages", "The image is too small ({w}x{h} pixels)."),
    said.NoFileAt: QT_TRANSLATE_NOOP("Messages", "There is no file at {path}."),
    said.TooLargeForMemory: QT_TRANSLATE_NOOP("Messages", "{file} is too large to read with the memory left."),
    said.UnreadableImage: QT_TRANSLATE_NOOP("Messages", "Could not read {file} as an image: {why}"),
    said.NotAPicture: QT_TRANSLATE_NOOP(
        "Messages",
        "Could not read {file} as an image: it is not a picture format this program reads (PNG, JPEG, "
        "BMP, TIFF, WebP ...).",
    ),
    said.PictureTooLarge: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} is {w}x{h} pixels ({millions:.0f} million); pictures up to {limit} million pixels can be "
        "read. Save a smaller copy (for example 4000 pixels wide) and use that.",
    ),
    said.PicturePixelsTooMany: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} has {millions:.0f} million pixels; pictures up to {limit} million pixels can be read. "
        "Save a smaller copy (for example 4000 pixels wide) and use that.",
    ),
    said.PictureTooManyPixels: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} has too many pixels; pictures up to {limit} million pixels can be read. Save a smaller "
        "copy (for example 4000 pixels wide) and use that.",
    ),
    said.ExportOneRunOnly: QT_TRANSLATE_NOOP(
        "Messages", "A model is exported from one run folder, not {n}: choose one."
    ),
    said.ChooseRunsToExport: QT_TRANSLATE_NOOP("Messages", "Choose at least one run folder to export its metrics."),
    said.NoMetricsToExport: QT_TRANSLATE_NOOP(
        "Messages", "These runs have no finished epoch yet, so they have no metrics to export."
    ),
    said.NotARunFolder: QT_TRANSLATE_NOOP(
        "Messages", "{path} is not a run folder (it holds no config.json). Choose a folder made by a run."
    ),
    said.NothingToExportAt: QT_TRANSLATE_NOOP("Messages", "There is no run folder or weights file at {path}."),
    said.NoWeightsYet: QT_TRANSLATE_NOOP(
        "Messages", "{path} holds no weights yet: export it after its first finished epoch."
    ),
    said.ExportNeedsPackages: QT_TRANSLATE_NOOP(
        "Messages",
        "{format} export needs the packages {packages}, an optional extra of CNN Playground. Start it "
        "with them: {how} (add the command and its options, e.g. {how} export ...).",
    ),
    said.ExportNeedsExtra: QT_TRANSLATE_NOOP("Messages", "{error}. Start CNN Playground with the onnx extra: {how}"),
    said.CouldNotExport: QT_TRANSLATE_NOOP("Messages", "{arch} could not be exported as {format}: {error}"),
    said.FinetuneStopped: QT_TRANSLATE_NOOP("Messages", "Stopped: the model was not changed."),
    said.NoSuchDevice: QT_TRANSLATE_NOOP(
        "Messages", "Device {device} is not available on this computer. Available: {known}."
    ),
    said.ExportDiffers: QT_TRANSLATE_NOOP(
        "Messages",
        "The exported {format} answers differently from the network: probabilities differ by up to "
        "{diff:.1e} (allowed {allowed:.0e}) on {n} {images}. Nothing was saved; export another format.",
    ),
    said.PictureOfUnknownShape: QT_TRANSLATE_NOOP(
        "Messages",
        "This picture is not grey, grey with alpha, RGB or RGBA (its pixels come as an array of shape {shape}): save "
        "it as a PNG or JPEG and open it again.",
    ),
}
