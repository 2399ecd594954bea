"""Lessons: a ``.lesson`` file (TOML) that sets up the window for one idea and walks students through it.

A lesson holds a title and a short markdown text (English, and Chinese in the ``*_zh`` fields), a configuration
(a preset and/or TrainConfig fields, validated by core.config), which settings are shown (the rest are hidden)
and numbered steps, each a sentence and optionally a check that ticks it by itself (``core.lesson_checks``).
Loading says which line and field is wrong and what to do; ``save_lesson`` writes what ``load_lesson`` reads.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from core import lesson_limits
from core.config import ConfigError, TrainConfig
from core.lesson_checks import Check, CheckError, parse_check
from core.messages import Message, MessageError, RawText
from core.messages import lessons as said
from core.presets import PRESETS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

SUFFIX = ".lesson"
BUNDLED_DIR = Path(__file__).resolve().parents[1] / "resources" / "lessons"
CONFIG_FIELDS = tuple(f.name for f in fields(TrainConfig))
PANEL_ONLY = ("preset", "data_dir", "runs_dir")  # controls of the settings panel that are not TrainConfig fields
SHOWABLE = PANEL_ONLY + CONFIG_FIELDS
MACHINE_FIELDS = ("device", "threads", "mixed_precision")  # belong to the computer, not the lesson: never saved
TOP_KEYS = ("title", "title_zh", "text", "text_zh", "preset", "shown", "compare", "design", "settings", "steps")
STEP_KEYS = ("text", "text_zh", "check")


class LessonError(MessageError, ValueError):
    """A lesson file that cannot be used; the message names the file, the line and field, and what to do."""


@dataclass(frozen=True)
class LessonStep:
    text: str
    text_zh: str = ""
    check: Check | None = None  # None: the student presses Next

    def text_for(self, language: str) -> str:
        return self.text_zh if language.startswith("zh") and self.text_zh else self.text


@dataclass(frozen=True)
class Lesson:
    title: str
    text: str  # markdown
    title_zh: str = ""
    text_zh: str = ""
    preset: str | None = None
    settings: dict[str, Any] = field(default_factory=dict)  # TrainConfig fields, over the preset's
    shown: tuple[str, ...] = ()  # settings panel controls to show; empty: all
    steps: tuple[LessonStep, ...] = ()
    compare: bool = False  # the Train tab draws the previous run under the live one ("compare the curves")
    design: str | None = None  # a built-in network whose copy the lesson opens in the network editor
    path: Path | None = field(default=None, compare=False)

    def title_for(self, language: str) -> str:
        return self.title_zh if language.startswith("zh") and self.title_zh else self.title

    def text_for(self, language: str) -> str:
        return self.text_zh if language.startswith("zh") and self.text_zh else self.text

    def values(self) -> dict[str, Any]:
        """The lesson's TrainConfig keyword arguments: the defaults, then the preset, then its own settings."""
        preset = PRESETS.get(self.preset).settings if self.preset else {}
        return {**TrainConfig().to_dict(), **preset, **self.settings}

    def config(self, **user: Any) -> TrainConfig:
        """The lesson's config with ``user`` values (e.g. an image folder) on top; raises ConfigError."""
        return TrainConfig(**{**self.values(), **{k: v for k, v in user.items() if v is not None}})


# -- reading -------------------------------------------------------------------------------------------------
def load_lesson(path: Path) -> Lesson:
    path = Path(path)
    try:
        problem = lesson_limits.size_problem(path.stat().st_size)
        if problem:
            raise LessonError(said.InLessonFile(path.name, problem))
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LessonError(said.LessonUnreadable(path.name, str(exc))) from None
    return parse_lesson(text, path)


