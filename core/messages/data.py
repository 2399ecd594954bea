"""What loading a dataset says: why it is not there, what is damaged, which files were left out."""

from __future__ import annotations


from core.messages.base import Message, said


@said("There is no dataset called {name}. Choose one of: {known}.", name="'mnistt'", known="mnist, fashion")
class NoSuchDataset(Message):
    name: str
    known: str


@said("Images can have 1 (grey) or 3 (colour) channels, not {channels}.", channels=4)
class BadChannelCount(Message):
    channels: int


@said("Choose an image size between 8 and 512 pixels, not {size}.", size=4)
class BadImageSize(Message):
    size: int


@said("{what} was cancelled.", what=None)
class Cancelled(Message):
    what: Message  # Loading, TheDownload or LoadingTheFolder


@said("Loading")
class LoadingWork(Message):
    pass


@said("The download")
class TheDownload(Message):
    pass


@said("Loading the image folder")
class LoadingTheFolder(Message):
    pass


Cancelled.sample = {"what": TheDownload()}


@said(
    "{data} is not in {folder} and downloading is turned off. Allow the download, choose a data folder that already "
    "holds it, or use the built-in 'shapes' set, which needs no download.",
    data="MNIST",
    folder="/data",
)
class NotHereNoDownload(Message):
    data: str  # a dataset's title
    folder: str


@said("the server answered {code} {reason}", code=404, reason="Not Found")
class ServerAnswered(Message):
    code: int
    reason: str  # the server's words


@said("the server did not answer in time")
class NoAnswerInTime(Message):
    pass


@said("could not connect ({why})", why="Name or service not known")
class CouldNotConnect(Message):
    why: str  # the system's words


@said("the connection closed after {done} of {total} bytes", done=100, total=9912422)
class ConnectionClosed(Message):
    done: int
    total: int


@said("{first}; {rest}", first=NoAnswerInTime(), rest=ServerAnswered(404, "Not Found"))
class Reasons(Message):
    """Two or more reasons, one per server tried."""

    first: Message
    rest: Message


@said(
    "Could not download {data}: {why}. Check the internet connection and try again, choose a data folder that "
    "already holds it, or use the built-in 'shapes' set, which needs no download.",
    data="MNIST",
    why=NoAnswerInTime(),
)
class DownloadFailed(Message):
    data: str
    why: Message


@said("Cannot write to {folder} ({why}). Choose another data folder.", folder="/data", why="Permission denied")
class CannotWriteDataFolder(Message):
    folder: str
    why: str  # the system's words


@said(
    "The file {path} is damaged or incomplete ({reason}). Delete it and load {data} again to download a fresh copy.",
    path="/data/MNIST/raw/train-images-idx3-ubyte",
    reason=None,
    data="MNIST",
)
class Damaged(Message):
    path: str
    reason: Message
    data: str


@said("it could not be unpacked: {error}", error="invalid header")
class CannotUnpack(Message):
    error: str


@said("its images are {shape}, not {size}x{size}", shape="(32, 32)", size=28)
class WrongImageShape(Message):
    shape: str
    size: int


@said("it has {labels} labels for {images} images", labels=10, images=12)
class LabelCountMismatch(Message):
    labels: int
    images: int


@said("it has labels outside 0..{last}", last=9)
class LabelsOutside(Message):
    last: int


@said("it is not a valid IDX file")
class NotIdx(Message):
    pass


@said("it is shorter or longer than its header says")
class WrongLength(Message):
    pass


@said("the file arrived damaged (checksum mismatch)")
class ChecksumMismatch(Message):
    pass


Damaged.sample = {**Damaged.sample, "reason": WrongLength()}


@said(
    "The file {path} is damaged ({error}). Reinstall the system package that provides it, or download {data} into "
    "the data folder.",
    path="/usr/share/mnist/train.gz",
    error="CRC check failed",
    data="MNIST",
)
class SystemFileDamaged(Message):
    path: str
    error: str
    data: str


@said("No image folder is chosen. Choose a folder with one sub-folder of images per class.")
class NoFolderChosen(Message):
    pass


@said("The folder {folder} does not exist. Choose a folder with one sub-folder of images per class.", folder="/x")
class NoSuchFolder(Message):
    folder: str


@said("Put the images of each class in their own sub-folder, e.g. {folder}/cats and {folder}/dogs.", folder="/pets")
class FolderLayout(Message):
    folder: str


@said(
    "The folder {folder} needs at least 2 classes but found 1 class sub-folder with images. {layout}",
    folder="/pets",
    layout=FolderLayout("/pets"),
)
class OneClassFound(Message):
    folder: str
    layout: Message


@said(
    "The folder {folder} needs at least 2 classes but found no class sub-folders with images. {layout}",
    folder="/pets",
    layout=FolderLayout("/pets"),
)
class NoClassFound(Message):
    folder: str
    layout: Message


@said(
    "The {n} images in {folder} would take {gib:.1f} GiB of memory at {size}x{size}. Choose a smaller image size or "
    "a folder with fewer images.",
    n=900000,
    folder="/photos",
    gib=12.5,
    size=128,
)
class FolderTooBig(Message):
    n: int
    folder: str
    gib: float
    size: int


@said("None of the images in {folder} could be read. {layout}", folder="/pets", layout=FolderLayout("/pets"))
class NoImageReadable(Message):
    folder: str
    layout: Message


@said(
    "You have not collected enough digits yet: on the Draw tab turn on 'Collect', draw a digit and press its number "
    "key. Two or more are needed."
)
class TooFewDigits(Message):
    pass


@said(
    "Too few digits to measure: draw at least {needed} of each digit you collect; these have fewer: {digits}. All "
    "are learnt from; none is held out to check on.",
    needed=3,
    digits="1, 7",
)
class TooFewToMeasureDigits(Message):
    needed: int
    digits: str  # the digits, comma-separated


@said("Collect some digits first: fine-tuning needs labelled digits to learn from.")
class CollectDigitsFirst(Message):
    pass


@said("A digit label is 0-9, not {label}.", literal=("label",), label="'x'")
class NotADigitLabel(Message):
    label: str  # what was given, as code writes it
