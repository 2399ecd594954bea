"""The tr() template of each message of core.messages.settings: what is wrong with a run's settings."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import settings as said

TEMPLATES = {
    said.MixAnotherDataset: QT_TRANSLATE_NOOP("Messages", "Mix in another dataset than the one trained on, or none."),
    said.FolderCannotBeMixed: QT_TRANSLATE_NOOP(
        "Messages", "An image folder cannot be mixed in: choose a built-in or downloaded dataset."
    ),
    said.MixedBatchTooSmall: QT_TRANSLATE_NOOP(
        "Messages", "A mixed batch needs at least 2 images: one from each dataset."
    ),
    said.CannotBeMixedInto: QT_TRANSLATE_NOOP(
        "Messages",
        "{mixed} cannot be mixed into {data}: both need the same image size, colour channels and number of classes. "
        "Mix in another dataset, or none.",
    ),
    said.NeedsANetworkFile: QT_TRANSLATE_NOOP(
        "Messages", "Your own network needs a network file: give one with --network FILE, or design one."
    ),
    said.OneOf: QT_TRANSLATE_NOOP("Messages", "one of {choices}"),
    said.AboveUpTo: QT_TRANSLATE_NOOP("Messages", "above {low} and up to {high}"),
    said.FromToBelow: QT_TRANSLATE_NOOP("Messages", "from {low} to below {high}"),
    said.Between: QT_TRANSLATE_NOOP("Messages", "between {low} and {high}"),
    said.OnOrOff: QT_TRANSLATE_NOOP("Messages", "on or off"),
    said.AnyText: QT_TRANSLATE_NOOP("Messages", "any text"),
    said.MustBeSet: QT_TRANSLATE_NOOP("Messages", "{help} It must be set: {range}."),
    said.OutOfRange: QT_TRANSLATE_NOOP("Messages", "{help} It must be {range}, not {value}."),
    said.UnknownValue: QT_TRANSLATE_NOOP("Messages", "Unknown value {value}: {help} It must be {range}."),
    said.NesterovNeedsSgd: QT_TRANSLATE_NOOP("Messages", "Nesterov needs the SGD optimizer with momentum above 0."),
    said.StylesAreForDigits: QT_TRANSLATE_NOOP(
        "Messages", "Writing styles (slashed zeros, crossed sevens ...) are for digits: pick 'handwriting'."
    ),
    said.ChooseAFolder: QT_TRANSLATE_NOOP("Messages", "Choose an image folder (one sub-folder of images per class)."),
    said.WrongChannels: QT_TRANSLATE_NOOP(
        "Messages",
        "{net} takes images with {wanted} colour channels, but these have {n}. Pick another network or "
        "convert the images to grey or RGB.",
    ),
    said.ImagesTooSmallForNet: QT_TRANSLATE_NOOP(
        "Messages",
        "{net} needs images at least {min}x{min} pixels, but these are {size}x{size}. Pick a dataset with"
        " larger images or a network that takes any size, such as the MLP.",
    ),
    said.SettingsClash: QT_TRANSLATE_NOOP("Messages", "These settings do not go together: {problem}"),
}
