"""``main.py code RUN_DIR -o train.py`` (or ``--preset NAME`` and settings): the code behind a run, as a script."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable


def add_parser(sub: argparse._SubParsersAction, add_run_options) -> None:
    parser = sub.add_parser(
        "code",
        help="write the code behind a run: a standalone PyTorch + torchvision script that trains the same way",
        description="The script needs only torch and torchvision: python train.py --data DIR. Give a run folder, "
        "or the settings of a run not yet trained (--preset, --network FILE and the training options).",
    )
    parser.add_argument("run", nargs="?", type=Path, metavar="RUN_DIR", help="a run folder (else: the settings)")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="the script to write (default: print it)")
    add_run_options(parser)
    parser.set_defaults(resume=None)


def code(args: argparse.Namespace, config_from_args: Callable[[argparse.Namespace], Any]) -> int:
    """``config_from_args``: core.cli_commands' (a run folder's settings, or a preset's, with the options given)."""
    from core.checkpoint import atomic_write_text
    from core import knobs
    from core.codegen import CodeError, script

    if args.run is not None:
        args.resume = args.run  # the run's settings, the options given on top
    try:
        changes = knobs.read(args.run) if args.run is not None else ()  # the live changes, at their step
        text = script(config_from_args(args), changes)
    except (CodeError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.output is None:
        print(text, end="")
    else:
        atomic_write_text(args.output, text)
        print(f"Wrote {args.output}: run it with python {args.output} --data DIR", file=sys.stderr)
    return 0
