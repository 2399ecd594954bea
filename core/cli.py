"""Command line: ``python main.py train|list|predict``. The same engine as the window, in a terminal."""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import fields
from pathlib import Path

from core.checkpoint import CheckpointError
from core.config import ConfigError, TrainConfig

# Types of the config fields whose default is None (the others take the type of their default).
_NONE_DEFAULT_TYPES = {"folder": str, "image_size": int, "activation": str, "init": str, "dropout": float,
                       "batch_norm": bool}


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    for f in fields(TrainConfig):
        kind = _NONE_DEFAULT_TYPES.get(f.name) or type(f.default)
        flag = "--" + f.name.replace("_", "-")
        if kind is bool:
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=None)
        else:
            parser.add_argument(flag, type=kind, default=None, metavar=f.name.upper())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="CNN Playground: train and explore CNNs.")
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train a network and save a run folder")
    _add_config_options(train)
    train.add_argument("--preset", help="start from a named recipe (see 'list')")
    train.add_argument("--resume", type=Path, metavar="RUN_DIR", help="continue a run folder")
    train.add_argument("--data-dir", type=Path, help="where datasets are (default: the app's data folder)")
    train.add_argument("--runs-dir", type=Path, help="where run folders go (default: DATA_DIR/runs)")
    train.add_argument("--json", action="store_true", help="end with one JSON line of the final metrics")
    sub.add_parser("list", help="architectures, datasets (offline availability), devices, presets") \
        .add_argument("--data-dir", type=Path)
    predict = sub.add_parser("predict", help="predict the class of image files")
    predict.add_argument("images", nargs="+", type=Path)
    predict.add_argument("--model", type=Path, metavar="WEIGHTS|RUN_DIR",
                         help="weights file, or run folder for its best weights (default: the bundled digit model)")
    predict.add_argument("--json", action="store_true", help="one JSON object per line")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from core import cli_commands

    try:
        return cli_commands.COMMANDS[args.command](args)
    except ConfigError as exc:
        for name, problem in exc.problems.items():
            print(f"error: --{name.replace('_', '-')}: {problem}", file=sys.stderr)
        return 2
    except CheckpointError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def config_from_args(args: argparse.Namespace) -> TrainConfig:
    from core.presets import PRESETS

    given = {f.name: getattr(args, f.name) for f in fields(TrainConfig) if getattr(args, f.name) is not None}
    if args.resume:
        from core.runs import read_run

        return read_run(args.resume).config.replace(**given)
    if args.preset:
        return PRESETS.get(args.preset).apply(**given)
    return TrainConfig(**given)


def as_json(obj) -> str:
    return json.dumps(obj, default=str)
