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
}
