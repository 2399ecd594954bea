"""Issue 23, sweeps: a killed trial becomes FAIL (heartbeat), each bad storage and a changed search space is one
sentence (exit code 2, no traceback), and the default storage stays inside a runs folder of any name. Real SQLite
files, real processes; trials train on the built-in shapes set."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

import optuna
import pytest

from core import cli, sweep_storage
from core.config import TrainConfig
from core.sweep import open_study, run_sweep
from core.sweep_params import parse_all
from core.sweep_spec import SweepError, SweepSpec

BASE = TrainConfig(dataset="shapes", arch="mlp", epochs=1, train_subset=200, batch_size=50, threads=1, device="cpu")
SWEEP = ["sweep", "--study", "s", "--dataset", "shapes", "--arch", "mlp", "--epochs", "1", "--train-subset", "200"]
SWEEP += ["--threads", "1", "--trials", "1", "--vary", "lr=1e-3:1e-2:log"]


def sweep_cli(capsys, *args: str) -> tuple[int, str]:
    code = cli.main([*SWEEP, *args])
    return code, capsys.readouterr().err


def test_a_runs_folder_named_with_url_characters_keeps_its_database(tmp_path, capsys):
    root = tmp_path / "runs?mode=ro#x%41"
    code, err = sweep_cli(capsys, "--runs-dir", str(root), "--data-dir", str(tmp_path))
    assert code == 0, err
    assert (root / "sweeps.db").is_file() and not list(tmp_path.glob("runs?*.db")) and not (tmp_path / "runs").exists()


@pytest.mark.parametrize(
    "storage, words",
    [
        ("sqlite:///{tmp}/junk.db", "is not a study database"),
        ("nonsense", "is not a storage URL"),
        ("journal:{tmp}/missing/study.log", "The folder of the journal"),
        ("journal:{tmp}/junk.db", "is not an Optuna journal"),
        ("mysql+pymysql://user:secret@127.0.0.1:9/optuna", "check that the database server is running"),
        ("postgresql://user:secret@127.0.0.1:9/optuna", "uv run --with 'psycopg[binary]'"),
    ],
)
def test_bad_storages_are_one_sentence(storage, words, tmp_path, capsys):
    (tmp_path / "junk.db").write_bytes(b"this is no database\n" * 50)
    code, err = sweep_cli(capsys, "--storage", storage.format(tmp=tmp_path), "--runs-dir", str(tmp_path))
    lines = err.strip().splitlines()
    assert code == 2 and words in err and len(lines) == 1 and lines[0].startswith("error: "), err
    assert "secret" not in err  # the password is not repeated on screen


def test_a_database_locked_by_another_program_is_said_after_a_short_wait(tmp_path, capsys):
    db = tmp_path / "sweeps.db"
    open_study(SweepSpec("s", parse_all(["lr=1e-3:1e-2:log"]), BASE), tmp_path)  # the study exists
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")  # as a database browser with an open write would
    try:
        code, err = sweep_cli(capsys, "--runs-dir", str(tmp_path))
    finally:
        holder.rollback()
        holder.close()
    assert code == 2 and "is locked by another program" in err and len(err.strip().splitlines()) == 1, err


def test_joining_with_another_search_space_is_refused_before_any_trial(tmp_path, capsys):
    first = SweepSpec("s", parse_all(["optimizer=sgd,adam"]), BASE)
    study = open_study(first, tmp_path)
    first.params[0].suggest(study.ask())  # a trial of the first process, with its choices
    code, err = sweep_cli(capsys, "--runs-dir", str(tmp_path), "--vary", "optimizer=adam,rmsprop")
    assert code == 2 and "already varies optimizer as sgd,adam, not adam,rmsprop" in err, err
    assert len(optuna.load_study(study_name="s", storage=f"sqlite:///{tmp_path / 'sweeps.db'}").trials) == 1
    with pytest.raises(SweepError, match="vary it the same way"):
        open_study(SweepSpec("s", parse_all(["optimizer=adam,rmsprop"]), BASE), tmp_path)


KILLED_TRIAL = """
import sys, time
from core import sweep_storage
sweep_storage.HEARTBEAT_S, sweep_storage.GRACE_S = 1, 2
import optuna
study = optuna.load_study(study_name="s", storage=sweep_storage.open_storage(sys.argv[1]))
def objective(trial):
    trial.suggest_float("lr", 1e-3, 1e-2, log=True)
    print("training", flush=True)
    time.sleep(600)
study.optimize(objective, n_trials=1)
"""


def test_a_killed_trial_becomes_fail_and_is_retried(tmp_path, monkeypatch):
    monkeypatch.setattr(sweep_storage, "GRACE_S", 2)
    url = sweep_storage.default_url(tmp_path)
    open_study(SweepSpec("s", parse_all(["lr=1e-3:1e-2:log"]), BASE), tmp_path)
    child = subprocess.Popen([sys.executable, "-c", KILLED_TRIAL, url], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "training"
    child.send_signal(signal.SIGKILL)
    child.wait()
    study = optuna.load_study(study_name="s", storage=sweep_storage.open_storage(url))
    assert [t.state.name for t in study.trials] == ["RUNNING"]
    import time

    time.sleep(3)  # the grace period passes with no heartbeat
    done = run_sweep(SweepSpec("s", parse_all(["lr=1e-3:1e-2:log"]), BASE, n_trials=1), runs_root=tmp_path)
    states = [t.state.name for t in optuna.load_study(study_name="s", storage=url).trials]
    assert states[0] == "FAIL" and states[1] == "COMPLETE" and done.trials_run == 1
    retried = optuna.load_study(study_name="s", storage=url).trials[1]
    assert retried.params == study.trials[0].params  # its settings tried again, now to the end


def test_sweep_into_a_runs_folder_that_is_a_file(tmp_path, capsys):
    (tmp_path / "runs").write_text("a file")
    code, err = sweep_cli(capsys, "--runs-dir", str(tmp_path / "runs"))
    assert code == 2 and "is a file, not a folder" in err and len(err.strip().splitlines()) == 1
