"""The checks that tick a lesson's step by themselves, written as short sentences in the lesson file.

- an event: "a run started", "an epoch ended", "a run finished", "a run stopped", "the run diverged", "a run ended"
- a setting: "activation == relu", "lr >= 0.5", "folder is set" (any TrainConfig field)
- a result: "test_acc >= 0.8", "train_loss < 0.5" (any EpochMetrics field, after an epoch or at the end)
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, fields
from typing import Any, Callable

from core.config import SETTINGS
from core.events import EpochEnd, EpochMetrics, RunFailed, RunFinished, RunStarted
from core.messages import Message, MessageError
from core.messages import lessons as said_lessons
from core.messages import sweep as said
from core.registry import Registry

EVENTS: Registry[Callable[[object], bool]] = Registry("event")
EVENTS.add("run started", lambda e: isinstance(e, RunStarted))
EVENTS.add("epoch ended", lambda e: isinstance(e, EpochEnd))
EVENTS.add("run finished", lambda e: isinstance(e, RunFinished))
EVENTS.add("run stopped", lambda e: isinstance(e, RunFailed) and e.kind == "stopped")
EVENTS.add("run diverged", lambda e: isinstance(e, RunFailed) and e.kind == "nan")
EVENTS.add("run ended", lambda e: isinstance(e, (RunFinished, RunFailed)))
# each event as a lesson's step says it (a step's tooltip: "Ticks by itself when: a run started")
EVENT_PHRASES = {
    "run started": "a run started",
    "epoch ended": "an epoch ended",
    "run finished": "a run finished",
    "run stopped": "a run stopped",
    "run diverged": "the run diverged",
    "run ended": "a run ended",
}

OPERATORS = {"==": operator.eq, "!=": operator.ne, ">=": operator.ge, "<=": operator.le, ">": operator.gt}
OPERATORS["<"] = operator.lt
METRICS = tuple(f.name for f in fields(EpochMetrics) if f.name != "epoch")
_COMPARISON = re.compile(r"^([a-z_]+)\s*(==|!=|>=|<=|>|<)\s*(.+)$")
_IS_SET = re.compile(r"^([a-z_]+)\s+is\s+set$")


class CheckError(MessageError, ValueError):
    """A check sentence that cannot be understood; the message lists what can be written."""


@dataclass(frozen=True)
class Check:
    source: str  # as written in the lesson
    kind: str  # "event" | "setting" | "metric"
    subject: str  # the event, setting or metric name
    op: str = ""  # one of OPERATORS, or "is set"
    value: Any = None

    @property
    def message(self) -> Message:
        """What it waits for, in words the window translates."""
        if self.kind == "event":
            return said.CheckEvent(EVENT_PHRASES[self.subject])
        if self.op == "is set":
            return said.CheckIsSet(self.subject)
        return said.CheckCompare(self.subject, self.op, str(self.value))

    def met_by_event(self, event: object) -> bool:
        """True when ``event`` (RunStarted, EpochEnd, RunFinished, RunFailed) fulfils this check."""
        if self.kind == "event":
            return EVENTS.get(self.subject)(event)
        if self.kind == "metric":
            metrics = _last_metrics(event)
            return metrics is not None and self._compare(getattr(metrics, self.subject))
        return False

    def met_by_settings(self, values: dict[str, Any]) -> bool:
        """True when the settings (TrainConfig keyword arguments) fulfil this check."""
        return self.kind == "setting" and self.subject in values and self._compare(values[self.subject])

    def _compare(self, actual: Any) -> bool:
        if self.op == "is set":
            return actual not in (None, "", 0)
        try:
            return bool(OPERATORS[self.op](actual, self.value))
        except TypeError:  # e.g. None >= 0.5: not met
            return False


def _last_metrics(event: object) -> EpochMetrics | None:
    if isinstance(event, EpochEnd):
        return event.metrics
    history = getattr(event, "history", ()) if isinstance(event, (RunFinished, RunFailed)) else ()
    return history[-1] if history else None


def parse_check(source: str) -> Check:
    if not isinstance(source, str):
        raise CheckError(said_lessons.CheckNotText(repr(source)))
    words = " ".join(source.lower().split())
    event = re.sub(r"^(a|an|the) ", "", words)
    if event in EVENTS:
        return Check(source, "event", event)
    found = _IS_SET.match(words)
    if found:
        return Check(source, *_subject(source, found.group(1)), "is set")
    found = _COMPARISON.match(words)
    if not found:
        raise CheckError(said_lessons.CheckNotUnderstood(repr(source), ", ".join(EVENTS.names())))
    name, op, raw = found.groups()
    kind, subject = _subject(source, name)
    value = _value(raw)
    if op not in ("==", "!=") and not isinstance(value, (int, float)):
        raise CheckError(said_lessons.CheckNeedsNumber(repr(source), op))
    if kind == "setting" and op == "==":
        problem = SETTINGS[subject].problem(value)
        if problem:
            raise CheckError(said_lessons.CheckNeverMet(repr(source), problem))
    return Check(source, kind, subject, op, value)


def _subject(source: str, name: str) -> tuple[str, str]:
    if name in SETTINGS:
        return "setting", name
    if name in METRICS:
        return "metric", name
    raise CheckError(said_lessons.CheckUnknownName(repr(source), repr(name), ", ".join(SETTINGS), ", ".join(METRICS)))


def _value(raw: str) -> Any:
    text = raw.strip().strip("\"'")
    words = {"true": True, "false": False, "on": True, "off": False, "none": None}
    if text in words:
        return words[text]
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text
