"""What a sweep costs on top of training: each trial is a normal run, plus Optuna's sampling, its storage
(SQLite) and the per-epoch report. Measured as the time per trial in steady state (from the end of one trial to
the end of the next, the dataset already loaded) against a plain run of the same settings in the same process.

Usage: uv run python bench/bench_sweep.py [--trials 6] [--epochs 2] [--subset 2000]. The last line is JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core import data  # noqa: E402
from core.config import TrainConfig  # noqa: E402
from core.sweep import run_sweep  # noqa: E402
from core.sweep_spec import SweepSpec  # noqa: E402
from core.sweep_events import TrialDone  # noqa: E402
from core.sweep_params import Range  # noqa: E402
from core.trainer import Trainer  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--trials", type=int, default=6)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--subset", type=int, default=2000)
    args = ap.parse_args()
    cfg = TrainConfig(
        dataset="shapes", arch="lenet", epochs=args.epochs, train_subset=args.subset, threads=1, device="cpu", lr=3e-3
    )
    root = Path(tempfile.mkdtemp(prefix="bench-sweep-"))
    loaded = data.load("shapes", root, seed=cfg.seed)
    Trainer(cfg, loaded=loaded, runs_root=root / "warm").run()  # first-run imports and allocations
    # The same settings as a sweep (a learning-rate range so narrow that every trial trains the same network),
    # a plain run after each finished trial: plain runs and trials alternate, so a busy machine slows both alike.
    spec = SweepSpec("bench", (Range("lr", 2.999e-3, 3.001e-3, log=False),), cfg, n_trials=args.trials + 1)
    plain, resumed, per_trial = [], [], []

    def on_event(event) -> None:
        if not isinstance(event, TrialDone):
            return
        if resumed:  # from the 2nd trial on: the sweep has loaded the data by then
            per_trial.append(time.perf_counter() - resumed[-1])
        t0 = time.perf_counter()
        Trainer(cfg, loaded=loaded, runs_root=root / "plain").run()
        plain.append(time.perf_counter() - t0)
        resumed.append(time.perf_counter())

    run_sweep(spec, on_event, runs_root=root / "sweep", data_root=root)
    result = {
        "config": f"lenet on shapes, {args.subset} images, {args.epochs} epochs, 1 thread, CPU",
        "plain_run_s": round(statistics.median(plain), 3),
        "sweep_trial_s": round(statistics.median(per_trial), 3),
        "overhead_s": round(statistics.median(per_trial) - statistics.median(plain), 3),
        "ratio": round(statistics.median(per_trial) / statistics.median(plain), 3),
        "trials": len(per_trial),
    }
    print(f"plain run {result['plain_run_s']} s, sweep trial {result['sweep_trial_s']} s: ratio {result['ratio']}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
