"""A run's name in the language installed now, said from the typed parts core gave it (core.run_name): one tr()
template per setting, the network's and dataset's titles as core's registry texts, proper names and numbers
kept. A name the user typed, or one from before the parts were stored, shows as it is. Nothing is read back
from English: call it again after a language switch (each widget's retranslate does).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.run_name import SEPARATOR, RunName, arch_title, dataset_title, number, proper
from core.run_summary import RunSummary
from gui.core_texts import core_tr

CONTEXT = "RunNames"
NUMBERED = QT_TRANSLATE_NOOP("RunNames", "{name} ({number})")  # the second run with the same name and settings


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def _said(template: str, words: Callable[[Any], str] = number) -> Callable[[Any], str]:
    """A part said by its ``template``, the value (by ``words``) in place of {value}."""
    return lambda value: _tr(template).format(value=words(value))


# the values of a schedule or an init that are words, not proper names; the English is core's ("cosine schedule")
VALUE_WORDS = {
    "none": QT_TRANSLATE_NOOP("RunNames", "none"),
    "step": QT_TRANSLATE_NOOP("RunNames", "step"),
    "cosine": QT_TRANSLATE_NOOP("RunNames", "cosine"),
    "onecycle": QT_TRANSLATE_NOOP("RunNames", "onecycle"),
    "default": QT_TRANSLATE_NOOP("RunNames", "default"),
}


def _word(value: str) -> str:
    return _tr(VALUE_WORDS[value]) if value in VALUE_WORDS else proper(value)


BATCH_NORM = {True: QT_TRANSLATE_NOOP("RunNames", "batch norm"), False: QT_TRANSLATE_NOOP("RunNames", "no batch norm")}

# how each part is said: the same settings as core.run_name.ENGLISH, in English the same words
PART_WORDS: dict[str, Callable[[Any], str]] = {
    "arch": lambda name: core_tr(arch_title(name)),
    "sweep": _said(QT_TRANSLATE_NOOP("RunNames", "sweep {value}"), str),
    "trial": _said(QT_TRANSLATE_NOOP("RunNames", "trial {value}")),
    "dataset": lambda name: core_tr(dataset_title(name)),
    "activation": proper,
    "optimizer": proper,
    "lr": _said(QT_TRANSLATE_NOOP("RunNames", "lr {value}")),
    "batch_size": _said(QT_TRANSLATE_NOOP("RunNames", "batch {value}")),
    "momentum": _said(QT_TRANSLATE_NOOP("RunNames", "momentum {value}")),
    "weight_decay": _said(QT_TRANSLATE_NOOP("RunNames", "weight decay {value}")),
    "schedule": _said(QT_TRANSLATE_NOOP("RunNames", "{value} schedule"), _word),
    "augment": _said(QT_TRANSLATE_NOOP("RunNames", "{value} augmentation"), core_tr),
    "dropout": _said(QT_TRANSLATE_NOOP("RunNames", "dropout {value}")),
    "batch_norm": lambda on: _tr(BATCH_NORM[bool(on)]),
    "init": _said(QT_TRANSLATE_NOOP("RunNames", "{value} init"), _word),
    "label_smoothing": _said(QT_TRANSLATE_NOOP("RunNames", "label smoothing {value}")),
    "grad_clip": _said(QT_TRANSLATE_NOOP("RunNames", "clip {value}")),
    "image_size": _said(QT_TRANSLATE_NOOP("RunNames", "{value} px")),
    "train_subset": _said(QT_TRANSLATE_NOOP("RunNames", "{value} images")),
}


def say_run_name(name: str, typed: RunName | None) -> str:
    """The name to show for a run stored as ``name`` with its parts ``typed`` (None: ``name`` as it is)."""
    if typed is None:
        return name
    words = SEPARATOR.join(PART_WORDS[part.setting](part.value) for part in typed.parts)
    return _tr(NUMBERED).format(name=words, number=typed.number) if typed.number > 1 else words


def run_title(run: RunSummary) -> str:
    """A listed run's name as the Runs tab shows it."""
    return say_run_name(run.name, run.typed_name)


def title_of(path: Path, listed: list[RunSummary]) -> str:
    """The name of the run folder ``path`` among the ``listed`` runs (AppState.runs); its folder's name when it is
    not listed (yet)."""
    return next((run_title(run) for run in listed if run.path == path), path.name)
