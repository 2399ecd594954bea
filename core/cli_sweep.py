"""``python main.py sweep``: a hyperparameter sweep without a window; several processes may share one study.

stdout gets one JSON line per finished trial and a last line with the best trial of the study; progress goes to
stderr, so ``> trials.jsonl`` keeps only the results.
"""

from __future__ import annotations

import argparse
import json
import sys

from core.sweep_events import SweepDone, TrialDone, TrialStarted
from core.sweep_params import PARAMETERS


def add_sweep_options(parser: argparse.ArgumentParser) -> None:
    """The sweep's own options; the training options (the base settings of every trial) are added by core.cli."""
    parser.add_argument("--study", required=True, help="the study's name; processes with the same name share it")
    parser.add_argument(
        "--storage",
        help="an Optuna storage URL shared by every process of the study: sqlite:///FILE, "
        "postgresql+psycopg://user:pw@host/db (needs psycopg: uv run --with 'psycopg[binary]'), "
        "mysql+pymysql://user:pw@host/db (uv run --with pymysql), or journal:FILE for a JournalStorage "
        "file on a shared disk (default: sqlite:///RUNS_DIR/sweeps.db)",
    )
    parser.add_argument("--trials", type=int, default=10, help="trials this process runs (default 10)")
    parser.add_argument("--timeout", type=float, help="seconds after which this process starts no new trial")
    # names checked by SweepSpec against core.sweep's registries (not imported here: Optuna is slow to import)
    parser.add_argument("--sampler", default="tpe", help="how to search: tpe (default), random or grid")
    parser.add_argument(
        "--pruner", default="none", help="cut trials that fall behind: none (default), median or halving"
    )
    parser.add_argument(
        "--vary",
        action="append",
        default=[],
        metavar="NAME=SPEC",
        help="a setting to vary: a range LOW:HIGH[:log|linear] (lr=1e-4:1e-1:log) or choices (optimizer=sgd,adam); "
        f"repeat for each. Names: {', '.join(PARAMETERS.names())}",
    )
    parser.add_argument("--seed-sampler", type=int, help="the sampler's seed (default: different in each process)")
    parser.set_defaults(resume=None)


class SweepProgress:
    """Results as JSON lines on stdout; a line per trial start and epoch on stderr."""

    def __call__(self, event) -> None:
        handler = getattr(self, "on_" + type(event).__name__, None)
        if handler:
            handler(event)

    def on_TrialStarted(self, e: TrialStarted) -> None:
        print(f"trial {e.number}: {json.dumps(e.params)}", file=sys.stderr, flush=True)

    def on_EpochEnd(self, e) -> None:
        m = e.metrics
        acc = m.val_acc if m.val_acc is not None else m.test_acc
        print(f"  epoch {m.epoch}/{e.epochs}  accuracy {acc:.4f}  {m.seconds:.1f}s", file=sys.stderr, flush=True)

    def on_TrialDone(self, e: TrialDone) -> None:
        print(json.dumps(e.trial.to_json()), flush=True)

    def on_SweepDone(self, e: SweepDone) -> None:
        best = e.best.to_json() if e.best else None
        line = {"best": best, "study": e.study_name, "storage": e.storage, "trials_run": e.trials_run}
        print(json.dumps({**line, "stopped": e.stopped}), flush=True)


def sweep(args: argparse.Namespace) -> int:
    from core.cli_commands import INTERRUPTED, config_from_args, ctrl_c_stops
    from core.control import RunControl
    from core.paths import data_dir
    from core.sweep import run_sweep
    from core.sweep_spec import SweepError, SweepSpec
    from core.sweep_storage import StorageError
    from core.sweep_params import VaryError, parse_all

    try:
        spec = SweepSpec(
            args.study,
            parse_all(args.vary),
            config_from_args(args),
            args.storage,
            args.sampler,
            args.pruner,
            args.trials,
            args.timeout,
            args.seed_sampler,
        )
    except (VaryError, SweepError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    control = RunControl()
    try:
        with ctrl_c_stops(control):
            done = run_sweep(
                spec, SweepProgress(), control, data_root=args.data_dir or data_dir(), runs_root=args.runs_dir
            )
    except (StorageError, SweepError) as exc:  # a storage that cannot serve, another search space
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return INTERRUPTED if done.stopped else 0
