"""What setting up a sweep says: a --vary that cannot be understood, settings of the search that do not fit."""

from __future__ import annotations

from core.messages.base import Message, said


@said("{text} is not a whole number.", text="'ten'")
class NotAWholeNumberText(Message):
    text: str


@said("{text} is not a number.", text="'fast'")
class NotANumberText(Message):
    text: str


@said("{text} is not a word.", text="'3'")
class NotAWord(Message):
    text: str


@said("--vary {name}: {problem}", name="lr", problem=NotANumberText("'fast'"), literal=("name",))
class VaryProblem(Message):
    name: str  # the setting's key, as typed after --vary
    problem: Message


@said(
    "a range is LOW:HIGH or LOW:HIGH:log, e.g. {name}={example}.", name="lr", example="1e-4:1e-1:log", literal=("name",)
)
class RangeForm(Message):
    name: str
    example: str


@said("the third part of a range is 'log' or 'linear', not {part}.", part="'ln'")
class RangeThirdPart(Message):
    part: str


@said("the range's low end ({low:g}) must be below its high end ({high:g}).", low=0.1, high=0.01)
class RangeUpsideDown(Message):
    low: float
    high: float


@said("a log range must start above 0 (not {low:g}); use a linear range to include 0.", low=0.0)
class LogRangeAboveZero(Message):
    low: float


@said("give at least one value, e.g. {name}={example}.", name="optimizer", example="sgd,adam", literal=("name",))
class GiveAValue(Message):
    name: str
    example: str


@said("{text} names a value twice.", text="'sgd,sgd'")
class ValueTwice(Message):
    text: str


@said(
    "--vary {name} takes a list of choices, not a range: e.g. {name}={example}.",
    name="optimizer",
    example="sgd,adam",
    literal=("name",),
)
class ChoicesNotRange(Message):
    name: str
    example: str


@said(
    "--vary {text}: write NAME=SPEC, e.g. lr=1e-4:1e-1:log or optimizer=sgd,adam. Names: {names}.",
    text="'lr'",
    names="lr, optimizer",
)
class VaryForm(Message):
    text: str
    names: str


@said("--vary {name} cannot be varied. Names: {names}.", name="'seed'", names="lr, optimizer")
class CannotVary(Message):
    name: str
    names: str


@said("--vary {names} is given more than once: give each parameter once.", names="lr")
class VariedTwice(Message):
    names: str


@said("Give the study a name.")
class NameTheStudy(Message):
    pass


@said("Choose at least one setting to vary.")
class VaryAtLeastOne(Message):
    pass


@said("Unknown search {name}: one of {names}.", name="'bayes'", names="tpe, random, grid")
class UnknownSearch(Message):
    name: str
    names: str


@said("Unknown pruner {name}: one of {names}.", name="'fast'", names="none, median")
class UnknownPruner(Message):
    name: str
    names: str


@said("The number of trials must be 1 or more.")
class TrialsAtLeastOne(Message):
    pass


@said("The time budget must be above 0 seconds.")
class BudgetAboveZero(Message):
    pass


@said("Give a number of trials, a time budget, or both.")
class TrialsOrBudget(Message):
    pass
