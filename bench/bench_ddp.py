"""Speed-up of one run over 2 processes (train --ddp, gloo on the CPU) against 1 process, same settings.

This process launches each run as a user would (``main.py train ... --json`` and ``torchrun --standalone
--nproc-per-node 2 main.py train --ddp ...``), one after another, alternating, and reads the training speed each
reports (images/s of the epoch, startup and evaluation left out) and the wall time of the whole command.
Baselines: 1 process on 1 thread (each DDP process gets 1 thread) and 1 process on as many threads as the
processes have together.
Usage: uv run python bench/bench_ddp.py [--repeat 2] [--subset 12000] [--batch 64 256] [--procs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

from _env import ROOT, prepare


def run(command: list[str]) -> tuple[float, float, float]:
    """(training images/s, test accuracy, wall seconds) of one command."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return result["images_per_s"], result["test_acc"], wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--subset", type=int, default=12000)
    parser.add_argument("--batch", type=int, nargs="+", default=[64, 256])
    parser.add_argument("--procs", type=int, default=2)
    args = parser.parse_args()
    prepare("bench-ddp-")
    n = args.procs
    rows = []
    for batch in args.batch:
        train = ["main.py", "train", "--arch", "lenet", "--dataset", "mnist", "--epochs", "1", "--device", "cpu"]
        train += ["--train-subset", str(args.subset), "--batch-size", str(batch), "--json"]
        variants = {
            "1 process, 1 thread": [sys.executable, *train, "--threads", "1"],
            f"1 process, {n} threads": [sys.executable, *train, "--threads", str(n)],
            f"{n} processes (ddp), 1 thread each": [
                *(sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", str(n)),
                *train,
                *("--threads", "1", "--ddp"),
            ],
        }
        results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in variants}
        for _ in range(args.repeat):
            for name, command in variants.items():
                results[name].append(run(command))
        base = statistics.median(r[0] for r in results["1 process, 1 thread"])
        for name, runs in results.items():
            speed = statistics.median(r[0] for r in runs)
            row = {
                "batch": batch,
                "variant": name,
                "images_per_s": round(speed),
                "vs_1_thread": round(speed / base, 2),
                "wall_s": round(statistics.median(r[2] for r in runs), 1),
                "test_acc": round(statistics.median(r[1] for r in runs), 4),
            }
            rows.append(row)
            print(
                f"batch {batch:>4}  {name:<36} {row['images_per_s']:>7,} img/s  x{row['vs_1_thread']:<5} "
                f"wall {row['wall_s']:>5.1f} s  test acc {row['test_acc']:.4f}",
                flush=True,
            )
    print(json.dumps({"cpus": os.cpu_count(), "load_avg": os.getloadavg(), "subset": args.subset, "rows": rows}))


if __name__ == "__main__":
    main()
