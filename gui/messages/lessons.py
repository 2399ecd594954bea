"""The tr() template of each message of core.messages.lessons: a lesson file that cannot be used, and where."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from core.messages import lessons as said

TEMPLATES = {
    said.LessonTooLarge: QT_TRANSLATE_NOOP(
        "Messages",
        "the file is {mb} MB; a lesson may be at most {limit} MB. Keep a lesson to a short text and its steps.",
    ),
    said.NestedMoreThan: QT_TRANSLATE_NOOP(
        "Messages",
        "lists or tables are nested more than {depth} deep; a lesson needs 2. This is not a lesson file: "
        "choose another.",
    ),
    said.NestedTooDeeply: QT_TRANSLATE_NOOP("Messages", "nested too deeply to be a lesson file: choose another."),
    said.LessonTextTooLong: QT_TRANSLATE_NOOP(
        "Messages", "'{key}' is {length:,} characters long; at most {limit:,} show well."
    ),
    said.CompareNotBool: QT_TRANSLATE_NOOP("Messages", "compare must be true or false (without quotes)."),
    said.StepTextZhNotText: QT_TRANSLATE_NOOP("Messages", "step {step}: text_zh must be text in quotes."),
    said.StepTooLong: QT_TRANSLATE_NOOP("Messages", "step {step} is longer than {limit:,} characters."),
    said.TooManySteps: QT_TRANSLATE_NOOP("Messages", "{steps} steps; a lesson may have at most {limit}."),
    said.LessonUnreadable: QT_TRANSLATE_NOOP(
        "Messages", "{file}: cannot be read ({error}). Choose a .lesson file saved by CNN Playground."
    ),
    said.LessonNotToml: QT_TRANSLATE_NOOP(
        "Messages", "{file}: not a valid lesson file: {error}. Fix that line in a text editor."
    ),
    said.UnknownLessonField: QT_TRANSLATE_NOOP("Messages", "unknown field '{key}'. A lesson has only: {keys}."),
    said.LessonFieldMissing: QT_TRANSLATE_NOOP(
        "Messages", "'{key}' is missing or empty. Add a line such as {key} = \"...\"."
    ),
    said.LessonFieldNotText: QT_TRANSLATE_NOOP("Messages", "'{key}' must be text in quotes."),
    said.UnknownPreset: QT_TRANSLATE_NOOP("Messages", "unknown preset {preset}. Use one of: {presets}."),
    said.SettingsNotATable: QT_TRANSLATE_NOOP(
        "Messages", "'settings' must be a table: a [settings] line followed by name = value lines."
    ),
    said.NotASetting: QT_TRANSLATE_NOOP("Messages", "settings.{key} is not a setting. Settings are: {settings}."),
    said.ShownNotAList: QT_TRANSLATE_NOOP(
        "Messages", 'shown must be a list of setting names, e.g. shown = ["activation", "epochs"].'
    ),
    said.ShownNotASetting: QT_TRANSLATE_NOOP("Messages", "shown names {key}, which is not a setting. Use: {showable}."),
    said.StepsNotTables: QT_TRANSLATE_NOOP(
        "Messages", 'steps must be [[steps]] tables, each with a text = "..." line.'
    ),
    said.UnknownStepField: QT_TRANSLATE_NOOP(
        "Messages", "step {step}: unknown field '{key}'. A step has only: text, text_zh, check."
    ),
    said.StepWithoutText: QT_TRANSLATE_NOOP("Messages", 'step {step} has no text. Add text = "what to do".'),
    said.CheckNotText: QT_TRANSLATE_NOOP("Messages", "a check must be text in quotes, not {source}."),
    said.CheckNotUnderstood: QT_TRANSLATE_NOOP(
        "Messages",
        "the check {source} is not understood. Write an event ({events}), a setting test such as "
        "'activation == relu' or 'folder is set', or a result such as 'test_acc >= 0.8'.",
    ),
    said.CheckNeedsNumber: QT_TRANSLATE_NOOP(
        "Messages", "the check {source} compares with {op}, which needs a number after it."
    ),
    said.CheckUnknownName: QT_TRANSLATE_NOOP(
        "Messages", "the check {source} names {name}, which is neither a setting ({settings}) nor a result ({metrics})."
    ),
    said.CheckNeverMet: QT_TRANSLATE_NOOP("Messages", "the check {source} can never be met: {problem}"),
    said.InStep: QT_TRANSLATE_NOOP("Messages", "step {step}: {problem}"),
    said.InSetting: QT_TRANSLATE_NOOP("Messages", "settings.{key}: {problem}"),
    said.InLessonFile: QT_TRANSLATE_NOOP("Messages", "{file}: {problem}"),
    said.AtLessonLine: QT_TRANSLATE_NOOP("Messages", "{file}, line {line}: {problem}"),
}
