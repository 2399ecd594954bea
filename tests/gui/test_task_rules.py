"""The rules that keep background work in one place and tabs on the app state, held by reading the source."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TABS = ("train", "predict", "evaluate", "inside", "runs", "lessons")


def _sources(*folders: str) -> dict[Path, str]:
    return {p: p.read_text() for folder in folders for p in (ROOT / folder).rglob("*.py")}


def test_no_thread_is_started_outside_the_task_service():
    starts = re.compile(r"threading\.Thread\(|\bThread\(target")
    found = [p for p, text in _sources("gui", "core").items() if starts.search(text)]
    assert found == [], f"background work belongs on the task service (gui/tasks.py): {found}"


def test_tabs_talk_to_the_app_state_only():
    """No tab drives the training session directly or emits the state's signals itself."""
    forbidden = re.compile(r"state\.session\b|state\.\w+\.emit\(")
    found = [
        f"{p.relative_to(ROOT)}:{i}"
        for p, text in _sources(*(f"gui/{tab}" for tab in TABS)).items()
        for i, line in enumerate(text.splitlines(), 1)
        if forbidden.search(line)
    ]
    assert found == [], found
