"""The command line, run as a user would: a real subprocess on real MNIST."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env_runs: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "CNN_PLAYGROUND_RUNS": str(env_runs)}
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )


def test_train_json_reports_final_metrics_and_run_folder(data_root, tmp_path):
    done = run_cli(
        "train",
        "--arch",
        "lenet",
        "--dataset",
        "mnist",
        "--epochs",
        "1",
        "--train-subset",
        "2000",
        "--batch-size",
        "64",
        "--lr",
        "0.002",
        "--optimizer",
        "adam",
        "--device",
        "cpu",
        "--json",
        env_runs=tmp_path,
    )
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


# ---- bad input, round two ---------------------------------------------------------------------


def test_every_train_option_says_what_it_does_its_range_and_default(tmp_path):
    from core.config import SETTINGS

    done = run_cli("train", "--help", env_runs=tmp_path, timeout=120)
    text = "".join(done.stdout.split())  # without spaces: help lines wrap anywhere, even at hyphens
    options = text[text.index("options:") :]
    for name, setting in SETTINGS.items():
        flag = "--" + name.replace("_", "-") + ("," if setting.kind is bool else name.upper())
        after = options[options.index(flag) :]
        assert after.index("".join(setting.help.split())) < after.index("Valid:") < after.index("default"), name
    assert text.count("Valid:") == len(SETTINGS)
    assert "between0and2,147,483,647" in text and "between0and256" in text


@pytest.mark.parametrize(
    "flag, value, words",
    [
        ("--seed", str(2**40), "2,147,483,647"),
        ("--threads", "100000", "between 0 and 256"),
        ("--grad-clip", "nan", "not nan"),
        ("--epochs", "100000000000", "between 1 and 10,000"),
    ],
)
def test_out_of_range_values_are_refused_before_training(tmp_path, flag, value, words):
    done = run_cli(
        "train",
        flag,
        value,
        "--epochs" if flag != "--epochs" else "--lr",
        "1" if flag != "--epochs" else "0.001",
        "--train-subset",
        "200",
        "--threads",
        "1" if flag != "--threads" else value,
        env_runs=tmp_path,
    )
    assert done.returncode == 2, done.stderr
    assert f"error: {flag}:" in done.stderr and words in done.stderr and "Traceback" not in done.stderr
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


def test_unknown_command_is_an_error_not_a_silent_window(tmp_path):
    done = run_cli("trian", "--epochs", "1", env_runs=tmp_path, timeout=60)
    assert done.returncode == 2 and "Did you mean 'train'?" in done.stderr


def test_ctrl_c_stops_like_the_stop_button_and_says_how_to_resume(data_root, tmp_path):
    env = {**os.environ, "CNN_PLAYGROUND_RUNS": str(tmp_path)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "train",
            "--arch",
            "mlp",
            "--epochs",
            "1000",
            "--train-subset",
            "2000",
            "--threads",
            "1",
            "--device",
            "cpu",
        ],
        cwd=ROOT,
        env=env,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout.readline().startswith("epoch 1/1000")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    run_dir = next(tmp_path.iterdir())
    last = err.strip().splitlines()[-1]
    assert last.endswith(f"Continue with: python main.py train --resume {run_dir}") and "epochs 1-" in last


def test_data_dir_gets_no_run_folders_they_go_to_the_users_runs_folder(data_root, tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "CNN_PLAYGROUND_RUNS"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    done = subprocess.run(
        [
            sys.executable,
            "main.py",
            "train",
            "--data-dir",
            str(data_root),
            "--arch",
            "mlp",
            "--epochs",
            "1",
            "--train-subset",
            "500",
            "--threads",
            "1",
            "--json",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    run_dir = Path(json.loads(done.stdout.splitlines()[-1])["run_dir"])
    assert run_dir.parent == tmp_path / "xdg" / "cnn-playground" / "runs"
    helped = subprocess.run(
        [sys.executable, "main.py", "train", "--help"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    ).stdout
    assert "".join(str(tmp_path / "xdg" / "cnn-playground" / "runs").split()) in "".join(helped.split())


def test_progress_counts_items_as_items_and_bytes_as_megabytes(capsys):
    from core.cli_commands import TextProgress
    from core.events import Progress

    show = TextProgress()
    show(Progress("Reading images", 5, 120))
    show(Progress("Downloading MNIST", 2**20, 10 * 2**20, "bytes"))
    err = capsys.readouterr().err.splitlines()
    assert err == ["Reading images 5/120", "Downloading MNIST 1.0/10.0 MB"]


def test_a_folder_with_junk_says_what_it_skipped(mnist, tmp_path):
    from PIL import Image

    folder = tmp_path / "digits"
    for label in (0, 1):
        (folder / str(label)).mkdir(parents=True)
        for i in (mnist.test_y == label).nonzero()[:10, 0].tolist():
            Image.fromarray(mnist.test_x[i, 0].numpy()).save(folder / str(label) / f"{i}.png")
    (folder / "0" / "notes.txt").write_text("junk")
    (folder / "1" / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    done = run_cli(
        "train",
        "--dataset",
        "folder",
        "--folder",
        str(folder),
        "--image-size",
        "28",
        "--arch",
        "mlp",
        "--epochs",
        "1",
        "--threads",
        "1",
        "--json",
        env_runs=tmp_path / "runs",
    )
    assert done.returncode == 0, done.stderr
    assert "Note: skipped 2 files: 1 not an image, 1 unreadable" in done.stderr
    assert json.loads(done.stdout.splitlines()[-1])["data_notes"][0].startswith("skipped 2 files")


def test_disk_full_reports_the_epoch_on_disk_not_numbers_never_saved(data_root, tmp_path, monkeypatch, capsys):
    import errno

    from core import checkpoint
    from core.cli import main

    real_fsync, real_save, saved = checkpoint.os.fsync, checkpoint.save, []

    # the run folder and all of epoch 1 are written; the disk fills up while epoch 2's last.pt is written
    def save(path, *args, **kwargs):
        saved.append(Path(path).name)
        return real_save(path, *args, **kwargs)

    def fsync(fd):
        if saved.count("last.pt") >= 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(checkpoint, "save", save)
    monkeypatch.setattr(checkpoint.os, "fsync", fsync)
    code = main(
        [
            "train",
            "--arch",
            "mlp",
            "--epochs",
            "3",
            "--train-subset",
            "1000",
            "--threads",
            "1",
            "--runs-dir",
            str(tmp_path),
            "--json",
        ]
    )
    out, err = capsys.readouterr()
    summary = json.loads(out.splitlines()[-1])
    assert code == 1 and summary["failure"] == "disk" and summary["saved_epoch"] == 1 and summary["epochs"] == 1
    saved = json.loads((Path(summary["run_dir"]) / "metrics.json").read_text())
    assert summary["test_acc"] == saved[-1]["test_acc"] and summary["epochs_trained"] == 2
    assert "disk is full" in err and summary["run_dir"] in err and "This is a bug" not in err


def test_train_from_init_weights_fine_tunes_the_bundled_model(data_root, tmp_path):
    """--init-weights starts a new run from a model's weights: after one short epoch at a small rate the bundled
    digit model still reads MNIST (random weights on 500 images would not), and the run folder says where from."""
    bundled = ROOT / "resources" / "digit_model.pt"
    done = run_cli(
        *("train", "--preset", "digits-styles", "--init-weights", str(bundled), "--epochs", "1"),
        *("--train-subset", "500", "--val-fraction", "0", "--lr", "1e-4"),
        *("--threads", "1", "--device", "cpu", "--json"),
        env_runs=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["test_acc"] > 0.98
    stored = json.loads((Path(result["run_dir"]) / "config.json").read_text())
    assert stored["init_weights"] == str(bundled)
