"""``main.py lr-find [settings] --json``: the learning-rate range test (core.lr_find) in a terminal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable


def add_parser(sub: argparse._SubParsersAction, add_run_options: Callable[[argparse.ArgumentParser], None]) -> None:
    parser = sub.add_parser(
        "lr-find",
        help="suggest a learning rate from one short run whose rate rises from 1e-6 to 10 (the range test)",
        description="Trains a fresh network for a few hundred batches, the rate rising exponentially, until the "
        "smoothed loss explodes (4x its best). Suggests the rate of the steepest descent of the smoothed loss. "
        "Saves no run folder.",
    )
    add_run_options(parser)
    parser.add_argument("--steps", type=int, default=None, help="batches at most (default 300)")
    parser.add_argument(
        "--json", action="store_true", help='print {"suggested_lr": ..., "lrs": [...], "losses": [...]}'
    )
    parser.set_defaults(resume=None)


def lr_find(args: argparse.Namespace) -> int:
    from core import data, lr_find
    from core.cli_commands import config_from_args
    from core.failures import explain
    from core.paths import data_dir

    cfg = config_from_args(args)
    steps = args.steps or lr_find.STEPS
    if steps < 30:
        print("error: --steps: give at least 30 batches (300 is usual).", file=sys.stderr)
        return 2
    try:
        loaded = data.load(
            cfg.dataset,
            args.data_dir or data_dir(),
            folder=Path(cfg.folder) if cfg.folder else None,
            image_size=cfg.image_size,
            seed=cfg.seed,
        )
        finding = lr_find.find_lr(cfg, loaded, steps=steps, progress=None if args.json else _progress)
    except lr_find.NothingLearned as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a data or memory problem, said in plain words like train says it
        failure = explain(exc, cfg)
        print(f"error: {failure.message}\n{failure.hint}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(finding.to_dict()))
    else:
        print(f"Suggested learning rate: {finding.suggested_lr:.3g} ({finding.rule}, {len(finding.lrs)} batches).")
    return 0


def _progress(done: int, total: int) -> None:
    print(f"\rTrying rates: batch {done}/{total}", end="", file=sys.stderr)
    if done + 10 >= total:
        print(file=sys.stderr)
