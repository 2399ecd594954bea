"""Issue 23, run folders: damaged files, raw names, stale "running", two processes, export targets, a runs folder
that is a file. Real run folders of short real MNIST runs; every answer is in words, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from core import cli, run_lock
from core.config import TrainConfig
from core.events import RunFailed, RunFinished
from core.run_summary import list_summaries, summarize
from core.trainer import Trainer
from tests.run_damage import CASES, RUN_JSON_FILES, copy_run, edit_json, file_contents

CFG = TrainConfig(arch="mlp", dataset="mnist", epochs=1, batch_size=100, threads=1, device="cpu")
STATUSES = {"finished", "stopped", "failed", "running", "unreadable"}


@pytest.fixture(scope="module")
def a_run(small_mnist, tmp_path_factory) -> Path:
    """One finished run of one epoch: copied, then damaged, by each test."""
    final = Trainer(CFG, loaded=small_mnist, runs_root=tmp_path_factory.mktemp("runs")).run()
    assert isinstance(final, RunFinished)
    return final.run_dir


def cli_run(args: list[str], capsys) -> tuple[int, str, str]:
    code = cli.main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("case", CASES)
def test_one_bad_file_makes_only_that_run_unreadable(case, a_run, tmp_path, capsys):
    copy_run(a_run, tmp_path / "good")
    bad = copy_run(a_run, tmp_path / "bad")
    name, change, reason = CASES[case]
    edit_json(bad, name, change)
    listed = {s.path.name: s for s in list_summaries(tmp_path)}
    assert listed["good"].status == "finished" and listed["good"].epochs_done == 1
    assert listed["bad"].status == "unreadable" and reason in str(listed["bad"].problem), listed["bad"].problem
    code, out, err = cli_run(["runs", "--runs-dir", str(tmp_path)], capsys)
    assert code == 0 and not err
    assert f"(unreadable: {listed['bad'].problem})" in out and "1 unreadable" in out
    code, out, _ = cli_run(["runs", "--json", "--runs-dir", str(tmp_path)], capsys)
    rows = {Path(row["path"]).name: row for row in map(json.loads, out.splitlines())}
    assert code == 0 and rows["bad"]["status"] == "unreadable" and rows["bad"]["problem"] == str(listed["bad"].problem)
    assert rows["good"]["status"] == "finished"


def test_names_reach_the_terminal_printable(a_run, tmp_path, capsys):
    run = copy_run(a_run, tmp_path / "run")
    edit_json(run, "label.json", lambda raw: {"name": "\x1b[2J\x1b]0;pwned\x07evil\nfinished  9/9  forged"})
    code, out, _ = cli_run(["runs", "--runs-dir", str(tmp_path)], capsys)
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert len(out.strip().splitlines()) == 4  # header, one row, a blank line, the count: no forged row
    assert "\\x1b[2J\\x1b]0;pwned\\x07evil\\x0afinished  9/9  forged" in out


def _hold_lock(run_dir: Path) -> subprocess.Popen:
    """Another process that trains the run, as far as the lock can tell: it holds the lock until killed."""
    code = (
        "import sys, time; from core.run_lock import RunLock; from core.run_status import RunStatus, write_status;"
        "lock = RunLock(sys.argv[1]); lock.acquire(); write_status(sys.argv[1], RunStatus('running', 'cpu'));"
        "print('held', flush=True); time.sleep(120)"
    )
    child = subprocess.Popen([sys.executable, "-c", code, str(run_dir)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    return child


def test_running_is_decided_by_the_lock_and_a_crash_releases_it(a_run, tmp_path, capsys):
    run = copy_run(a_run, tmp_path / "run")
    three_days_ago = "2026-01-01T10:00:00+00:00"  # a "running" by a pid that now belongs to this process
    edit_json(
        run, "status.json", lambda raw: {**raw, "status": "running", "pid": os.getpid(), "updated": three_days_ago}
    )
    assert summarize(run).status == "stopped"
    child = _hold_lock(run)
    try:
        assert summarize(run).status == "running" and run_lock.is_running(run)
        code, _, err = cli_run(["train", "--resume", str(run), "--epochs", "2"], capsys)
        assert code == 1 and f"run is being trained by another process (pid {child.pid} on" in err
        assert "Wait for it to end" in err and "Traceback" not in err
    finally:
        child.send_signal(signal.SIGKILL)  # a crash: the OS drops the lock
        child.wait()
    assert not run_lock.is_running(run) and summarize(run).status == "stopped"


def test_resume_rebuilds_metrics_and_the_batch_log_from_last_pt(a_run, small_mnist, tmp_path):
    run = copy_run(a_run, tmp_path / "run")
    (run / "metrics.json").write_text("")
    (run / "batches.csv").write_bytes(bytes(range(256)) * 8)
    final = Trainer(CFG.replace(epochs=2), loaded=small_mnist, resume_from=run).run()
    assert isinstance(final, RunFinished), final
    assert [m.epoch for m in final.history] == [1, 2]
    assert [row["epoch"] for row in json.loads((run / "metrics.json").read_text())] == [1, 2]
    assert (run / "batches.csv.unreadable").read_bytes() == bytes(range(256)) * 8  # kept aside, not lost
    assert (run / "batches.csv").read_text().startswith("step,epoch,batch")
    assert summarize(run).status == "finished" and not run_lock.is_running(run)


def test_export_refuses_bad_targets_in_one_line(a_run, tmp_path, capsys):
    run = copy_run(a_run, tmp_path / "run")
    last = (run / "last.pt").read_bytes()
    (tmp_path / "a_file").write_text("x")
    for target, words in (
        (tmp_path, "is a folder: give a file name"),
        (run / "last.pt", "is a file of the run itself"),
        (run / "metrics.csv", "is a file of the run itself"),
        (tmp_path / "a_file" / "model.pt", "is a file, not a folder"),
    ):
        code, out, err = cli_run(["export", str(run), "--format", "weights", "-o", str(target)], capsys)
        assert code == 1 and words in err and len(err.strip().splitlines()) == 1, err
    assert (run / "last.pt").read_bytes() == last


def test_a_runs_folder_that_is_a_file(small_mnist, tmp_path, capsys):
    (tmp_path / "runs").write_text("not a folder")
    final = Trainer(CFG, loaded=small_mnist, runs_root=tmp_path / "runs").run()
    assert isinstance(final, RunFailed) and final.kind == "disk"
    assert "is a file, not a folder" in str(final.message) and "bug" not in str(final.hint)
    code, _, err = cli_run(["runs", "--runs-dir", str(tmp_path / "runs")], capsys)
    assert code == 2 and "is a file, not a folder" in err


@pytest.mark.parametrize("name", [*RUN_JSON_FILES, "batches.csv"])
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=__import__("hypothesis").strategies.data())
def test_fuzzed_run_files_are_answered_in_words(name, data, a_run, small_mnist, capsys):
    """Any contents of any one file: listing, JSON listing, export and resume answer, none raises."""
    original = json.loads((a_run / name).read_text()) if name.endswith(".json") and (a_run / name).exists() else None
    contents = data.draw(file_contents(original))
    with tempfile.TemporaryDirectory() as root:
        run = copy_run(a_run, Path(root) / "run")
        (run / name).write_bytes(contents)
        assert summarize(run).status in STATUSES
        for args in (["runs"], ["runs", "--json"]):
            assert cli_run([*args, "--runs-dir", root], capsys)[0] == 0
        out = str(Path(root) / "out.csv")
        assert cli_run(["export", str(run), "--format", "csv", "-o", out], capsys)[0] in (0, 1, 2)
        final = Trainer(CFG, loaded=small_mnist, resume_from=run).run()  # nothing left to train: restore only
        assert isinstance(final, RunFinished) or final.kind != "error", final


def test_a_data_folder_that_is_a_file(tmp_path, capsys):
    (tmp_path / "data").write_text("not a folder")
    args = ["train", "--arch", "mlp", "--epochs", "1", "--data-dir", str(tmp_path / "data")]
    code, _, err = cli_run([*args, "--runs-dir", str(tmp_path / "runs")], capsys)
    assert code == 1 and "The data folder" in err and "is a file, not a folder" in err
    assert "Set the data folder" in err and "Traceback" not in err and not (tmp_path / "runs").exists()
