"""``main.py export RUN_DIR... --format onnx|pt2|csv|weights -o FILE``: the window's export, in a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

FORMAT_NAMES = ("onnx", "pt2", "csv", "weights")  # core.export.FORMATS, listed here so --help stays quick


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="export a run: its model as ONNX, ExportedProgram (.pt2) or weights, or the metrics of runs as CSV",
        description="Model formats are checked after writing: the file is run on 64 test images of the run's "
        "dataset and its probabilities must match PyTorch's within 1e-4, else nothing is saved. ONNX needs the "
        "optional extra: uv run --extra onnx main.py export ...",
    )
    parser.add_argument(
        "runs", nargs="+", type=Path, metavar="RUN_DIR", help="a run folder (or weights file); several for csv"
    )
    parser.add_argument("--format", required=True, choices=FORMAT_NAMES, help="what to write")
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE", help="the file to write")
    parser.add_argument("--data-dir", type=Path, help="where the test images for the check are")
    parser.add_argument("--json", action="store_true", help="one JSON line with the result")


def export(args: argparse.Namespace) -> int:
    from core.export import FORMATS, ExportError, ExportJob
    from core.export import export as run_export
    from core.paths import data_dir

    if len(args.runs) > 1 and not FORMATS.get(args.format).several_runs:
        print(f"error: --format {args.format} exports one run; give one RUN_DIR (csv takes several).", file=sys.stderr)
        return 2
    job = ExportJob(args.output, tuple(args.runs), data_root=args.data_dir or data_dir())
    try:
        result = run_export(args.format, job)
    except ExportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(result.to_dict()) if args.json else result.summary())
    return 0
