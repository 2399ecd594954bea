"""Damage done to a real run folder, as a hostile or careless user would: shared by the core and the GUI tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Callable

from hypothesis import strategies as st

RUN_JSON_FILES = ("status.json", "metrics.json", "label.json", "config.json")


def edit_json(run_dir: Path, name: str, change: Callable[[Any], Any]) -> None:
    path = Path(run_dir) / name
    raw = json.loads(path.read_text()) if path.exists() else {}
    path.write_text(json.dumps(change(raw)))


def _first_row(**values):
    return lambda rows: [{**rows[0], **values}, *rows[1:]]


# id -> (file, change, what the listing must say): the cases of issue 23
CASES: dict[str, tuple[str, Callable[[Any], Any], str]] = {
    "pid as text": ("status.json", lambda raw: {**raw, "pid": "abc"}, 'pid is "abc", not a whole number'),
    "pid of 10**30": ("status.json", lambda raw: {**raw, "pid": 10**30}, "pid is 1000000000000000000000000"),
    "seconds as text": ("status.json", lambda raw: {**raw, "seconds": "12"}, 'seconds is "12", not a number'),
    "a year-1 date": ("status.json", lambda raw: {**raw, "started": "0001-01-01T00:00:00+05:00"}, "started is"),
    "val_acc as text": ("metrics.json", _first_row(val_acc="high"), 'val_acc is "high", not a number'),
    "accuracy of 7": ("metrics.json", _first_row(test_acc=7), "test_acc is 7, not 0 to 1"),
    "metrics not a list": ("metrics.json", lambda rows: {"epochs": rows}, "metrics.json holds dict"),
    "label name a number": ("label.json", lambda raw: {"name": 42}, "name is 42, not text"),
    "config without settings": ("config.json", lambda raw: {"meta": raw.get("meta")}, "config.json: config holds"),
}


def copy_run(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


@st.composite
def file_contents(draw, original: Any) -> bytes:
    """Bytes for one file of a run folder: junk, any JSON, or the real contents with one value changed."""
    values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
        max_leaves=12,
    )
    kind = draw(st.sampled_from(("junk", "json", "changed", "nested")))
    if kind == "junk":
        return draw(st.binary(max_size=300))
    if kind == "nested":
        depth = draw(st.integers(1, 5000))
        return ("[" * depth + "]" * depth).encode()
    if kind == "json" or not isinstance(original, (dict, list)) or not original:
        return json.dumps(draw(values)).encode()
    changed = json.loads(json.dumps(original))
    target = changed[0] if isinstance(changed, list) else changed
    if isinstance(target, dict):
        key = draw(st.sampled_from(sorted(target)) | st.text(max_size=8))
        target[key] = draw(values)
    return json.dumps(changed).encode()
