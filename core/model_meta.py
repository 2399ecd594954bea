"""Checking a weights file's metadata before anything is built: a crafted file gets a sentence, not a traceback.

Every number that sizes a tensor (channels, image size, class count) and every option is checked against
the same ranges as the settings (core.config.SETTINGS), so no file can make the program allocate gigabytes
before it refuses.
"""
from __future__ import annotations

import math
from typing import Any

from core.checkpoint import CheckpointError
from core.config import SETTINGS

CHANNELS = (1, 3)
MAX_CLASSES = 10_000


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _numbers(value: Any, count: int) -> bool:
    return (isinstance(value, (list, tuple)) and len(value) == count
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value))


def problems(meta: dict[str, Any]) -> list[str]:
    """Each thing wrong with ``meta`` (arch, in_channels, image_size, num_classes, options, ...), in words."""
    from core import archs

    out = []
    arch, channels, size, classes = (meta.get(k) for k in ("arch", "in_channels", "image_size", "num_classes"))
    if not isinstance(arch, str) or arch not in archs.ARCHS:
        out.append(f"it was made for a network this version does not know ({str(arch)[:40]!r})")
    if not _int(channels) or channels not in CHANNELS:
        out.append(f"its images would have {str(channels)[:20]} colour channels (1 or 3 are possible)")
    size_problem = SETTINGS["image_size"].problem(size) if size is not None else "missing"
    if size_problem:
        out.append(f"its image size {str(size)[:20]} is outside {SETTINGS['image_size'].range_text()} pixels")
    if not _int(classes) or not 1 <= classes <= MAX_CLASSES:
        out.append(f"its class count {str(classes)[:20]} is outside 1 to {MAX_CLASSES:,}")
    options = meta.get("options", {})
    if not isinstance(options, dict):
        out.append("its network options are not a table of names and values")
    else:
        for key, value in options.items():
            if key not in archs.OPTIONS:
                out.append(f"it sets an unknown network option {str(key)[:40]!r}")
            elif SETTINGS[key].clean(value) is not value:  # clean() never raises, whatever the value
                out.append(f"its option {key} = {str(value)[:40]!r} is not {SETTINGS[key].range_text()}")
    names = meta.get("class_names")
    if names is not None and (not isinstance(names, (list, tuple)) or not all(isinstance(n, str) for n in names)
                              or (_int(classes) and len(names) != classes)):
        out.append("its class names do not match its class count")
    for key in ("mean", "std"):
        if key in meta and _int(channels) and not _numbers(meta[key], channels):
            out.append(f"its {key} is not one finite number per channel")
    if _int(channels) and _numbers(meta.get("std"), channels) and min(meta["std"]) <= 0:
        out.append("its std has a value that is not above 0")
    if not out and isinstance(arch, str):
        misfit = archs.fit_problem(arch, channels, size)
        if misfit:
            out.append(misfit[0].lower() + misfit[1:].rstrip("."))
    return out


def check(meta: dict[str, Any], file_name: str) -> None:
    """Raise CheckpointError naming the file and every problem; return quietly when ``meta`` is usable."""
    found = problems(meta)
    if found:
        raise CheckpointError(f"{file_name} cannot be used: {'; '.join(found)}. "
                              "Choose a weights file saved by CNN Playground, or train a new model.")
