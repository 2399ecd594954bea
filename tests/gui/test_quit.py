"""Quitting in the middle of things: the window goes at once and the process ends cleanly, with the run folders
intact, in fresh processes (tests/gui/close_cases.py; bench/bench_quit.py times the same closes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.run_summary import list_summaries
from core.runs import read_run
from tests.gui.close_cases import CRASH_TEXT

ROOT = Path(__file__).resolve().parents[2]
# two children at once, one round per case (the suite's time); CNN_PLAYGROUND_QUIT_REPEAT=20 runs the 20
# (bench/bench_quit.py times 20 per case one by one: docs/results.md)
REPEAT = int(os.environ.get("CNN_PLAYGROUND_QUIT_REPEAT", "2"))


def _closes(case: str, out: Path) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.close_cases", "--case", case, "--repeat", str(REPEAT), "--parallel", "2"]
        + ["--out", str(out)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300 * REPEAT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.mark.slow
@pytest.mark.parametrize("case", ["training", "sweep", "finetune", "tour"])
def test_closing_in_the_middle_of_things_quits_cleanly_and_keeps_the_runs(case, tmp_path, data_root):
    results = _closes(case, tmp_path)
    assert len(results) == REPEAT
    for result in results:
        assert result["in_position"], result  # the run, trial or fine-tune was under way when the window closed
        assert result["exit_code"] == 0, result
        assert not any(text in result["stderr"] for text in CRASH_TEXT), result["stderr"]
        assert result["visible_after_close"] is False  # close() returned with the window gone: it waits for nothing
        runs = list_summaries(Path(result["runs"]))
        assert all(run.status != "running" for run in runs), runs  # every run reads stopped or finished
        if case == "training":
            (run,) = runs
            assert run.status == "stopped" and run.epochs_done >= 1  # the finished epoch is kept
            assert read_run(run.path).history and (run.path / "last.pt").is_file()  # and it can be resumed
        if case == "sweep":
            assert runs and all(run.epochs_done <= 2 for run in runs)
        if case == "tour":
            assert runs == []
