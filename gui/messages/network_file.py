"""The tr() template of each message of core.messages.network_file."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import network_file as said

TEMPLATES = {
    said.AtLayer: QT_TRANSLATE_NOOP("Messages", "Layer {layer}: {what}"),
    said.TheNetwork: QT_TRANSLATE_NOOP("Messages", "The network"),
    said.NetworkFileTooLarge: QT_TRANSLATE_NOOP(
        "Messages", "{source} is larger than {kb} kB: it is not a network file."
    ),
    said.NetworkFileNotJson: QT_TRANSLATE_NOOP(
        "Messages",
        "{source} is not a network file (not valid JSON: {why}). Choose a file saved by the network editor or main.py.",
    ),
    said.NotANetworkFile: QT_TRANSLATE_NOOP(
        "Messages", '{source} is not a network file (it lacks "format": "{format}").'
    ),
    said.NoNetworkFileVersion: QT_TRANSLATE_NOOP("Messages", "{source} has no valid version number ({version})."),
    said.NewerNetworkFile: QT_TRANSLATE_NOOP(
        "Messages",
        "{source} was written by a newer CNN Playground (network file version {newer}); this one reads "
        "version {ours}. Update CNN Playground, or save the network from the newer one as version {ours}.",
    ),
    said.NetworkNameTooLong: QT_TRANSLATE_NOOP(
        "Messages", "{source}'s name must be a text of at most {most} characters."
    ),
    said.UnknownNetworkInit: QT_TRANSLATE_NOOP("Messages", "{source}'s init is {init}: choose one of {choices}."),
    said.NoListOfLayers: QT_TRANSLATE_NOOP("Messages", '{source} has no list of layers ("layers": [...]).'),
    said.TooManyLayersRepeated: QT_TRANSLATE_NOOP(
        "Messages", "{source} has more than {most} layers once repeated: use fewer repeats."
    ),
    said.NetworkFileUnreadable: QT_TRANSLATE_NOOP("Messages", "Could not read the network file {path}: {why}."),
    said.TheFile: QT_TRANSLATE_NOOP("Messages", "the file"),
    said.ThisRepeat: QT_TRANSLATE_NOOP("Messages", "this repeat"),
    said.ThisKind: QT_TRANSLATE_NOOP("Messages", "this {title}"),
    said.DidYouMean: QT_TRANSLATE_NOOP("Messages", "did you mean {name}?"),
    said.ItTakes: QT_TRANSLATE_NOOP("Messages", "it takes {names}"),
    said.UnknownLayerOption: QT_TRANSLATE_NOOP("Messages", "{what} has an unknown option {option} ({hint})."),
    said.LayerNotATable: QT_TRANSLATE_NOOP(
        "Messages", 'each layer must be a table with a "kind" and its options (a JSON object).'
    ),
    said.UnknownLayerKindClose: QT_TRANSLATE_NOOP(
        "Messages", "unknown layer kind {kind}: did you mean {close}? The kinds are {kinds}."
    ),
    said.UnknownLayerKind: QT_TRANSLATE_NOOP("Messages", "unknown layer kind {kind}: The kinds are {kinds}."),
    said.BadLayerOption: QT_TRANSLATE_NOOP("Messages", "this {title}: {problem}."),
    said.AWholeNumber: QT_TRANSLATE_NOOP("Messages", "a whole number"),
    said.AWholeNumberOrClasses: QT_TRANSLATE_NOOP("Messages", 'a whole number or "classes"'),
    said.ANumber: QT_TRANSLATE_NOOP("Messages", "a number"),
    said.TrueOrFalse: QT_TRANSLATE_NOOP("Messages", "true or false"),
    said.OptionOfWrongType: QT_TRANSLATE_NOOP("Messages", "its {option} must be {wanted}, not {value}"),
    said.OptionOutOfRange: QT_TRANSLATE_NOOP(
        "Messages", "its {option} must be from {low:g} up to {high:g}, not {value}"
    ),
    said.OptionNotBelow: QT_TRANSLATE_NOOP("Messages", "its {option} must be from {low:g} below {high:g}, not {value}"),
    said.RepeatsNestedTooDeep: QT_TRANSLATE_NOOP("Messages", "repeats are nested more than {most} deep."),
    said.BadRepeatTimes: QT_TRANSLATE_NOOP("Messages", "a repeat's times must be a whole number from 1 to {most}."),
    said.EmptyRepeat: QT_TRANSLATE_NOOP("Messages", "this repeat has no layers to repeat: add some, or remove it."),
    said.RepeatTooLong: QT_TRANSLATE_NOOP("Messages", "this repeat has more than {most} layers."),
    said.LayerSettingsNotHeld: QT_TRANSLATE_NOOP(
        "Messages", "{name} ({module}) has settings a network file cannot hold."
    ),
    said.LayerKindNotKnown: QT_TRANSLATE_NOOP("Messages", "{name} ({module}) is no layer kind a network file knows."),
    said.AlreadyANetworkFile: QT_TRANSLATE_NOOP("Messages", "{title} is already a network file."),
    said.NetworkFileNotANumber: QT_TRANSLATE_NOOP(
        "Messages", "{source} holds {word}, which is not a number a network file may hold: write a number instead."
    ),
}
