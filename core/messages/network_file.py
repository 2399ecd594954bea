"""What reading a network file says (core.archs.network_file, network_edits, network_export): the file as a
whole, a layer's options, repeats. A layer kind is named by its title (a registry text, translated by the gui);
the English writes it in lower case, as in a sentence."""

from __future__ import annotations

from core.messages.base import Message, RawText, said


@said("Layer {layer}: {what}", layer="2.1", what=RawText("Layer 2: a library's own words"))
class AtLayer(Message):
    """A problem at one layer; ``layer`` counts as a person does ("4", "4.1": the first layer inside layer 4)."""

    layer: str
    what: Message


@said("The network")
class TheNetwork(Message):
    """The subject of a sentence about a network given as text, not as a file (a file is named by its name)."""


@said("{source} is larger than {kb} kB: it is not a network file.", source=TheNetwork(), kb=1000)
class NetworkFileTooLarge(Message):
    source: Message
    kb: int


@said(
    "{source} is not a network file (not valid JSON: {why}). Choose a file saved by the network editor or main.py.",
    literal=("why",),
    source=RawText("net.json"),
    why="Expecting value: line 1 column 1 (char 0)",
)
class NetworkFileNotJson(Message):
    source: Message
    why: str  # the JSON reader's own words


@said(
    '{source} is not a network file (it lacks "format": "{format}").',
    literal=("format",),
    source=TheNetwork(),
    format="cnn-playground-network",
)
class NotANetworkFile(Message):
    source: Message
    format: str


@said("{source} has no valid version number ({version}).", literal=("version",), source=TheNetwork(), version="'x'")
class NoNetworkFileVersion(Message):
    source: Message
    version: str  # what the file holds instead, as written


@said(
    "{source} was written by a newer CNN Playground (network file version {newer}); this one reads version {ours}. "
    "Update CNN Playground, or save the network from the newer one as version {ours}.",
    source=RawText("net.json"),
    newer=2,
    ours=1,
)
class NewerNetworkFile(Message):
    source: Message
    newer: int
    ours: int


@said("{source}'s name must be a text of at most {most} characters.", source=TheNetwork(), most=200)
class NetworkNameTooLong(Message):
    source: Message
    most: int


@said(
    "{source}'s init is {init}: choose one of {choices}.",
    literal=("init", "choices"),
    source=TheNetwork(),
    init="'zeros'",
    choices="default, xavier, kaiming",
)
class UnknownNetworkInit(Message):
    source: Message
    init: str
    choices: str  # the inits' names, as a file writes them


@said('{source} has no list of layers ("layers": [...]).', source=TheNetwork())
class NoListOfLayers(Message):
    source: Message


@said("{source} has more than {most} layers once repeated: use fewer repeats.", source=TheNetwork(), most=2000)
class TooManyLayersRepeated(Message):
    source: Message
    most: int


@said(
    "Could not read the network file {path}: {why}.",
    literal=("why",),
    path="/home/me/net.json",
    why="Permission denied",
)
class NetworkFileUnreadable(Message):
    path: str
    why: str  # the system's own words


@said("the file")
class TheFile(Message):
    pass


@said("this repeat")
class ThisRepeat(Message):
    pass


@said("this {title}", title="Convolution", mid_sentence=("title",))
class ThisKind(Message):
    title: str


@said("did you mean {name}?", literal=("name",), name="'channels'")
class DidYouMean(Message):
    name: str


@said("it takes {names}", literal=("names",), names="channels, kernel")
class ItTakes(Message):
    names: str


@said(
    "{what} has an unknown option {option} ({hint}).",
    literal=("option",),
    what=ThisKind("Convolution"),
    option="'chanels'",
    hint=DidYouMean("'channels'"),
)
class UnknownLayerOption(Message):
    what: Message
    option: str
    hint: Message


@said('each layer must be a table with a "kind" and its options (a JSON object).')
class LayerNotATable(Message):
    pass


@said(
    "unknown layer kind {kind}: did you mean {close}? The kinds are {kinds}.",
    literal=("kind", "close", "kinds"),
    kind="'cnov'",
    close="'conv'",
    kinds="conv, relu, linear, repeat",
)
class UnknownLayerKindClose(Message):
    kind: str
    close: str
    kinds: str


@said(
    "unknown layer kind {kind}: The kinds are {kinds}.",
    literal=("kind", "kinds"),
    kind="'magic'",
    kinds="conv, relu, linear, repeat",
)
class UnknownLayerKind(Message):
    kind: str
    kinds: str


@said(
    "this {title}: {problem}.",
    title="Convolution",
    problem=RawText("its kernel must be from 1 up to 31"),
    mid_sentence=("title",),
)
class BadLayerOption(Message):
    title: str
    problem: Message


@said("a whole number")
class AWholeNumber(Message):
    pass


@said('a whole number or "classes"')
class AWholeNumberOrClasses(Message):
    pass


@said("a number")
class ANumber(Message):
    pass


@said("true or false")
class TrueOrFalse(Message):
    pass


@said(
    "its {option} must be {wanted}, not {value}",
    literal=("option", "value"),
    option="channels",
    wanted=AWholeNumber(),
    value="'16'",
)
class OptionOfWrongType(Message):
    option: str
    wanted: Message
    value: str  # as the file writes it


@said(
    "its {option} must be from {low:g} up to {high:g}, not {value}",
    literal=("option", "value"),
    option="kernel",
    low=1,
    high=31,
    value="40",
)
class OptionOutOfRange(Message):
    option: str
    low: float
    high: float
    value: str


@said(
    "its {option} must be from {low:g} below {high:g}, not {value}",
    literal=("option", "value"),
    option="p",
    low=0,
    high=1,
    value="1.5",
)
class OptionNotBelow(Message):
    option: str
    low: float
    high: float
    value: str


@said("repeats are nested more than {most} deep.", most=4)
class RepeatsNestedTooDeep(Message):
    most: int


@said("a repeat's times must be a whole number from 1 to {most}.", most=100)
class BadRepeatTimes(Message):
    most: int


@said("this repeat has no layers to repeat: add some, or remove it.")
class EmptyRepeat(Message):
    pass


@said("this repeat has more than {most} layers.", most=2000)
class RepeatTooLong(Message):
    most: int


@said(
    "{name} ({module}) has settings a network file cannot hold.",
    literal=("name", "module"),
    name="features.0",
    module="Conv2d",
)
class LayerSettingsNotHeld(Message):
    name: str  # the layer's name in the model
    module: str  # its PyTorch class


@said(
    "{name} ({module}) is no layer kind a network file knows.",
    literal=("name", "module"),
    name="features.3",
    module="LSTM",
)
class LayerKindNotKnown(Message):
    name: str
    module: str


@said("{title} is already a network file.", title="Your own network")
class AlreadyANetworkFile(Message):
    title: str  # the network's title (a registry text)


@said(
    "{source} holds {word}, which is not a number a network file may hold: write a number instead.",
    literal=("word",),
    source=RawText("net.json"),
    word="NaN",
)
class NetworkFileNotANumber(Message):
    source: Message
    word: str  # JSON's NaN / Infinity / -Infinity, as written
