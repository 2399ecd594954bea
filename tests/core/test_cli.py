"""The command line, run as a user would: a real subprocess on real MNIST."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env_runs: Path) -> subprocess.CompletedProcess:
    import os

    env = {**os.environ, "CNN_PLAYGROUND_RUNS": str(env_runs)}
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_train_json_reports_final_metrics_and_run_folder(data_root, tmp_path):
    done = run_cli("train", "--arch", "lenet", "--dataset", "mnist", "--epochs", "1", "--train-subset", "2000",
                   "--batch-size", "64", "--lr", "0.002", "--optimizer", "adam", "--device", "cpu", "--json",
                   env_runs=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("epoch 1/1") and "test acc" in lines[0] and "img/s" in lines[0]
    result = json.loads(lines[-1])
    assert set(result) >= {"test_acc", "val_acc", "train_loss", "images_per_s", "epochs", "seconds", "run_dir"}
    assert 0.8 < result["test_acc"] <= 1 and 0 < result["val_acc"] <= 1 and result["epochs"] == 1
    assert (Path(result["run_dir"]) / "best.pt").is_file()


def test_preset_with_user_override_and_invalid_value_message(data_root, tmp_path):
    bad = run_cli("train", "--preset", "lenet-fashion", "--lr", "-1", env_runs=tmp_path)
    assert bad.returncode == 2 and "--lr" in bad.stderr and "above 0" in bad.stderr


def test_list_shows_architectures_datasets_with_availability_and_devices(data_root, tmp_path):
    done = run_cli("list", env_runs=tmp_path)
    assert done.returncode == 0, done.stderr
    for name in ("lenet5", "inception", "googlenet", "fashion-mnist", "shapes", "cpu", "inception-mnist"):
        assert name in done.stdout
    mnist_line = next(line for line in done.stdout.splitlines() if line.strip().startswith("mnist "))
    assert "on disk" in mnist_line
