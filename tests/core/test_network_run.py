"""A run of your own network: trained from a network file on the command line, it carries the network in its model
card, so it resumes, exports to ONNX (with the parity check), predicts, shows its feature maps and sweeps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from core.saliency import feature_maps
from core.archs.network_file import NetworkFile, make_layer
from core.card import CardError, ModelCard, read_weights
from core.config import ConfigError, TrainConfig

ROOT = Path(__file__).resolve().parents[2]
RESIDUAL_NET = NetworkFile(
    (
        make_layer("conv", channels=8, kernel=3, padding=1),
        make_layer("relu"),
        make_layer("maxpool"),
        make_layer("residual"),
        make_layer("maxpool"),
        make_layer("flatten"),
        make_layer("linear"),
    ),
    "A small residual net",
)
SHORT = ["--dataset", "mnist", "--train-subset", "400", "--val-fraction", "0.05", "--device", "cpu", "--threads", "1"]


def main_py(*args: str, runs: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CNN_PLAYGROUND_RUNS": str(runs)}
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def trained(data_root, tmp_path_factory) -> tuple[Path, Path]:
    """(the network file, the run folder of one epoch trained from it on the command line)."""
    folder = tmp_path_factory.mktemp("custom")
    network = folder / "residual.json"
    RESIDUAL_NET.write(network)
    done = main_py("train", "--network", str(network), "--epochs", "1", *SHORT, "--json", runs=folder / "runs")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ok"] and result["epochs"] == 1 and 0.1 < result["test_acc"] <= 1
    return network, Path(result["run_dir"])


def test_the_card_alone_rebuilds_the_network(trained):
    _, run_dir = trained
    card, weights = read_weights(run_dir / "best.pt")
    assert card.arch == "custom" and NetworkFile.from_json(card.option_dict["network"]) == RESIDUAL_NET
    model = card.load(weights)  # what predict, Evaluate and Inside do
    x = torch.rand(3, 1, 28, 28)
    assert model(x).shape == (3, 10)
    maps, probs = feature_maps(model, x[:1])
    assert list(maps) == ["conv1", "residual1"] and maps["residual1"].shape == (8, 14, 14)
    assert abs(float(probs.sum()) - 1) < 1e-5
    crafted = {**card.to_dict(), "options": {"network": card.option_dict["network"].replace('"relu"', '"magic"')}}
    with pytest.raises(CardError, match="unknown layer kind 'magic'"):
        ModelCard.from_dict(crafted, "best.pt")


def test_it_resumes_and_exports_to_onnx_with_the_parity_check(trained, tmp_path):
    _, run_dir = trained
    done = main_py("train", "--resume", str(run_dir), "--epochs", "2", "--json", runs=run_dir.parent)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1])["epochs"] == 2
    pytest.importorskip("onnxruntime")
    out = tmp_path / "custom.onnx"
    done = main_py("export", str(run_dir), "--format", "onnx", "-o", str(out), runs=run_dir.parent)
    assert done.returncode == 0, done.stderr
    assert "same answers on 64 of 64" in done.stdout and out.is_file()


def test_the_command_line_lists_the_kinds_and_refuses_a_bad_file_in_words(tmp_path):
    done = main_py("list", runs=tmp_path)
    assert "Layer kinds of a network file" in done.stdout
    assert all(f"  {kind} " in done.stdout for kind in ("conv", "residual", "inception", "repeat", "leakyrelu"))
    bad = tmp_path / "bad.json"
    NetworkFile((make_layer("conv", kernel=31), make_layer("linear"))).write(bad)
    done = main_py("train", "--network", str(bad), *SHORT, runs=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "Layer 1: this 31x31 convolution gets a 28x28 picture: set its padding to 15 or use a smaller kernel." in (
        done.stderr
    )


def test_settings_check_the_network_against_the_dataset():
    text = RESIDUAL_NET.canonical()
    assert TrainConfig(arch="custom", network=text, dataset="cifar10").network == text
    with pytest.raises(ConfigError) as caught:
        TrainConfig(arch="custom")
    assert "needs a network file" in str(caught.value.problems["arch"])
    big_kernel = NetworkFile((make_layer("conv", kernel=29), make_layer("linear"))).canonical()
    assert TrainConfig(arch="custom", network=big_kernel, dataset="cifar10").network  # 32 px: it fits
    with pytest.raises(ConfigError) as caught:
        TrainConfig(arch="custom", network=big_kernel, dataset="mnist")
    assert str(caught.value.problems["network"]).startswith("Layer 1: this 29x29 convolution gets a 28x28 picture")
    assert TrainConfig(arch="lenet", network=text).arch == "lenet"  # kept for a sweep, unused by LeNet


def test_a_network_file_is_a_sweep_choice(trained, mnist, tmp_path):
    from core.sweep import run_sweep
    from core.sweep_params import parse_all
    from core.sweep_spec import SweepSpec

    base = TrainConfig(arch="custom", network=RESIDUAL_NET.canonical(), epochs=1, train_subset=300, threads=1)
    spec = SweepSpec("own-vs-simple", parse_all(["arch=custom,simplecnn"]), base, sampler="grid", n_trials=2)
    done = run_sweep(spec, data_root=mnist_root(), runs_root=tmp_path)
    assert done.trials_run == 2 and done.best is not None
    cards = {read_weights(p / "best.pt")[0].arch: read_weights(p / "best.pt")[0] for p in tmp_path.glob("*_mnist")}
    assert set(cards) == {"custom", "simplecnn"}
    assert "network" not in cards["simplecnn"].option_dict and "network" in cards["custom"].option_dict


def mnist_root() -> Path:
    return Path(os.environ["CNN_PLAYGROUND_DATA"])
