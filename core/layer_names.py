"""Short layer names for tables a class reads from the back of the room: "conv1" instead of "features.conv1".

A name is the last part of the module path, with its parent where that part is only a number ("features.0"),
and with as many parents as it takes where two rows would share it ("features.act1", "classifier.act1"): a
class asked about "act1" must not find two. The full path is in the row's tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence


def _depth(path: str) -> int:
    parts = path.split(".")
    depth = 1
    while depth < len(parts) and parts[-depth].isdigit():
        depth += 1
    return depth


def _tail(path: str, depth: int) -> str:
    return ".".join(path.split(".")[-depth:])


def short_name(path: str) -> str:
    return _tail(path, _depth(path))


def short_names(paths: Sequence[str]) -> list[str]:
    depths = [_depth(p) for p in paths]
    while True:
        names = [_tail(p, d) for p, d in zip(paths, depths)]
        shared = {n for n in names if names.count(n) > 1}
        longer = [i for i, n in enumerate(names) if n in shared and depths[i] < len(paths[i].split("."))]
        if not longer:
            return names
        for i in longer:
            depths[i] += 1
