"""Does a sweep whose trials are all pruned hold on to memory? The process's resident memory (RSS) after each
trial of a 20-trial sweep on the CPU, every trial cut after its first epoch (as a pruner cuts a weak one: the
run stops, like Stop in the window). Done when the last trial ends within 10 % of the memory after the first.

Each trial is a normal run; before the fix a stopped run's trainer (network, optimizer, the images on the
device) lived on in a reference cycle through the failure's traceback until a garbage collection.
--no-gc turns the collector off for the sweep, so only reference counting frees anything: the strict check.

Usage: uv run python bench/bench_sweep_memory.py [--trials 20] [--subset 2000] [--no-gc]. The last line is JSON.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
from pathlib import Path

import optuna

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.config import TrainConfig  # noqa: E402
from core.sweep import run_sweep  # noqa: E402
from core.sweep_events import TrialDone  # noqa: E402
from core.sweep_params import Range  # noqa: E402
from core.sweep_spec import SweepSpec  # noqa: E402


class AlwaysPrune(optuna.pruners.BasePruner):
    def prune(self, study, trial) -> bool:
        return True


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import psutil  # not Linux

    return psutil.Process().memory_info().rss / 2**20


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--subset", type=int, default=2000)
    ap.add_argument("--no-gc", action="store_true")
    args = ap.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    base = TrainConfig(
        dataset="shapes", arch="lenet", epochs=3, train_subset=args.subset, batch_size=64, threads=1, device="cpu"
    )
    root = Path(tempfile.mkdtemp(prefix="bench-sweep-memory-"))
    spec = SweepSpec("memory", (Range("lr", 1e-3, 1e-2, log=True),), base, n_trials=args.trials, seed=0)
    after: list[float] = []
    states: list[str] = []

    def on_event(event) -> None:
        if isinstance(event, TrialDone):
            after.append(rss_mb())
            states.append(event.trial.state)

    if args.no_gc:
        gc.collect()
        gc.disable()
    run_sweep(spec, on_event, runs_root=root, data_root=root, pruner=AlwaysPrune())
    growth = after[-1] / after[0] - 1
    print("RSS after each trial (MB):", " ".join(f"{m:.0f}" for m in after))
    print(f"after trial 1: {after[0]:.0f} MB, after trial {len(after)}: {after[-1]:.0f} MB ({growth:+.1%})")
    print(
        json.dumps(
            {
                "trials": len(after),
                "pruned": sum(s == "PRUNED" for s in states),
                "gc": not args.no_gc,
                "rss_first_mb": round(after[0]),
                "rss_last_mb": round(after[-1]),
                "rss_max_mb": round(max(after)),
                "growth": round(growth, 4),
            }
        )
    )


if __name__ == "__main__":
    main()
