"""How fast a network file is checked: the live check an editor runs after each edit (issue 24 asks < 50 ms).

For every built-in network's copy, and for each dataset shape (grey 28 px, colour 32 px, colour 227 px), the
median time of ``core.archs.network_shapes.check`` (parse the file's text + shapes and weights layer by layer on
the meta device), and of building the real network from the file (what a run does once).
Usage: uv run python bench/bench_network_check.py [--repeat 5]. The last line is JSON.
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
    args = parser.parse_args()
    torch.set_num_threads(1)
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


if __name__ == "__main__":
    main()
