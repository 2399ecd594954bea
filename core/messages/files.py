"""What opening a file says: weights files (checkpoints and their cards), run folders and pictures."""

from __future__ import annotations

from core.messages.base import Message, said


# -- weights files ------------------------------------------------------------------------------------------------
@said("No weights file at {path}. Choose an existing .pt file.", path="/runs/x/best.pt")
class NoWeightsFile(Message):
    path: str


@said(
    "{file} was refused: it is not a plain weights file and loading it could run code hidden inside. Only open "
    "weights saved by CNN Playground or as a plain PyTorch state_dict.",
    file="model.pt",
)
class NotPlainWeights(Message):
    file: str


@said(
    "{file} could not be read as PyTorch weights ({error}). The file may be damaged or of another kind: choose "
    "another file.",
    file="model.pt",
    error="EOFError",
)
class UnreadableWeights(Message):
    file: str
    error: str  # the exception's type name


@said("{file} holds no network weights that CNN Playground understands.", file="model.pt")
class NoWeightsUnderstood(Message):
    file: str


@said(
    "These weights belong to another network than {arch} with this input and class count{detail}. Pick the "
    "architecture and dataset the file was trained with, or another file.",
    arch="'lenet'",
    detail="",
)
class WeightsOfAnotherNetwork(Message):
    arch: str
    detail: str  # " (layer conv1.weight: file (6, 1, 5, 5), network (6, 3, 5, 5))": names and shapes only


@said(
    "{file} holds bare weights without a description of the network. Open a weights file saved by CNN Playground "
    "(a run folder's best.pt or last.pt).",
    file="state_dict.pt",
)
class BareWeights(Message):
    file: str


@said("{source} carries no description of its network.", source="model.pt")
class NoDescription(Message):
    source: str


@said(
    "{source} cannot be used: {why}. Choose a weights file saved by CNN Playground, or another file.",
    source="model.pt",
    why=None,
)
class CardUnusable(Message):
    source: str
    why: Message  # one of the card problems below


@said("its class names are not a list")
class ClassNamesNotAList(Message):
    pass


CardUnusable.sample = {**CardUnusable.sample, "why": ClassNamesNotAList()}


@said("it names {names} classes for {outputs} outputs", names=9, outputs=10)
class ClassCountMismatch(Message):
    names: int
    outputs: int


@said("its network options are not a table")
class OptionsNotATable(Message):
    pass


@said(
    "its {key} is {value}, not a whole number from {low} to {high}",
    key="image_size",
    value="'28'",
    low=1,
    high=512,
    literal=("key",),
)
class NotAWholeNumber(Message):
    key: str
    value: str
    low: int
    high: int


@said("its normalisation (mean, std) is not a list of numbers")
class NormNotNumbers(Message):
    pass


@said("it was made for a network this version does not know ({arch})", arch="'vgg'")
class UnknownNetwork(Message):
    arch: str


@said("it has {n} classes", n=0)
class BadClassCount(Message):
    n: int


@said("its normalisation has {values} values for {channels} channels", values=3, channels=1)
class NormCountMismatch(Message):
    values: int
    channels: int


@said("its normalisation (mean, std) is not finite and positive")
class NormNotPositive(Message):
    pass


@said("its image size {size} is outside 1..{high}", size=0, high=512)
class ImageSizeOutside(Message):
    size: int
    high: int


@said("it names an unknown network option {key}", key="'width'", literal=("key",))
class UnknownOption(Message):
    key: str


@said("its option {key} = {value} is not valid", key="dropout", value="2", literal=("key",))
class BadOption(Message):
    key: str
    value: str


@said("{name} is not a digit model (28x28 grey images, 10 classes): choose a model trained on MNIST.", name="cifar.pt")
class NotADigitModel(Message):
    name: str


# -- run folders ----------------------------------------------------------------------------------------------
@said("{path} holds no best.pt: give a run folder with at least one finished epoch, or a weights file.", path="/runs/x")
class NoBestWeights(Message):
    path: str


@said(
    "{path} has no {missing}: it holds weights only (a copy of best.pt?), so the run cannot continue where it "
    "stopped. Put the run's own last.pt back, or start a new run.",
    path="/runs/x/last.pt",
    missing="optimizer, rng",
)
class CannotContinueMissing(Message):
    path: str
    missing: str  # the names of the missing parts (file keys)


@said(
    "{path} does not say which epoch it holds: it holds weights only (a copy of best.pt?), so the run cannot continue "
    "where it stopped. Put the run's own last.pt back, or start a new run.",
    path="/runs/x/last.pt",
)
class CannotContinueNoEpoch(Message):
    path: str


@said(
    "{path} does not match this run's settings ({error}): resume with the settings the run was started with, or "
    "start a new run.",
    path="/runs/x/last.pt",
    error="RuntimeError",
)
class DoesNotMatchSettings(Message):
    path: str
    error: str
