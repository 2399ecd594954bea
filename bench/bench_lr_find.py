"""How long ``main.py lr-find`` takes for LeNet (Adam) on full MNIST and Fashion-MNIST, as a student runs it.

Run: uv run python bench/bench_lr_find.py [--threads N]. The issue asks for under 20 s for LeNet on MNIST.
With --threads 0 (the default) the test picks one thread for a small network on the CPU; ``--compare`` also runs
MNIST with 2 threads, the old behaviour. The load average is printed: on the shared machine times are "under load".
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--compare", action="store_true", help="also MNIST on 2 threads")
    args = parser.parse_args()
    cases = [("mnist", args.threads), ("fashion-mnist", args.threads)] + ([("mnist", 2)] if args.compare else [])
    for dataset, threads in cases:
        command = [sys.executable, "main.py", "lr-find", "--dataset", dataset, "--arch", "lenet", "--json"]
        load = os.getloadavg()[0]
        start = time.perf_counter()
        done = subprocess.run(command + ["--threads", str(threads)], cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode:
            print(f"{dataset}: failed\n{done.stderr}")
            continue
        out = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{dataset}, threads {threads or 'auto'}: {seconds:.1f} s (process start and data load included), "
            f"{len(out['lrs'])} batches, suggested lr {out['suggested_lr']:.3g}, load average {load:.1f}"
        )


if __name__ == "__main__":
    main()
