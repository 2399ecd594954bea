"""Quitting in the middle of things: how long the window takes to go, and the process to end.

Each case closes the real window in a fresh (forked) process, 20 times: with a run training past its first epoch,
a sweep's trial training, "Teach it my handwriting" under way, and right after every tab was shown once
(tests/gui/close_cases.py does the closing; tests/gui/test_quit.py checks the same closes for crashes and intact
run folders). Targets (issue 18): window gone < 1 s, process ended < 3 s, exit code 0, no crash text.
Usage: uv run python bench/bench_quit.py [--repeat 20] [--case training ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

from _env import ROOT, prepare  # bench/ is on the path when run as a script

CASES = ("training", "sweep", "finetune", "tour")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--case", action="append", choices=CASES)
    args = parser.parse_args()
    tmp = prepare("bench_quit_")
    from tests.gui.close_cases import CRASH_TEXT

    summary = {}
    print(f"{'case':10} {'n':>3} {'window max s':>13} {'exit median s':>14} {'exit max s':>11} {'clean':>6}")
    for case in args.case or CASES:
        done = subprocess.run(
            [sys.executable, "-m", "tests.gui.close_cases", "--case", case, "--repeat", str(args.repeat)]
            + ["--out", str(tmp / case)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        rows = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
        clean = sum(
            r["exit_code"] == 0 and r.get("in_position") and not any(t in r["stderr"] for t in CRASH_TEXT) for r in rows
        )
        window = [r["window_s"] for r in rows if r.get("window_s") is not None]
        exits = [r["exit_s"] for r in rows if r.get("exit_s") is not None]
        summary[case] = dict(
            n=len(rows),
            clean=clean,
            window_max_s=max(window, default=None),
            exit_median_s=statistics.median(exits) if exits else None,
            exit_max_s=max(exits, default=None),
        )
        s = summary[case]
        print(
            f"{case:10} {s['n']:>3} {s['window_max_s'] or 0:>13.3f} {s['exit_median_s'] or 0:>14.2f} "
            f"{s['exit_max_s'] or 0:>11.2f} {clean:>6}"
        )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
