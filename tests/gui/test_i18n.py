"""The shipped translations are current: every .ts holds the strings of its gui module, every message is
translated, and the .qm is what the .ts compile to (resources/i18n/update.py; see resources/i18n/README.md)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

UPDATE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "update.py"


@pytest.fixture(scope="module")
def problems() -> list[str]:
    spec = importlib.util.spec_from_file_location("i18n_update", UPDATE)
    update = sys.modules[spec.name] = importlib.util.module_from_spec(spec)  # dataclasses look it up
    spec.loader.exec_module(update)
    return update.problems(), update.UNTRANSLATED


def test_ts_and_qm_are_current(problems):
    found, untranslated = problems
    stale = [line for line in found if f": {untranslated} [" not in line]
    assert not stale, "run `uv run python resources/i18n/update.py`:\n" + "\n".join(stale)


def test_every_message_has_its_chinese(problems):
    found, untranslated = problems
    missing = [line for line in found if f": {untranslated} [" in line]
    assert not missing, (
        "translate these in their .ts (see resources/i18n/README.md), then run "
        "`uv run python resources/i18n/update.py`:\n" + "\n".join(missing)
    )
