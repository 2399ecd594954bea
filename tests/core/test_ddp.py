"""train --ddp: two gloo CPU processes started by torchrun, as a user would, on real MNIST."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from core.distributed import deal

ROOT = Path(__file__).resolve().parents[2]
TORCHRUN = (sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2")  # a free port
SHORT_RUN = (
    *("--arch", "lenet", "--dataset", "mnist", "--train-subset", "3000", "--batch-size", "64"),
    *("--lr", "0.002", "--optimizer", "adam", "--device", "cpu", "--threads", "1"),
)


def _env(runs: Path) -> dict[str, str]:
    """The test's environment without any torchrun variables a surrounding launcher may have set."""
    env = {k: v for k, v in os.environ.items() if k not in ("RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR")}
    return {**env, "CNN_PLAYGROUND_RUNS": str(runs)}


@pytest.fixture
def start():
    """Popen in its own process group (to send Ctrl-C to all of it, as a terminal does); killed if left running."""
    started: list[subprocess.Popen] = []

    def start(command: tuple[str, ...], runs: Path) -> subprocess.Popen:
        proc = subprocess.Popen(
            command,
            cwd=ROOT,
            env=_env(runs),
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        started.append(proc)
        return proc

    yield start
    for proc in started:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_the_ranks_deal_each_global_batch_exactly_as_one_process_takes_it():
    n, world, batch = 10, 3, 6  # 10 images over 3 processes: padded to 12, 4 each, 2 per process a step
    perm = torch.randperm(n)
    shards = [deal(perm, rank, world) for rank in range(world)]
    assert {len(s) for s in shards} == {math.ceil(n / world)}
    padded = torch.cat([perm, perm[:2]])
    for step in range(2):
        together = sorted(torch.cat([s[step * 2 : step * 2 + 2] for s in shards]).tolist())
        assert together == sorted(padded[step * batch : (step + 1) * batch].tolist())


def test_two_gloo_processes_train_as_one_write_one_folder_stop_together_and_resume(data_root, tmp_path, start):
    """One user's distributed run, start to finish (one scenario, as each torchrun start costs ~10 s here)."""
    one_runs, ddp_runs = tmp_path / "one", tmp_path / "ddp"
    ddp = start((*TORCHRUN, "main.py", "train", "--ddp", *SHORT_RUN, "--epochs", "50"), ddp_runs)
    one = start((sys.executable, "main.py", "train", *SHORT_RUN, "--epochs", "1", "--json"), one_runs)
    first_line = ddp.stdout.readline()
    assert first_line.startswith("epoch 1/50")
    os.killpg(ddp.pid, signal.SIGINT)  # as Ctrl-C in a terminal: torchrun and both workers get it
    ddp_out, ddp_err = ddp.communicate(timeout=120)
    ddp_out = first_line + ddp_out
    one_out, one_err = one.communicate(timeout=300)
    assert one.returncode == 0, one_err
    assert "2 processes (gloo" in ddp_err and "batch 64 = 2 x 32 per process" in ddp_err

    # stopped at one step on every rank: no worker interrupted mid-step (torchrun prints its own SignalException)
    assert "Stopping every process at the next agreed step" in ddp_err
    assert "Stopped during epoch" in ddp_err and "Continue with: python main.py train --resume" in ddp_err, ddp_err
    assert "KeyboardInterrupt" not in ddp_err and ddp_err.count("Traceback") <= 1, ddp_err

    # rank 0 alone reports and writes: one line per epoch, one run folder
    (run_dir,) = ddp_runs.iterdir()
    history = json.loads((run_dir / "metrics.json").read_text())
    saved = len(history)
    assert saved >= 1 and ddp_out.count("epoch 1/50") == 1
    assert {"best.pt", "last.pt", "config.json", "metrics.json"} <= {p.name for p in run_dir.iterdir()}
    assert json.loads((run_dir / "config.json").read_text())["config"]["batch_size"] == 64  # the global batch

    # the same accuracy as one process, and sane metrics from the whole validation and test sets
    alone, first = json.loads(one_out.splitlines()[-1]), history[0]
    assert abs(first["test_acc"] - alone["test_acc"]) <= 0.01, (alone, first)
    assert 0.8 < first["test_acc"] <= 1 and 0.8 < first["val_acc"] <= 1 and 0 < first["train_loss"] < 2.3
    assert 0.5 < first["train_acc"] <= 1 and first["images_per_s"] > 0

    # --resume --ddp goes on from the saved weights, in the same folder
    more = str(saved + 1)
    resumed = start(
        (*TORCHRUN, "main.py", "train", "--ddp", "--resume", str(run_dir), "--epochs", more, "--json"), ddp_runs
    )
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    assert f"after epoch {saved} of {more}" in err and json.loads(out.splitlines()[-1])["run_dir"] == str(run_dir)
    assert [run_dir] == list(ddp_runs.iterdir())
    history = json.loads((run_dir / "metrics.json").read_text())
    assert [m["epoch"] for m in history] == list(range(1, saved + 2))
    assert history[-1]["test_acc"] >= history[0]["test_acc"] - 0.01  # not from scratch


@pytest.mark.skipif(torch.cuda.device_count() < 2, reason="needs 2 CUDA GPUs (NCCL)")
def test_two_nccl_gpus_train_as_one(data_root, tmp_path, start):
    on_gpu = tuple("cuda" if a == "cpu" else a for a in SHORT_RUN)
    ddp = start((*TORCHRUN, "main.py", "train", "--ddp", *on_gpu, "--epochs", "1", "--json"), tmp_path / "ddp")
    one = start((sys.executable, "main.py", "train", *on_gpu, "--epochs", "1", "--json"), tmp_path / "one")
    (ddp_out, ddp_err), (one_out, one_err) = ddp.communicate(timeout=300), one.communicate(timeout=300)
    assert ddp.returncode == 0 and one.returncode == 0, ddp_err + one_err
    assert "2 processes (nccl, rank 0 on cuda:0)" in ddp_err
    alone, together = json.loads(one_out.splitlines()[-1]), json.loads(ddp_out.splitlines()[-1])
    assert abs(together["test_acc"] - alone["test_acc"]) <= 0.01, (alone, together)
    assert len(list((tmp_path / "ddp").iterdir())) == 1


def test_ddp_without_torchrun_says_how_to_start_it(tmp_path, monkeypatch, capsys):
    from core.cli import main

    for name in ("RANK", "WORLD_SIZE", "LOCAL_RANK", "MASTER_ADDR", "MASTER_PORT"):
        monkeypatch.delenv(name, raising=False)
    assert main(["train", "--ddp", "--epochs", "1", "--runs-dir", str(tmp_path / "runs")]) == 2
    err = capsys.readouterr().err
    assert "--ddp needs the environment torchrun gives" in err and "torchrun --nproc-per-node" in err
    assert not (tmp_path / "runs").exists()


def test_a_batch_that_does_not_split_over_the_processes_is_refused(tmp_path, monkeypatch, capsys):
    from core.cli import main

    env = {"RANK": "0", "WORLD_SIZE": "3", "LOCAL_RANK": "0", "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": "1"}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["train", "--ddp", "--batch-size", "64", "--runs-dir", str(tmp_path / "runs")]) == 2
    assert "give a multiple of 3" in capsys.readouterr().err


