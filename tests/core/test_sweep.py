"""Sweeps on Optuna: trials are real runs on the built-in shapes set, studies live in real SQLite files."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import optuna
import pytest

from core.config import TrainConfig
from core.messages import from_json
from core.runs import read_run
from core.sweep import open_study, run_sweep
from core.sweep_spec import SweepError, SweepSpec
from core.sweep_events import TrialDone
from core.sweep_params import Choices, Range, VaryError, parse_all, parse_vary
from core.sweep_trial import SWEEP_FILE

ROOT = Path(__file__).resolve().parents[2]
# 400 shapes, one epoch on one thread: well under a second a trial
BASE = TrainConfig(dataset="shapes", arch="lenet", epochs=1, train_subset=400, batch_size=32, threads=1, device="cpu")
TRIAL_KEYS = {"number", "params", "value", "state", "run_dir"}


def test_four_trial_sweep_makes_a_run_folder_per_trial(tmp_path):
    spec = SweepSpec(
        "four", parse_all(["lr=1e-3:1e-1:log", "optimizer=sgd,adam"]), BASE, sampler="random", n_trials=4, seed=0
    )
    events = []
    done = run_sweep(spec, events.append, runs_root=tmp_path, data_root=tmp_path)
    assert done.trials_run == 4 and not done.stopped and done.best is not None
    study = optuna.load_study(study_name="four", storage=f"sqlite:///{tmp_path / 'sweeps.db'}")
    trials = study.get_trials()
    assert [t.state.name for t in trials] == ["COMPLETE"] * 4
    run_dirs = {t.user_attrs["run_dir"] for t in trials}
    assert len(run_dirs) == 4
    for t in trials:
        run = read_run(Path(t.user_attrs["run_dir"]))
        assert run.config.lr == t.params["lr"] and run.config.optimizer == t.params["optimizer"]
        assert len(run.history) == 1 and (run.path / "best.pt").is_file()
        tag = json.loads((run.path / SWEEP_FILE).read_text())
        assert (tag["study"], tag["trial"]) == ("four", t.number)
    assert done.best.value == max(t.value for t in trials)
    last_update = [e for e in events if isinstance(e, TrialDone)][-1]
    assert len(last_update.study) == 4 and set(last_update.importance) == {"lr", "optimizer"}


def _cli_sweep(storage: str, runs: Path, trials: int) -> subprocess.Popen:
    args = ["--dataset", "shapes", "--epochs", "1", "--train-subset", "300", "--threads", "1", "--device", "cpu"]
    return subprocess.Popen(
        [sys.executable, "main.py", "sweep", "--study", "shared", "--storage", storage, "--trials", str(trials)]
        + ["--vary", "lr=1e-3:1e-1:log", "--vary", "batch_size=32,64", "--runs-dir", str(runs), *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_processes_on_one_sqlite_storage_share_the_trials(tmp_path):
    storage, n = f"sqlite:///{tmp_path / 'lab.db'}", 2
    procs = [_cli_sweep(storage, tmp_path / f"runs{i}", n) for i in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (_, err) in zip(procs, outputs):
        assert p.returncode == 0, err
    lines = [json.loads(line) for out, _ in outputs for line in out.strip().splitlines()]
    finished, bests = [x for x in lines if "best" not in x], [x for x in lines if "best" in x]
    assert len(bests) == 2 and all(TRIAL_KEYS <= set(x) for x in finished)
    # every trial number handed out once, each one run by exactly one process, each a run folder
    assert sorted(x["number"] for x in finished) == list(range(2 * n))
    trials = optuna.load_study(study_name="shared", storage=storage).get_trials()
    assert sorted(t.number for t in trials) == list(range(2 * n))
    assert all(t.state.name == "COMPLETE" for t in trials)
    assert len({t.user_attrs["run_dir"] for t in trials}) == 2 * n
    assert all((Path(t.user_attrs["run_dir"]) / "metrics.json").is_file() for t in trials)


def test_a_trial_behind_the_median_is_pruned(tmp_path):
    spec = SweepSpec("prune", (Range("lr", 1e-8, 1e-1, log=True),), BASE.replace(optimizer="adam"), n_trials=2)
    study = optuna.create_study(study_name="prune", storage=spec.storage_url(tmp_path), direction="maximize")
    study.enqueue_trial({"lr": 3e-3})  # learns
    study.enqueue_trial({"lr": 1e-8})  # stays at chance: below the first trial after epoch 1
    pruner = optuna.pruners.MedianPruner(n_startup_trials=1, n_warmup_steps=0)
    run_sweep(spec, runs_root=tmp_path, data_root=tmp_path, pruner=pruner)
    first, second = study.get_trials()
    assert first.state.name == "COMPLETE" and second.state.name == "PRUNED"
    assert second.intermediate_values[1] < first.value
    assert str(from_json(second.user_attrs["pruned"])).startswith("Pruned after epoch 1")  # a TrialPruned message
    assert (Path(second.user_attrs["run_dir"]) / "metrics.json").is_file()  # its epoch stays saved


def test_a_journal_file_on_a_shared_disk_holds_a_study(tmp_path):
    journal = f"journal:{tmp_path / 'j.log'}"
    spec = SweepSpec("journal", (Choices("lr", (3e-3, 1e-2)),), BASE, storage=journal, n_trials=2)
    assert run_sweep(spec, runs_root=tmp_path, data_root=tmp_path).trials_run == 2
    assert (tmp_path / "j.log").is_file() and not (tmp_path / "sweeps.db").exists()
    joined = run_sweep(dataclasses.replace(spec, n_trials=1), runs_root=tmp_path, data_root=tmp_path)
    assert joined.trials_run == 1 and joined.best is not None
    assert [t.number for t in open_study(spec, tmp_path).get_trials()] == [0, 1, 2]  # the second run joined


def test_a_stopped_sweep_starts_no_trial(tmp_path):
    from core.control import RunControl

    control = RunControl()
    control.stop()
    spec = SweepSpec("stopped", (Choices("lr", (0.01,)),), BASE, n_trials=3)
    done = run_sweep(spec, control=control, runs_root=tmp_path, data_root=tmp_path)
    assert done.stopped and done.trials_run == 0 and done.best is None


def test_vary_parses_ranges_and_choices():
    assert parse_vary("lr=1e-4:1e-1:log") == Range("lr", 1e-4, 1e-1, log=True)
    assert parse_vary("lr=1e-4:1e-1") == Range("lr", 1e-4, 1e-1, log=True)  # a learning rate is log by default
    assert parse_vary("weight_decay=0:1e-3") == Range("weight_decay", 0.0, 1e-3, log=False)
    assert parse_vary("batch-size=32,64") == Choices("batch_size", (32, 64))
    assert parse_vary("optimizer=sgd,adam") == Choices("optimizer", ("sgd", "adam"))
    assert Range("lr", 1e-4, 1e-1, log=True).grid() == (1e-4, 1e-3, 1e-2, 1e-1)
    assert Range("batch_size", 16, 128, log=True, integer=True).grid() == (16, 32, 64, 128)


@pytest.mark.parametrize(
    "text, says",
    [
        ("lr", "write NAME=SPEC"),
        ("momentum=0.5,0.9", "'momentum' cannot be varied. Names: lr, batch_size"),
        ("lr=abc,0.1", "'abc' is not a number"),
        ("lr=0:1:log", "above 0"),
        ("lr=1e-1:1e-4", "low end (0.1) must be below its high end (0.0001)"),
        ("weight_decay=0:1e-3:log", "a log range must start above 0"),
        ("lr=1e-4:1e-1:cubic", "'log' or 'linear'"),
        ("optimizer=sgd:adam", "takes a list of choices, not a range"),
        ("optimizer=sgd,lion", "Unknown value 'lion'"),
        ("batch_size=32,32", "names a value twice"),
        ("batch_size=3.5", "'3.5' is not a whole number"),
    ],
)
def test_vary_mistakes_say_what_to_write(text, says):
    with pytest.raises(VaryError, match="^--vary") as caught:
        parse_vary(text)
    assert says in str(caught.value)


def test_spec_mistakes_say_what_to_change():
    with pytest.raises(VaryError, match="more than once"):
        parse_all(["lr=0.1,0.2", "lr=0.3"])
    with pytest.raises(SweepError, match="at least one setting to vary.*Unknown search 'bayes'"):
        SweepSpec("s", (), sampler="bayes")
    with pytest.raises(SweepError, match="a number of trials, a time budget"):
        SweepSpec("s", (Choices("lr", (0.1,)),), n_trials=None)
    from core.cli import main

    assert main(["sweep", "--study", "s", "--vary", "lr=1e-1:1e-4"]) == 2
