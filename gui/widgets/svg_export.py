"""SVG export of pyqtgraph items, working around pyqtgraph 0.14's SVGExporter on Qt >= 6.10.

Qt 6.10 started closing rectangle paths with " Z"; pyqtgraph's ``correctCoordinates`` reads every token of a
path as an "x,y" pair and fails on it (pyqtgraph issue 3495), so every plot export raised ValueError. Qt's own
SVG writer is no substitute: without pyqtgraph's clean-up the curves leave their axes. So the exporter is kept,
and the paths it parses lose their close commands first (Qt also writes the line back to the start, so the
drawing is the same).
"""

from __future__ import annotations

import importlib
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyqtgraph.exporters as pg_exporters

_svg_module = importlib.import_module("pyqtgraph.exporters.SVGExporter")  # the module, not the class of that name
_CLOSE = re.compile(r"[Zz]")


def _without_close_commands(node) -> None:
    for path in node.getElementsByTagName("path"):
        d = path.getAttribute("d")
        if _CLOSE.search(d):
            path.setAttribute("d", " ".join(_CLOSE.sub(" ", d).split()))


@contextmanager
def _tolerant_paths() -> Iterator[None]:
    original = _svg_module.correctCoordinates

    def correct(node, defs, item, options):
        _without_close_commands(node)
        return original(node, defs, item, options)

    _svg_module.correctCoordinates = correct
    try:
        yield
    finally:
        _svg_module.correctCoordinates = original


def export_svg(item, path: Path) -> None:
    """Write ``item`` (a plot or a layout of plots) to ``path`` as SVG through pyqtgraph's exporter."""
    with _tolerant_paths():
        pg_exporters.SVGExporter(item).export(str(path))
