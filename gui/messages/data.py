"""The tr() template of each message of core.messages.data: datasets missing or damaged, files left out, progress."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import data as said

TEMPLATES = {
    said.NoSuchDataset: QT_TRANSLATE_NOOP("Messages", "There is no dataset called {name}. Choose one of: {known}."),
    said.BadChannelCount: QT_TRANSLATE_NOOP(
        "Messages", "Images can have 1 (grey) or 3 (colour) channels, not {channels}."
    ),
    said.BadImageSize: QT_TRANSLATE_NOOP("Messages", "Choose an image size between 8 and 512 pixels, not {size}."),
    said.Cancelled: QT_TRANSLATE_NOOP("Messages", "{what} was cancelled."),
    said.LoadingWork: QT_TRANSLATE_NOOP("Messages", "Loading"),
    said.TheDownload: QT_TRANSLATE_NOOP("Messages", "The download"),
    said.LoadingTheFolder: QT_TRANSLATE_NOOP("Messages", "Loading the image folder"),
    said.NotHereNoDownload: QT_TRANSLATE_NOOP(
        "Messages",
        "{data} is not in {folder} and downloading is turned off. Allow the download, choose a data "
        "folder that already holds it, or use the built-in 'shapes' set, which needs no download.",
    ),
    said.ServerAnswered: QT_TRANSLATE_NOOP("Messages", "the server answered {code} {reason}"),
    said.NoAnswerInTime: QT_TRANSLATE_NOOP("Messages", "the server did not answer in time"),
    said.CouldNotConnect: QT_TRANSLATE_NOOP("Messages", "could not connect ({why})"),
    said.ConnectionClosed: QT_TRANSLATE_NOOP("Messages", "the connection closed after {done} of {total} bytes"),
    said.Reasons: QT_TRANSLATE_NOOP("Messages", "{first}; {rest}"),
    said.DownloadFailed: QT_TRANSLATE_NOOP(
        "Messages",
        "Could not download {data}: {why}. Check the internet connection and try again, choose a data "
        "folder that already holds it, or use the built-in 'shapes' set, which needs no download.",
    ),
    said.CannotWriteDataFolder: QT_TRANSLATE_NOOP(
        "Messages", "Cannot write to {folder} ({why}). Choose another data folder."
    ),
    said.Damaged: QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} is damaged or incomplete ({reason}). Delete it and load {data} again to download"
        " a fresh copy.",
    ),
    said.CannotUnpack: QT_TRANSLATE_NOOP("Messages", "it could not be unpacked: {error}"),
    said.WrongImageShape: QT_TRANSLATE_NOOP("Messages", "its images are {shape}, not {size}x{size}"),
    said.LabelCountMismatch: QT_TRANSLATE_NOOP("Messages", "it has {labels} labels for {images} images"),
    said.LabelsOutside: QT_TRANSLATE_NOOP("Messages", "it has labels outside 0..{last}"),
    said.NotIdx: QT_TRANSLATE_NOOP("Messages", "it is not a valid IDX file"),
    said.WrongLength: QT_TRANSLATE_NOOP("Messages", "it is shorter or longer than its header says"),
    said.ChecksumMismatch: QT_TRANSLATE_NOOP("Messages", "the file arrived damaged (checksum mismatch)"),
    said.SystemFileDamaged: QT_TRANSLATE_NOOP(
        "Messages",
        "The file {path} is damaged ({error}). Reinstall the system package that provides it, or download"
        " {data} into the data folder.",
    ),
    said.NoFolderChosen: QT_TRANSLATE_NOOP(
        "Messages", "No image folder is chosen. Choose a folder with one sub-folder of images per class."
    ),
    said.NoSuchFolder: QT_TRANSLATE_NOOP(
        "Messages", "The folder {folder} does not exist. Choose a folder with one sub-folder of images per class."
    ),
    said.FolderLayout: QT_TRANSLATE_NOOP(
        "Messages", "Put the images of each class in their own sub-folder, e.g. {folder}/cats and {folder}/dogs."
    ),
    said.OneClassFound: QT_TRANSLATE_NOOP(
        "Messages", "The folder {folder} needs at least 2 classes but found 1 class sub-folder with images. {layout}"
    ),
    said.NoClassFound: QT_TRANSLATE_NOOP(
        "Messages", "The folder {folder} needs at least 2 classes but found no class sub-folders with images. {layout}"
    ),
    said.FolderTooBig: QT_TRANSLATE_NOOP(
        "Messages",
        "The {n} images in {folder} would take {gib:.1f} GiB of memory at {size}x{size}. Choose a smaller"
        " image size or a folder with fewer images.",
    ),
    said.NoImageReadable: QT_TRANSLATE_NOOP("Messages", "None of the images in {folder} could be read. {layout}"),
    said.TooFewDigits: QT_TRANSLATE_NOOP(
        "Messages",
        "You have not collected enough digits yet: on the Draw tab turn on 'Collect', draw a digit and "
        "press its number key. Two or more are needed.",
    ),
    said.TooFewToMeasureDigits: QT_TRANSLATE_NOOP(
        "Messages",
        "Too few digits to measure: draw at least {needed} of each digit you collect; these have fewer: {digits}. "
        "All are learnt from; none is held out to check on.",
    ),
    said.CollectDigitsFirst: QT_TRANSLATE_NOOP(
        "Messages", "Collect some digits first: fine-tuning needs labelled digits to learn from."
    ),
    said.NotADigitLabel: QT_TRANSLATE_NOOP("Messages", "A digit label is 0-9, not {label}."),
}
