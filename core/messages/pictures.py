"""What opening a picture and exporting a model say: files too large or unreadable, exports that fail."""

from __future__ import annotations

from core.messages.base import Message, said


# -- pictures -----------------------------------------------------------------------------------------------------
@said("The image is too small ({w}x{h} pixels).", w=1, h=1)
class ImageTooSmall(Message):
    w: int
    h: int


@said("There is no file at {path}.", path="/home/me/digit.png")
class NoFileAt(Message):
    path: str


@said("{file} is too large to read with the memory left.", file="huge.png")
class TooLargeForMemory(Message):
    file: str


@said("Could not read {file} as an image: {why}", file="notes.txt", why="cannot identify image file")
class UnreadableImage(Message):
    file: str
    why: str  # what the image library said


@said(
    "Could not read {file} as an image: it is not a picture format this program reads (PNG, JPEG, BMP, TIFF, "
    "WebP ...).",
    file="notes.txt",
)
class NotAPicture(Message):
    file: str


@said(
    "{file} is {w}x{h} pixels ({millions:.0f} million); pictures up to {limit} million pixels can be read. Save a "
    "smaller copy (for example 4000 pixels wide) and use that.",
    file="pano.jpg",
    w=20000,
    h=10000,
    millions=200.0,
    limit=100,
)
class PictureTooLarge(Message):
    file: str
    w: int
    h: int
    millions: float
    limit: int


@said(
    "{file} has {millions:.0f} million pixels; pictures up to {limit} million pixels can be read. Save a smaller "
    "copy (for example 4000 pixels wide) and use that.",
    file="pano.jpg",
    millions=200.0,
    limit=100,
)
class PicturePixelsTooMany(Message):
    file: str
    millions: float
    limit: int


@said(
    "{file} has too many pixels; pictures up to {limit} million pixels can be read. Save a smaller copy (for example "
    "4000 pixels wide) and use that.",
    file="pano.jpg",
    limit=100,
)
class PictureTooManyPixels(Message):
    file: str
    limit: int


# -- exports --------------------------------------------------------------------------------------------------
@said("A model is exported from one run folder, not {n}: choose one.", n=3)
class ExportOneRunOnly(Message):
    n: int


@said("Choose at least one run folder to export its metrics.")
class ChooseRunsToExport(Message):
    pass


@said("These runs have no finished epoch yet, so they have no metrics to export.")
class NoMetricsToExport(Message):
    pass


@said("{path} is not a run folder (it holds no config.json). Choose a folder made by a run.", path="/home/me")
class NotARunFolder(Message):
    path: str


@said("There is no run folder or weights file at {path}.", path="/runs/gone")
class NothingToExportAt(Message):
    path: str


@said("{path} holds no weights yet: export it after its first finished epoch.", path="/runs/run-1")
class NoWeightsYet(Message):
    path: str


@said(
    "{format} export needs the packages {packages}, an optional extra of CNN Playground. Start it with them: {how} "
    "(add the command and its options, e.g. {how} export ...).",
    format="ONNX",
    packages="onnx, onnxruntime",
    how="uv run --extra onnx main.py",
)
class ExportNeedsPackages(Message):
    format: str
    packages: str
    how: str  # the command line


@said("{error}. Start CNN Playground with the onnx extra: {how}", error="No module named 'onnx'", how="uv run main.py")
class ExportNeedsExtra(Message):
    error: str
    how: str


@said("{arch} could not be exported as {format}: {error}", arch="lenet", format="ONNX", error="unsupported operator")
class CouldNotExport(Message):
    arch: str
    format: str  # the format's title
    error: str  # what the exporter said


@said("Stopped: the model was not changed.")
class FinetuneStopped(Message):
    pass


@said("Device {device} is not available on this computer. Available: {known}.", device="'cuda:3'", known="cpu")
class NoSuchDevice(Message):
    device: str
    known: str


@said(
    "The exported {format} answers differently from the network: probabilities differ by up to {diff:.1e} (allowed "
    "{allowed:.0e}) on {n} {images}. Nothing was saved; export another format.",
    format="ONNX",
    diff=0.02,
    allowed=1e-4,
    n=64,
    images="MNIST test images",
)
class ExportDiffers(Message):
    format: str
    diff: float
    allowed: float
    n: int
    images: str  # which images, as core.export_check describes them


@said(
    "This picture is not grey, grey with alpha, RGB or RGBA (its pixels come as an array of shape {shape}): save it "
    "as a PNG or JPEG and open it again.",
    literal=("shape",),
    shape="(28, 28, 5)",
)
class PictureOfUnknownShape(Message):
    shape: str
