"""The tr() template of each message of core.messages.sweep_setup: a --vary or a search that cannot be set up."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import sweep_setup as said

TEMPLATES = {
    said.NotAWholeNumberText: QT_TRANSLATE_NOOP("Messages", "{text} is not a whole number."),
    said.NotANumberText: QT_TRANSLATE_NOOP("Messages", "{text} is not a number."),
    said.NotAWord: QT_TRANSLATE_NOOP("Messages", "{text} is not a word."),
    said.VaryProblem: QT_TRANSLATE_NOOP("Messages", "--vary {name}: {problem}"),
    said.RangeForm: QT_TRANSLATE_NOOP("Messages", "a range is LOW:HIGH or LOW:HIGH:log, e.g. {name}={example}."),
    said.RangeThirdPart: QT_TRANSLATE_NOOP("Messages", "the third part of a range is 'log' or 'linear', not {part}."),
    said.RangeUpsideDown: QT_TRANSLATE_NOOP(
        "Messages", "the range's low end ({low:g}) must be below its high end ({high:g})."
    ),
    said.LogRangeAboveZero: QT_TRANSLATE_NOOP(
        "Messages", "a log range must start above 0 (not {low:g}); use a linear range to include 0."
    ),
    said.GiveAValue: QT_TRANSLATE_NOOP("Messages", "give at least one value, e.g. {name}={example}."),
    said.ValueTwice: QT_TRANSLATE_NOOP("Messages", "{text} names a value twice."),
    said.ChoicesNotRange: QT_TRANSLATE_NOOP(
        "Messages", "--vary {name} takes a list of choices, not a range: e.g. {name}={example}."
    ),
    said.VaryForm: QT_TRANSLATE_NOOP(
        "Messages", "--vary {text}: write NAME=SPEC, e.g. lr=1e-4:1e-1:log or optimizer=sgd,adam. Names: {names}."
    ),
    said.CannotVary: QT_TRANSLATE_NOOP("Messages", "--vary {name} cannot be varied. Names: {names}."),
    said.VariedTwice: QT_TRANSLATE_NOOP(
        "Messages", "--vary {names} is given more than once: give each parameter once."
    ),
    said.NameTheStudy: QT_TRANSLATE_NOOP("Messages", "Give the study a name."),
    said.VaryAtLeastOne: QT_TRANSLATE_NOOP("Messages", "Choose at least one setting to vary."),
    said.UnknownSearch: QT_TRANSLATE_NOOP("Messages", "Unknown search {name}: one of {names}."),
    said.UnknownPruner: QT_TRANSLATE_NOOP("Messages", "Unknown pruner {name}: one of {names}."),
    said.TrialsAtLeastOne: QT_TRANSLATE_NOOP("Messages", "The number of trials must be 1 or more."),
    said.BudgetAboveZero: QT_TRANSLATE_NOOP("Messages", "The time budget must be above 0 seconds."),
    said.TrialsOrBudget: QT_TRANSLATE_NOOP("Messages", "Give a number of trials, a time budget, or both."),
}
