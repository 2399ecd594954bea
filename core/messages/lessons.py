"""What reading a lesson file says: which file, line and field is wrong, and what to write instead."""

from __future__ import annotations

from core.messages.base import Message, said


@said("{file}: cannot be read ({error}). Choose a .lesson file saved by CNN Playground.", file="a.lesson", error="EOF")
class LessonUnreadable(Message):
    file: str
    error: str


@said("{file}: not a valid lesson file: {error}. Fix that line in a text editor.", file="a.lesson", error="(line 3)")
class LessonNotToml(Message):
    file: str
    error: str  # what the TOML reader said


@said(
    "the file is {mb} MB; a lesson may be at most {limit} MB. Keep a lesson to a short text and its steps.",
    mb="10.0",
    limit=1,
)
class LessonTooLarge(Message):
    mb: str  # "10.0"
    limit: int


@said("lists or tables are nested more than {depth} deep; a lesson needs 2. This is not a lesson file: choose another.",
      depth=16)  # fmt: skip
class NestedMoreThan(Message):
    depth: int


@said("nested too deeply to be a lesson file: choose another.")
class NestedTooDeeply(Message):
    pass


@said("unknown field '{key}'. A lesson has only: {keys}.", key="titel", keys="title, text", literal=("key",))
class UnknownLessonField(Message):
    key: str
    keys: str


@said("'{key}' is missing or empty. Add a line such as {key} = \"...\".", key="title", literal=("key",))
class LessonFieldMissing(Message):
    key: str


@said("'{key}' must be text in quotes.", key="title_zh", literal=("key",))
class LessonFieldNotText(Message):
    key: str


@said("'{key}' is {length:,} characters long; at most {limit:,} show well.", key="text", length=20_000, limit=5_000,
      literal=("key",))  # fmt: skip
class LessonTextTooLong(Message):
    key: str
    length: int
    limit: int


@said("compare must be true or false (without quotes).")
class CompareNotBool(Message):
    pass


@said("unknown preset {preset}. Use one of: {presets}.", preset="'lenet9'", presets="lenet5-d2l")
class UnknownPreset(Message):
    preset: str
    presets: str


@said("'settings' must be a table: a [settings] line followed by name = value lines.")
class SettingsNotATable(Message):
    pass


@said(
    "settings.{key} is not a setting. Settings are: {settings}.",
    key="speed",
    settings="arch, dataset",
    literal=("key",),
)
class NotASetting(Message):
    key: str
    settings: str


@said('shown must be a list of setting names, e.g. shown = ["activation", "epochs"].')
class ShownNotAList(Message):
    pass


@said("shown names {key}, which is not a setting. Use: {showable}.", key="'speed'", showable="activation, epochs")
class ShownNotASetting(Message):
    key: str
    showable: str


@said('steps must be [[steps]] tables, each with a text = "..." line.')
class StepsNotTables(Message):
    pass


@said(
    "step {step}: unknown field '{key}'. A step has only: text, text_zh, check.", step=2, key="hint", literal=("key",)
)
class UnknownStepField(Message):
    step: int
    key: str


@said('step {step} has no text. Add text = "what to do".', step=2)
class StepWithoutText(Message):
    step: int


@said("step {step}: text_zh must be text in quotes.", step=2)
class StepTextZhNotText(Message):
    step: int


@said("step {step} is longer than {limit:,} characters.", step=2, limit=500)
class StepTooLong(Message):
    step: int
    limit: int


@said("{steps} steps; a lesson may have at most {limit}.", steps=31, limit=30)
class TooManySteps(Message):
    steps: int
    limit: int


@said("a check must be text in quotes, not {source}.", source="3")
class CheckNotText(Message):
    source: str


@said(
    "the check {source} is not understood. Write an event ({events}), a setting test such as 'activation == relu' or "
    "'folder is set', or a result such as 'test_acc >= 0.8'.",
    source="'go fast'",
    events="run started, run ended",
)
class CheckNotUnderstood(Message):
    source: str
    events: str


@said("the check {source} compares with {op}, which needs a number after it.", source="'lr > big'", op=">")
class CheckNeedsNumber(Message):
    source: str
    op: str


@said(
    "the check {source} names {name}, which is neither a setting ({settings}) nor a result ({metrics}).",
    source="'speed > 1'",
    name="'speed'",
    settings="arch, lr",
    metrics="test_acc",
)
class CheckUnknownName(Message):
    source: str
    name: str
    settings: str
    metrics: str


@said("the check {source} can never be met: {problem}", source="'epochs == 0'", problem=StepWithoutText(1))
class CheckNeverMet(Message):
    source: str
    problem: Message


@said("step {step}: {problem}", step=2, problem=CheckNotText("3"))
class InStep(Message):
    step: int
    problem: Message


@said("settings.{key}: {problem}", key="lr", problem=SettingsNotATable(), literal=("key",))
class InSetting(Message):
    key: str
    problem: Message


@said("{file}: {problem}", file="a.lesson", problem=StepsNotTables())
class InLessonFile(Message):
    file: str
    problem: Message


@said("{file}, line {line}: {problem}", file="a.lesson", line=7, problem=StepsNotTables())
class AtLessonLine(Message):
    file: str
    line: int
    problem: Message
