"""Command line: ``main.py train|sweep|lr-find|list|predict|runs|export|code``: the window's engine, in a terminal."""

from __future__ import annotations

import argparse
import difflib
import sys
from dataclasses import fields
from pathlib import Path

from core import cli_code, cli_export, cli_lr_find
from core.checkpoint import CheckpointError
from core.config import SETTINGS, ConfigError, TrainConfig
from core.folders import FolderError
from core.cli_sweep import add_sweep_options
from core.network_settings import read_network_arg
from core.paths import DATA_ENV, RUNS_ENV, default_data_dir, default_runs_dir

COMMANDS = ("train", "sweep", "lr-find", "list", "predict", "runs", "export", "code")


CLI_NOTES = {
    "batch_size": " With train --ddp, the batch of all processes together: each takes batch/N.",
    "network": " Give the path of a network file (JSON); it sets --arch custom. 'main.py list' names the layer kinds.",
}
CLI_TYPES = {"network": read_network_arg}  # options given as something else than their value (a file's path)


def _option_help(name: str) -> str:
    """What the option does, its valid values and its default, from the one definition (core.config.SETTINGS)."""
    s = SETTINGS[name]
    default = "unset" if s.default is None else s.default
    return f"{s.help} Valid: {s.range_text()}; default {default}.{CLI_NOTES.get(name, '')}".replace("%", "%%")


def _add_config_options(parser: argparse.ArgumentParser) -> None:
    for f in fields(TrainConfig):
        kind, flag = SETTINGS[f.name].kind, "--" + f.name.replace("_", "-")
        if kind is bool:
            parser.add_argument(flag, action=argparse.BooleanOptionalAction, default=None, help=_option_help(f.name))
        else:
            kind = CLI_TYPES.get(f.name, kind)
            parser.add_argument(flag, type=kind, default=None, metavar=f.name.upper(), help=_option_help(f.name))


def _add_run_options(parser: argparse.ArgumentParser) -> None:
    """The settings of a run, a recipe to start from, and the folders: shared by train and sweep."""
    _add_config_options(parser)
    parser.add_argument("--preset", help="start from a named recipe (see 'list')")
    parser.add_argument(
        "--data-dir", type=Path, help=f"where datasets are (default: ${DATA_ENV} if set, else {default_data_dir()})"
    )
    parser.add_argument(
        "--runs-dir",
        type=Path,
        help=f"where run folders go, apart from the datasets (default: ${RUNS_ENV} if set, else {default_runs_dir()})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description="CNN Playground: train and explore CNNs. Without a command, main.py opens the window.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    train = sub.add_parser("train", help="train a network and save a run folder")
    _add_run_options(train)
    train.add_argument("--resume", type=Path, metavar="RUN_DIR", help="continue a run folder")
    train.add_argument(
        "--init-weights",
        type=Path,
        metavar="WEIGHTS",
        help="start a new run from these weights (a .pt file of the same network, e.g. a run's best.pt) "
        "instead of random ones: fine-tuning",
    )
    train.add_argument("--json", action="store_true", help="end with one JSON line of the final metrics")
    train.add_argument(
        "--ddp",
        action="store_true",
        help="one run over several processes, GPUs or machines (DistributedDataParallel): start it with "
        "'torchrun --nproc-per-node N main.py train --ddp ...'. --batch-size stays the batch of the whole "
        "group: each of the N processes takes batch/N images a step. Only rank 0 writes the run folder.",
    )
    sweep = sub.add_parser(
        "sweep",
        help="try many settings (Optuna); processes with the same --study and --storage share the trials",
        description="Each trial is a normal run with the training options below, the --vary settings changed.",
    )
    add_sweep_options(sweep)
    _add_run_options(sweep)
    sub.add_parser("list", help="architectures, datasets (offline availability), devices, presets").add_argument(
        "--data-dir", type=Path, help="where datasets are"
    )
    predict = sub.add_parser("predict", help="predict the class of image files")
    predict.add_argument("images", nargs="+", type=Path)
    predict.add_argument(
        "--model",
        type=Path,
        metavar="WEIGHTS|RUN_DIR",
        help="weights file, or run folder for its best weights (default: the bundled digit model)",
    )
    predict.add_argument("--json", action="store_true", help="one JSON object per line")
    listing = sub.add_parser("runs", help="the run folders: status, epochs, accuracy, network, dataset, date")
    listing.add_argument("--json", action="store_true", help="one JSON object per line, newest run first")
    listing.add_argument("--runs-dir", type=Path, help=f"the runs folder (default: ${RUNS_ENV} if set, else the app's)")
    cli_export.add_parser(sub)
    cli_code.add_parser(sub, _add_run_options)
    cli_lr_find.add_parser(sub, _add_run_options)
    return parser


def unknown_command(word: str) -> str | None:
    """A sentence for a first word that is no command (a typo must not open the window silently)."""
    if word in COMMANDS or word.startswith("-"):
        return None
    close = difflib.get_close_matches(word, COMMANDS, n=1)
    guess = f" Did you mean '{close[0]}'?" if close else ""
    return (
        f"error: '{word}' is not a command.{guess} Commands: {', '.join(COMMANDS)} "
        "(python main.py COMMAND --help says more); python main.py alone opens the window."
    )


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    problem = unknown_command(argv[0]) if argv else None
    if problem:
        print(problem, file=sys.stderr)
        return 2
    args = build_parser().parse_args(argv)
    from core import cli_commands, cli_sweep  # here, not at the top: --help stays quick, the modules acyclic

    try:
        return {**cli_commands.COMMANDS, "sweep": cli_sweep.sweep, "lr-find": cli_lr_find.lr_find}[args.command](args)
    except ConfigError as exc:
        for name, problem in exc.problems.items():
            print(f"error: --{name.replace('_', '-')}: {problem}", file=sys.stderr)
        return 2
    except (CheckpointError, FolderError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nInterrupted by Ctrl-C.", file=sys.stderr)
        return cli_commands.INTERRUPTED
