"""How fast a network file is checked: the live check an editor runs after each edit (issue 24 asks < 50 ms).

For every built-in network's copy, and for each dataset shape (grey 28 px, colour 32 px, colour 227 px), the
median time of ``core.archs.network_shapes.check`` (parse the file's text + shapes and weights layer by layer on
the meta device), and of building the real network from the file (what a run does once).
With ``--editor``: the Design tab's edit-to-check time, what a student waits for after each edit: an option
changed (the first layer's options, one undo step) until the list shows every layer's shape and weights and
the verdict, on the GUI thread; and an undo. The full layer table (FLOPs, receptive field) follows on a task.
Usage: uv run python bench/bench_network_check.py [--repeat 5] [--editor]. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import archs  # noqa: E402
from core.archs.custom import build_network  # noqa: E402
from core.archs.network_file import NetworkFile  # noqa: E402
from core.archs.network_shapes import check  # noqa: E402
from core.network_export import from_arch  # noqa: E402

SHAPES = [(1, 28, 10), (3, 32, 10), (3, 227, 100)]


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--editor", action="store_true", help="time the Design tab's edits instead")
    args = parser.parse_args()
    torch.set_num_threads(1)
    if args.editor:
        return editor(args.repeat)
    results = []
    for spec in archs.list_archs():
        text = from_arch(spec.name).canonical()
        layers = sum(1 for _ in NetworkFile.from_json(text).flat())
        for channels, size, classes in SHAPES:
            if archs.fit_problem(spec.name, channels, size):
                continue
            shape = (channels, size, classes)
            first_ms = median_ms(lambda t=text, s=shape: check(NetworkFile.from_json(t), *s), 1)
            check_ms = median_ms(lambda t=text, s=shape: check(NetworkFile.from_json(t), *s), args.repeat)
            build_ms = median_ms(lambda t=text, s=shape: build_network(*s, network=t), 1)
            results.append(
                dict(
                    arch=spec.name,
                    layers=layers,
                    shape=[channels, size, classes],
                    first_check_ms=round(first_ms, 2),
                    check_ms=round(check_ms, 2),
                    build_ms=round(build_ms, 1),
                )
            )
            print(
                f"{spec.name:<10} {layers:>4} layers  {channels}x{size}px {classes:>3} classes  "
                f"first check {first_ms:7.2f} ms  again {check_ms:6.2f} ms  build {build_ms:8.1f} ms",
                flush=True,
            )
    worst = max(results, key=lambda r: r["check_ms"])
    print(json.dumps({"worst_check_ms": worst["check_ms"], "worst": worst["arch"], "results": results}))


def _int_option(layer) -> bool:
    """The layer has a first option that is a whole number (a convolution's channels, a linear layer's units)."""
    fields = layer.kind != "repeat" and layer.spec.fields
    return bool(fields) and fields[0].kind is int and isinstance(layer.option_dict[fields[0].name], int)


def editor(repeat: int) -> None:
    """The Design tab on each built-in network's copy (MNIST's shape): edit an option, then undo, timed."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from core.archs import network_edits as edits
    from core.archs.network_file import make_layer
    from gui.design.design_tab import DesignTab
    from gui.state import AppState

    app = QApplication.instance() or QApplication([])
    state = AppState()
    tab = DesignTab(state)
    tab.bar.images.setCurrentIndex(tab.bar.images.findData("mnist"))
    results = []
    for spec in archs.list_archs():
        tab.open_network(from_arch(spec.name, 1, 28))
        path = (next(i for i, la in enumerate(tab.net.layers) if _int_option(la)),)
        layer = edits.layer_at(tab.net, path)
        field = layer.spec.fields[0]
        values = [layer.option_dict[field.name], layer.option_dict[field.name] + 1]
        tab.layers.select(path)
        edit_times, undo_times = [], []
        for i in range(repeat):
            changed = make_layer(layer.kind, **{**layer.option_dict, field.name: values[i % 2]})
            start = time.perf_counter()
            tab.edit(lambda n, c=changed, p=path: edits.set_layer(n, p, c), "bench", path)
            edit_times.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            tab.undo_stack.undo()
            undo_times.append((time.perf_counter() - start) * 1000)
            app.processEvents()
        row = dict(
            arch=spec.name,
            layers=len(list(tab.net.flat())),
            edit_ms=round(statistics.median(edit_times), 2),
            undo_ms=round(statistics.median(undo_times), 2),
        )
        results.append(row)
        print(
            f"{spec.name:<10} {row['layers']:>4} layers  edit {row['edit_ms']:6.2f} ms  undo {row['undo_ms']:6.2f} ms"
        )  # noqa: E501
    state.shutdown()
    state.wait(60)
    worst = max(results, key=lambda r: r["edit_ms"])
    print(json.dumps({"worst_edit_ms": worst["edit_ms"], "worst": worst["arch"], "results": results}))


if __name__ == "__main__":
    main()