TORCHRUN_OK = {"RANK": "0", "WORLD_SIZE": "2", "LOCAL_RANK": "0", "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": "29500"}


@pytest.mark.parametrize(
    "wrong, words",
    [
        ({"RANK": "abc"}, "RANK=abc is not a whole number from 0 to 1"),
        ({"MASTER_PORT": "99999"}, "MASTER_PORT=99999 is not a whole number from 1 to 65535"),
        ({"WORLD_SIZE": "0"}, "WORLD_SIZE=0 is not a whole number from 1"),
        ({"RANK": "5"}, "RANK=5 is not a whole number from 0 to 1"),
    ],
)
def test_a_hand_set_torchrun_environment_is_refused_at_once(wrong, words, tmp_path, monkeypatch, capsys):
    from core.cli import main

    for name, value in {**TORCHRUN_OK, **wrong}.items():
        monkeypatch.setenv(name, value)
    assert main(["train", "--ddp", "--device", "cpu", "--runs-dir", str(tmp_path / "runs")]) == 2
    err = capsys.readouterr().err
    assert words in err and "start with torchrun" in err and len(err.strip().splitlines()) == 1, err


def test_a_rank_whose_group_never_forms_says_what_it_waits_for(tmp_path, monkeypatch, capsys):
    import socket

    from core import ddp_setup
    from core.cli import main

    with socket.socket() as s:  # a port nobody listens on: rank 0 never comes
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**TORCHRUN_OK, "RANK": "1", "LOCAL_RANK": "1", "MASTER_PORT": str(port)}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(ddp_setup, "JOIN_TIMEOUT_S", 2)
    assert main(["train", "--ddp", "--device", "cpu", "--runs-dir", str(tmp_path / "runs")]) == 2
    err = capsys.readouterr().err
    assert f"[rank 1] waiting for the 1 other process(es) of the group at 127.0.0.1:{port} (up to 2 s)" in err
    assert "the group of 2 processes did not form" in err and "Traceback" not in err, err
