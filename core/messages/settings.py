"""What is wrong with a run's settings (core.config, core.archs), and the valid range in words."""

from __future__ import annotations

from typing import Any

from core.messages.base import Message, said


@said("one of {choices}", choices="sgd, adam")
class OneOf(Message):
    choices: str  # the valid words, comma-separated (setting values are names: the same in every language)


@said("above {low} and up to {high}", low="0", high="100")
class AboveUpTo(Message):
    low: str  # numbers written as the CLI takes them ("10,000", "0.001")
    high: str


@said("from {low} to below {high}", low="0", high="1")
class FromToBelow(Message):
    low: str
    high: str


@said("between {low} and {high}", low="1", high="10,000")
class Between(Message):
    low: str
    high: str


@said("on or off")
class OnOrOff(Message):
    pass


@said("any text")
class AnyText(Message):
    pass


@said("{help} It must be set: {range}.", help="Passes over all training images.", range=Between("1", "10,000"))
class MustBeSet(Message):
    help: str  # the setting's help (core.config.SETTINGS): a registry text, translated by its English
    range: Message


@said("{help} It must be {range}, not {value}.", help="Passes over all training images.", range=Between("1", "10,000"),
      value="0")  # fmt: skip
class OutOfRange(Message):
    help: str
    range: Message
    value: str  # the value given, as Python writes it


@said("Unknown value {value}: {what} is {range}.", value="'adamx'", help="The optimizer.", range=OneOf("sgd, adam"))
class UnknownValue(Message):
    value: str
    help: str  # "The optimizer." says "the optimizer is one of ..." in English
    range: Message

    def english_values(self) -> dict[str, Any]:
        return {**super().english_values(), "what": self.help[0].lower() + self.help[1:-1]}


@said("Nesterov needs the SGD optimizer with momentum above 0.")
class NesterovNeedsSgd(Message):
    pass


@said("Writing styles (slashed zeros, crossed sevens ...) are for digits: pick 'handwriting'.")
class StylesAreForDigits(Message):
    pass


@said("Choose an image folder (one sub-folder of images per class).")
class ChooseAFolder(Message):
    pass


@said(
    "{net} takes images with {wanted} colour channels, but these have {n}. Pick another network or convert the images "
    "to grey or RGB.",
    net="LeNet-5",
    wanted=(1,),
    n=3,
)
class WrongChannels(Message):
    net: str  # a network's title
    wanted: tuple[int, ...]  # the channel counts it takes
    n: int

    def english_values(self) -> dict[str, Any]:
        words = [str(c) for c in self.wanted]
        either = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
        return {**super().english_values(), "wanted": either}


@said(
    "{net} needs images at least {min}x{min} pixels, but these are {size}x{size}. Pick a dataset with larger images "
    "or a network that takes any size, such as the MLP.",
    net="AlexNet",
    min=63,
    size=28,
)
class ImagesTooSmallForNet(Message):
    net: str
    min: int
    size: int


@said("Mix in another dataset than the one trained on, or none.")
class MixAnotherDataset(Message):
    pass


@said("An image folder cannot be mixed in: choose a built-in or downloaded dataset.")
class FolderCannotBeMixed(Message):
    pass


@said("A mixed batch needs at least 2 images: one from each dataset.")
class MixedBatchTooSmall(Message):
    pass


@said(
    "{mixed} cannot be mixed into {data}: both need the same image size, colour channels and number of classes. "
    "Mix in another dataset, or none.",
    mixed="CIFAR-10",
    data="MNIST",
)
class CannotBeMixedInto(Message):
    mixed: str  # dataset titles: registry texts
    data: str


@said("Your own network needs a network file: give one with --network FILE, or design one.")
class NeedsANetworkFile(Message):
    pass


@said("These settings do not go together: {problem}", problem=NesterovNeedsSgd())
class SettingsClash(Message):
    problem: Message
