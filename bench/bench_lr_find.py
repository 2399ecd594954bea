"""How long ``main.py lr-find`` takes for LeNet (Adam) on full MNIST and Fashion-MNIST, as a student runs it.

Run: uv run python bench/bench_lr_find.py [--threads N]. The issue asks for under 20 s for LeNet on MNIST.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=0)
    args = parser.parse_args()
    for dataset in ("mnist", "fashion-mnist"):
        command = [sys.executable, "main.py", "lr-find", "--dataset", dataset, "--arch", "lenet", "--json"]
        start = time.perf_counter()
        done = subprocess.run(command + ["--threads", str(args.threads)], cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        if done.returncode:
            print(f"{dataset}: failed\n{done.stderr}")
            continue
        out = json.loads(done.stdout.strip().splitlines()[-1])
        print(
            f"{dataset}: {seconds:.1f} s (process start and data load included), {len(out['lrs'])} batches, "
            f"suggested lr {out['suggested_lr']:.3g}"
        )


if __name__ == "__main__":
    main()
