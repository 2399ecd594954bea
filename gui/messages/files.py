"""The tr() template of each message of core.messages.files: weights files and their cards, run folders, pictures."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import files as said

TEMPLATES = {
    said.NoWeightsFile: QT_TRANSLATE_NOOP("Messages", "No weights file at {path}. Choose an existing .pt file."),
    said.NotPlainWeights: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} was refused: it is not a plain weights file and loading it could run code hidden inside. "
        "Only open weights saved by CNN Playground or as a plain PyTorch state_dict.",
    ),
    said.UnreadableWeights: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} could not be read as PyTorch weights ({error}). The file may be damaged or of another "
        "kind: choose another file.",
    ),
    said.NoWeightsUnderstood: QT_TRANSLATE_NOOP(
        "Messages", "{file} holds no network weights that CNN Playground understands."
    ),
    said.WeightsOfAnotherNetwork: QT_TRANSLATE_NOOP(
        "Messages",
        "These weights belong to another network than {arch} with this input and class count{detail}. "
        "Pick the architecture and dataset the file was trained with, or another file.",
    ),
    said.BareWeights: QT_TRANSLATE_NOOP(
        "Messages",
        "{file} holds bare weights without a description of the network. Open a weights file saved by CNN"
        " Playground (a run folder's best.pt or last.pt).",
    ),
    said.NoDescription: QT_TRANSLATE_NOOP("Messages", "{source} carries no description of its network."),
    said.CardUnusable: QT_TRANSLATE_NOOP(
        "Messages", "{source} cannot be used: {why}. Choose a weights file saved by CNN Playground, or another file."
    ),
    said.ClassNamesNotAList: QT_TRANSLATE_NOOP("Messages", "its class names are not a list"),
    said.ClassCountMismatch: QT_TRANSLATE_NOOP("Messages", "it names {names} classes for {outputs} outputs"),
    said.OptionsNotATable: QT_TRANSLATE_NOOP("Messages", "its network options are not a table"),
    said.NotAWholeNumber: QT_TRANSLATE_NOOP(
        "Messages", "its {key} is {value}, not a whole number from {low} to {high}"
    ),
    said.NormNotNumbers: QT_TRANSLATE_NOOP("Messages", "its normalisation (mean, std) is not a list of numbers"),
    said.UnknownNetwork: QT_TRANSLATE_NOOP("Messages", "it was made for a network this version does not know ({arch})"),
    said.BadClassCount: QT_TRANSLATE_NOOP("Messages", "it has {n} classes"),
    said.NormCountMismatch: QT_TRANSLATE_NOOP(
        "Messages", "its normalisation has {values} values for {channels} channels"
    ),
    said.NormNotPositive: QT_TRANSLATE_NOOP("Messages", "its normalisation (mean, std) is not finite and positive"),
    said.ImageSizeOutside: QT_TRANSLATE_NOOP("Messages", "its image size {size} is outside 1..{high}"),
    said.UnknownOption: QT_TRANSLATE_NOOP("Messages", "it names an unknown network option {key}"),
    said.BadOption: QT_TRANSLATE_NOOP("Messages", "its option {key} = {value} is not valid"),
    said.NotADigitModel: QT_TRANSLATE_NOOP(
        "Messages", "{name} is not a digit model (28x28 grey images, 10 classes): choose a model trained on MNIST."
    ),
    said.NoBestWeights: QT_TRANSLATE_NOOP(
        "Messages", "{path} holds no best.pt: give a run folder with at least one finished epoch, or a weights file."
    ),
    said.CannotContinueMissing: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} has no {missing}: it holds weights only (a copy of best.pt?), so the run cannot continue "
        "where it stopped. Put the run's own last.pt back, or start a new run.",
    ),
    said.CannotContinueNoEpoch: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} does not say which epoch it holds: it holds weights only (a copy of best.pt?), so the run"
        " cannot continue where it stopped. Put the run's own last.pt back, or start a new run.",
    ),
    said.DoesNotMatchSettings: QT_TRANSLATE_NOOP(
        "Messages",
        "{path} does not match this run's settings ({error}): resume with the settings the run was "
        "started with, or start a new run.",
    ),
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
}
