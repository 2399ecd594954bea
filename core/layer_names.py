"""Short layer names for tables a class reads from the back of the room: "conv1" instead of "features.conv1".

A name is the last part of the module path, with its parent where that part is only a number ("features.0").
Two rows may share a short name ("act1" after conv1 and after fc1): the table's order tells them apart, and
the full path is in the row's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence


def short_name(path: str) -> str:
    parts = path.split(".")
    depth = 1
    while depth < len(parts) and parts[-depth].isdigit():
        depth += 1
    return ".".join(parts[-depth:])


def short_names(paths: Sequence[str]) -> list[str]:
    return [short_name(p) for p in paths]