def parse_lesson(text: str, path: Path | None = None) -> Lesson:
    name = path.name if path else "lesson"
    problem = lesson_limits.size_problem(len(text.encode("utf-8", "surrogatepass")))
    if problem:
        raise LessonError(said.InLessonFile(name, problem))
    if lesson_limits.nesting_depth(text) > lesson_limits.MAX_DEPTH:
        raise LessonError(said.InLessonFile(name, said.NestedMoreThan(lesson_limits.MAX_DEPTH)))
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:  # its message ends with "(at line L, column C)"
        raise LessonError(said.LessonNotToml(name, str(exc))) from None
    except RecursionError:  # a nesting the depth scan did not see (it is a cheap one)
        raise LessonError(said.InLessonFile(name, said.NestedTooDeeply())) from None

    def fail(where: tuple, what: Message) -> LessonError:
        line = _line_of(text, *where)
        return LessonError(said.AtLessonLine(name, line, what) if line else said.InLessonFile(name, what))

    for key in raw.keys() - set(TOP_KEYS):
        raise fail(("", key), said.UnknownLessonField(key, ", ".join(TOP_KEYS)))
    for key in ("title", "text"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise fail(("", key), said.LessonFieldMissing(key))
    for key in ("title_zh", "text_zh"):
        if not isinstance(raw.get(key, ""), str):
            raise fail(("", key), said.LessonFieldNotText(key))
    for key in ("title", "title_zh", "text", "text_zh"):
        limit = lesson_limits.MAX_TEXT_CHARS if key.startswith("text") else 200
        if len(raw.get(key, "")) > limit:
            raise fail(("", key), said.LessonTextTooLong(key, len(raw[key]), limit))
    preset = raw.get("preset")
    if preset is not None and (not isinstance(preset, str) or preset not in PRESETS):
        raise fail(("", "preset"), said.UnknownPreset(repr(preset), ", ".join(PRESETS.names())))
    settings = raw.get("settings", {})
    if not isinstance(settings, dict):
        raise fail(("", "settings"), said.SettingsNotATable())
    for key in settings.keys() - set(CONFIG_FIELDS):
        raise fail(("settings", key), said.NotASetting(key, ", ".join(CONFIG_FIELDS)))
    shown = raw.get("shown", [])
    if not isinstance(shown, list) or not all(isinstance(s, str) for s in shown):
        raise fail(("", "shown"), said.ShownNotAList())
    for key in shown:
        if key not in SHOWABLE:
            raise fail(("", "shown"), said.ShownNotASetting(repr(key), ", ".join(SHOWABLE)))
    compare = raw.get("compare", False)
    if not isinstance(compare, bool):
        raise fail(("", "compare"), said.CompareNotBool())
    lesson_without_steps = Lesson(
        raw["title"], raw["text"], raw.get("title_zh", ""), raw.get("text_zh", ""), preset, settings, tuple(shown)
    )
    design = raw.get("design")
    if design is not None and (not isinstance(design, str) or design not in _BUILT_IN()):
        raise fail(
            ("", "design"), f"design names {design!r}: name a built-in network, one of {', '.join(_BUILT_IN())}."
        )
    lesson_without_steps = replace(lesson_without_steps, compare=compare, design=design)
    for key, problem in _config_problems(lesson_without_steps).items():
        where = ("settings", key) if key in settings else ("", "preset" if preset else "settings")
        raise fail(where, said.InSetting(key, problem))
    steps = raw.get("steps", [])
    if not isinstance(steps, list) or not all(isinstance(s, dict) for s in steps):
        raise fail(("", "steps"), said.StepsNotTables())
    if len(steps) > lesson_limits.MAX_STEPS:
        raise fail(("", "steps"), said.TooManySteps(len(steps), lesson_limits.MAX_STEPS))
    parsed = []
    for i, step in enumerate(steps):
        for key in step.keys() - set(STEP_KEYS):
            raise fail(("steps", key, i), said.UnknownStepField(i + 1, key))
        if not isinstance(step.get("text"), str) or not step["text"].strip():
            raise fail(("steps", "text", i), said.StepWithoutText(i + 1))
        if not isinstance(step.get("text_zh", ""), str):
            raise fail(("steps", "text_zh", i), said.StepTextZhNotText(i + 1))
        if max(len(step["text"]), len(step.get("text_zh", ""))) > lesson_limits.MAX_STEP_CHARS:
            raise fail(("steps", "text", i), said.StepTooLong(i + 1, lesson_limits.MAX_STEP_CHARS))
        try:
            check = parse_check(step["check"]) if "check" in step else None
        except CheckError as exc:
            raise fail(("steps", "check", i), said.InStep(i + 1, exc.msg)) from None
        parsed.append(LessonStep(step["text"], str(step.get("text_zh", "")), check))
    return replace(lesson_without_steps, steps=tuple(parsed), path=path)


def _BUILT_IN() -> list[str]:  # noqa: N802 - a constant, read when a lesson is (the networks register on import)
    from core import archs

    return [spec.name for spec in archs.list_archs()]


def _config_problems(lesson: Lesson) -> dict[str, Message]:
    """What is wrong with the lesson's config; an image folder left for the teacher to choose is fine."""
    try:
        TrainConfig(**lesson.values())
    except ConfigError as exc:
        found = dict(exc.problems)
        if lesson.values().get("dataset") == "folder" and not lesson.values().get("folder"):
            found.pop("folder", None)
        return found
    except TypeError as exc:  # pragma: no cover - unknown keys are caught above
        return {"settings": RawText(str(exc))}
    return {}


def _line_of(text: str, section: str, key: str, index: int = 0) -> int | None:
    """The 1-based line where ``key`` is set: at the top (section ""), in [section] or the index-th [[section]]."""
    current, tables, in_string = "", -1, False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        was_in_string, in_string = in_string, in_string ^ (stripped.count('"""') % 2 == 1)
        if was_in_string:
            continue  # a line of a multi-line text, not a key
        if stripped.startswith("["):
            current = stripped.strip("[] ")
            tables += stripped.startswith("[[") and current == section
            continue
        name, equals, _ = stripped.partition("=")
        if equals and current == section and tables in (index, -1) and name.strip().strip('"') == key:
            return number
    return None


def design_copy(lesson: Lesson) -> str:
    """The network file (text) a lesson opens in the network editor: a copy of ``lesson.design`` for its images."""
    from core import data
    from core.network_export import from_arch

    spec = data.get_spec(lesson.values()["dataset"])
    return from_arch(lesson.design, spec.channels, spec.image_size).to_json()


def bundled_lessons() -> list[Lesson]:
    """The lessons that ship with the app, in file-name order (the names start with their number)."""
    return [load_lesson(p) for p in sorted(BUNDLED_DIR.glob(f"*{SUFFIX}"))]


# -- writing: a tiny TOML writer for this fixed schema -----------------------------------------------------------
def lesson_from_window(
    values: dict[str, Any], shown: tuple[str, ...], title: str, text: str, preset: str | None = None
) -> Lesson:
    """A lesson of the window as it is: its settings (those that differ from the preset or the defaults)."""
    base = {**TrainConfig().to_dict(), **(PRESETS.get(preset).settings if preset else {})}
    settings = {
        k: v
        for k, v in values.items()
        if k in CONFIG_FIELDS and k not in MACHINE_FIELDS and v != base.get(k) and v not in (None, "")
    }
    return Lesson(title, text, preset=preset, settings=settings, shown=tuple(shown))


def save_lesson(lesson: Lesson, path: Path) -> Path:
    path = Path(path)
    if path.suffix != SUFFIX:
        path = path.with_name(path.name + SUFFIX)
    path.write_text(dump_lesson(lesson), encoding="utf-8")
    return path


def dump_lesson(lesson: Lesson) -> str:
    lines = [f"{key} = {_toml(getattr(lesson, key))}" for key in ("title", "title_zh") if getattr(lesson, key)]
    if lesson.preset:
        lines.append(f"preset = {_toml(lesson.preset)}")
    if lesson.shown:
        lines.append(f"shown = [{', '.join(_toml(s) for s in lesson.shown)}]")
    if lesson.compare:
        lines.append("compare = true")
    if lesson.design:
        lines.append(f"design = {_toml(lesson.design)}")
    lines += [f"{key} = {_toml(getattr(lesson, key))}" for key in ("text", "text_zh") if getattr(lesson, key)]
    settings = {k: v for k, v in lesson.settings.items() if v is not None}  # TOML has no "unset": leave it out
    if settings:
        lines += ["", "[settings]"] + [f"{k} = {_toml(v)}" for k, v in settings.items()]
    for step in lesson.steps:
        lines += ["", "[[steps]]", f"text = {_toml(step.text)}"]
        if step.text_zh:
            lines.append(f"text_zh = {_toml(step.text_zh)}")
        if step.check is not None:
            lines.append(f"check = {_toml(step.check.source)}")
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)  # finite: the config refuses inf and nan
    return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a valid TOML basic string
